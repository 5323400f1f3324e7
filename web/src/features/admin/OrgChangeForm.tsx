import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, Space, TreeSelect, type FormInstance } from 'antd';
import type { OrgUnit } from '../../../../contracts/org-units';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '../../../../contracts/roles';
import { vietnamTodayPicker } from '../../shared/today-picker';
import { useT } from '../../i18n/core';
import type { ChangeFormValues, SuccessorField } from './org-change-request';
import { hasEnded, toUnitTree } from '../../shared/use-org-units';

const KINDS = ['dissolve', 'merge', 'split', 'rename', 'move', 'retype', 'establish'] as const;

/** Successors (or the merge target, or the new unit): each an existing unit or one the change establishes. */
function SuccessorList(props: { units: OrgUnit[]; single?: boolean; allowExisting?: boolean }) {
  const t = useT();
  const tree = toUnitTree(props.units);
  return (
    <Form.List name="successors">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 8 }}
              title={props.single ? undefined : t('units.change.successor', { n: i + 1 })}
              extra={!props.single && fields.length > 1 && <MinusCircleOutlined aria-label="Bỏ" onClick={() => remove(field.name)} />}
            >
              {props.allowExisting !== false && (
                <Form.Item name={[field.name, 'mode']} style={{ marginBottom: 8 }}>
                  <Radio.Group
                    options={[
                      { value: 'existing', label: t('units.change.existing') },
                      { value: 'new', label: t('units.change.create') },
                    ]}
                  />
                </Form.Item>
              )}
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) =>
                  (getFieldValue(['successors', field.name, 'mode']) as SuccessorField['mode']) === 'existing' ? (
                    <Form.Item name={[field.name, 'unitId']} label={t('units.change.unit')} rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
                      <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
                    </Form.Item>
                  ) : (
                    <Space wrap align="start">
                      <Form.Item name={[field.name, 'code']} label={t('units.change.newUnit.code')} rules={[{ required: true, message: 'Nhập mã.' }]}>
                        <Input style={{ width: 140 }} placeholder="VD: P-LECHAN" />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={t('units.change.newUnit.name')}
                        rules={[{ required: true, min: 2, message: 'Nhập tên đơn vị.' }]}
                      >
                        <Input style={{ width: 260 }} placeholder="VD: UBND phường Lê Chân" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'type']} label={t('units.change.newUnit.type')} rules={[{ required: true }]}>
                        <Select style={{ width: 200 }} options={UNIT_TYPES.map((v) => ({ value: v, label: UNIT_TYPE_LABELS[v][t.lang] }))} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'parentId']}
                        label={t('units.change.newUnit.parent')}
                        rules={[{ required: true, message: 'Chọn đơn vị cấp trên.' }]}
                      >
                        <TreeSelect style={{ width: 260 }} treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
                      </Form.Item>
                    </Space>
                  )
                }
              </Form.Item>
            </Card>
          ))}
          {!props.single && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ mode: 'new', type: 'commune', parentId: props.units.find((u) => u.parentId === null && !hasEnded(u))?.id })}
              style={{ marginBottom: 12 }}
            >
              {t('units.change.addSuccessor')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

/** Principal successor and where each sub-unit of the ending unit goes. */
function Destinations(props: { form: FormInstance<ChangeFormValues>; units: OrgUnit[] }) {
  const t = useT();
  return (
    <Form.Item noStyle shouldUpdate>
      {({ getFieldValue }) => {
        const successors = (getFieldValue('successors') as SuccessorField[] | undefined) ?? [];
        const name = (s: SuccessorField, i: number) =>
          (s.mode === 'existing' ? props.units.find((u) => u.id === s.unitId)?.name : s.name) || t('units.change.successor', { n: i + 1 });
        const options = successors.map((s, i) => ({ value: i, label: name(s, i) }));
        const unitId = getFieldValue('unitId') as number | undefined;
        const children = props.units.filter((u) => u.parentId === unitId && !hasEnded(u));
        const keep = getFieldValue('keepSource') as boolean | undefined;
        return (
          <>
            {!keep && options.length > 1 && (
              <Form.Item name="principal" label={t('units.change.principal')}>
                <Radio.Group options={options} />
              </Form.Item>
            )}
            {children.length > 0 && options.length > 0 && (
              <Card size="small" title={t('units.change.children')} style={{ marginBottom: 12 }}>
                {children.map((c) => (
                  <Form.Item key={c.id} name={['children', String(c.id)]} label={c.name} style={{ marginBottom: 8 }}>
                    <Select allowClear={!!keep} placeholder={keep ? '—' : undefined} options={options} style={{ minWidth: 260 }} aria-label={c.name} />
                  </Form.Item>
                ))}
              </Card>
            )}
          </>
        );
      }}
    </Form.Item>
  );
}

/** The change form: its kind, date and decision, then the units it concerns. */
export function OrgChangeForm(props: {
  form: FormInstance<ChangeFormValues>;
  units: OrgUnit[];
  initial?: Partial<ChangeFormValues>;
  onFinish: (v: ChangeFormValues) => void;
}) {
  const t = useT();
  const tree = toUnitTree(props.units);
  const kind = Form.useWatch('kind', props.form);
  const unitPicker = (label = t('units.change.unit')) => (
    <Form.Item name="unitId" label={label} rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
      <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
    </Form.Item>
  );
  return (
    <Form
      form={props.form}
      layout="vertical"
      name="org-change"
      onFinish={props.onFinish}
      initialValues={{
        kind: 'dissolve',
        principal: 0,
        successors: [{ mode: 'new', type: 'commune', parentId: props.units.find((u) => u.parentId === null && !hasEnded(u))?.id }],
        ...props.initial,
      }}
    >
      <Form.Item name="kind" label={t('units.change.kind')} rules={[{ required: true }]}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(`units.change.kind.${k}`) }))} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="effectiveOn" label={t('units.change.effectiveOn')} rules={[{ required: true, message: 'Chọn ngày có hiệu lực.' }]}>
          <DatePicker format="DD/MM/YYYY" maxDate={vietnamTodayPicker()} />
        </Form.Item>
        <Form.Item name="decisionNo" label={t('units.change.decisionNo')} rules={[{ required: true, message: 'Nhập số văn bản (VD: 1669/NQ-UBTVQH15).' }]}>
          <Input style={{ width: 220 }} placeholder="VD: 1669/NQ-UBTVQH15" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('units.change.decisionDate')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="issuedBy" label={t('units.change.issuedBy')}>
          <Input style={{ width: 260 }} placeholder="VD: UBND thành phố Hải Phòng" />
        </Form.Item>
      </Space>
      {(kind === 'rename' || kind === 'retype' || kind === 'move' || kind === 'dissolve' || kind === 'split') && unitPicker()}
      {kind === 'rename' && (
        <Space wrap>
          <Form.Item name="name" label={t('units.change.newName')} rules={[{ required: true, min: 2, message: 'Nhập tên mới.' }]}>
            <Input style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="shortName" label={t('units.shortName')}>
            <Input style={{ width: 200 }} />
          </Form.Item>
        </Space>
      )}
      {kind === 'retype' && (
        <Space wrap>
          <Form.Item name="type" label={t('units.change.newType')} rules={[{ required: true }]}>
            <Select style={{ width: 240 }} options={UNIT_TYPES.map((v) => ({ value: v, label: UNIT_TYPE_LABELS[v][t.lang] }))} />
          </Form.Item>
          <Form.Item name="name" label={t('units.change.newName')}>
            <Input style={{ width: 320 }} />
          </Form.Item>
        </Space>
      )}
      {kind === 'move' && (
        <Form.Item name="parentId" label={t('units.change.newParent')} rules={[{ required: true, message: 'Chọn đơn vị cấp trên mới.' }]}>
          <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
      )}
      {kind === 'merge' && (
        <>
          <Form.Item name="sourceIds" label={t('units.change.sources')} rules={[{ required: true, message: 'Chọn các đơn vị sáp nhập.' }]}>
            <TreeSelect treeData={tree} multiple showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
          </Form.Item>
          <div style={{ fontWeight: 500, marginBottom: 8 }}>{t('units.change.target')}</div>
          <SuccessorList units={props.units} single />
        </>
      )}
      {kind === 'split' && (
        <Form.Item name="keepSource" valuePropName="checked">
          <Checkbox>{t('units.change.keepSource')}</Checkbox>
        </Form.Item>
      )}
      {(kind === 'dissolve' || kind === 'split') && (
        <>
          <div style={{ fontWeight: 500, marginBottom: 8 }}>{t('units.change.successors')}</div>
          <SuccessorList units={props.units} />
          <Destinations form={props.form} units={props.units} />
        </>
      )}
      {kind === 'establish' && <SuccessorList units={props.units} single allowExisting={false} />}
      <Form.Item name="note" label={t('units.change.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </Form>
  );
}
