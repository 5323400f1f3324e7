// The form of one node of the framework tree. Every change is handed up at once as the node's cleaned fields,
// so the tree and the document being edited always agree with what the form shows.
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Criterion } from '../../../../domain/rules/framework-schema';
import { cleanNodeFields } from '../../../../domain/rules/framework-edit';
import { COUNT_METRICS, PERCENT_METRICS } from '../../../../domain/rules/metric-keys';
import { RESPONSIBLE_UNITS } from '../../../../domain/rules/responsible-units';
import { useT } from '../../i18n/core';
import { RuleFields } from './RuleFields';

type Fields = Omit<Criterion, 'children'>;
type Props = { node: Criterion; errors: Array<{ field: string; message: string }>; onChange: (fields: Fields) => void; onSumUp: () => void };

const INPUT_TYPES = ['number', 'ratio', 'boolean', 'level', 'date'] as const;
// A count fills a whole-number input, a percentage a share input (read as 0–1): each type offers its own metrics.
const countOptions = Object.entries(COUNT_METRICS).map(([value, label]) => ({ value, label: `${label} (${value})` }));
const percentOptions = Object.entries(PERCENT_METRICS).map(([value, label]) => ({ value, label: `${label} (${value}, %)` }));
const metricOptionsFor = (type: string | undefined) => (type === 'ratio' ? percentOptions : type === 'number' ? countOptions : []);
const unitOptions = Object.entries(RESPONSIBLE_UNITS).map(([value, label]) => ({ value, label: `${value} — ${label}` }));

function InputsList() {
  const t = useT();
  const types = (Form.useWatch('inputs') ?? []) as Array<{ type?: string } | undefined>;
  return (
    <Form.Item label={t('fe.inputs')}>
      <Form.List name="inputs">
        {(fields, ops) => (
          <>
            {fields.map((f) => (
              <Card
                key={f.key}
                size="small"
                style={{ marginBottom: 8 }}
                extra={
                  <Button size="small" onClick={() => ops.remove(f.name)}>
                    {t('fe.remove')}
                  </Button>
                }
              >
                <Space wrap align="baseline">
                  <Form.Item name={[f.name, 'key']} label={t('fe.input.key')}>
                    <Input style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label']} label={t('fe.input.label')}>
                    <Input style={{ width: 320 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'type']} label={t('fe.input.type')}>
                    <Select style={{ width: 120 }} options={INPUT_TYPES.map((v) => ({ value: v, label: t(`fe.type.${v}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'unit']} label={t('fe.input.unit')}>
                    <Input style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'metric']} label={t('fe.input.metric')}>
                    <Select allowClear style={{ width: 360 }} options={metricOptionsFor(types[f.name]?.type)} popupMatchSelectWidth={false} />
                  </Form.Item>
                </Space>
                {types[f.name]?.type === 'level' && (
                  <Form.List name={[f.name, 'levels']}>
                    {(levels, lops) => (
                      <Space direction="vertical">
                        <Typography.Text type="secondary">{t('fe.input.levels')}</Typography.Text>
                        {levels.map((l) => (
                          <Space key={l.key} align="baseline">
                            <Form.Item name={[l.name, 'key']}>
                              <Input placeholder={t('fe.input.key')} />
                            </Form.Item>
                            <Form.Item name={[l.name, 'label']}>
                              <Input placeholder={t('fe.input.label')} style={{ width: 320 }} />
                            </Form.Item>
                            <Button size="small" aria-label={t('fe.remove')} onClick={() => lops.remove(l.name)}>
                              −
                            </Button>
                          </Space>
                        ))}
                        <Button size="small" onClick={() => lops.add()}>
                          + {t('fe.add')}
                        </Button>
                      </Space>
                    )}
                  </Form.List>
                )}
              </Card>
            ))}
            <Button size="small" onClick={() => ops.add({ type: 'number' })}>
              + {t('fe.addInput')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** Code, title, maximum, units, notes, inputs and rule of one node; errors the server named for it on top. */
export function CriterionForm({ node, errors, onChange, onSumUp }: Props) {
  const t = useT();
  const [form] = Form.useForm();
  const { children, ...fields } = node;
  const hasChildren = (children?.length ?? 0) > 0;
  const inputKeys = ((Form.useWatch('inputs', form) ?? []) as Array<{ key?: string } | undefined>).map((i) => i?.key).filter((k): k is string => Boolean(k));
  const childrenSum = Math.round((children ?? []).reduce((s, c) => s + c.maxPoints, 0) * 1e6) / 1e6;
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={fields}
      data-testid={`criterion-form-${node.code}`}
      // The whole store, not only mounted fields: a field hidden by the rule type must not lose its sibling values.
      onValuesChange={() => onChange(cleanNodeFields(form.getFieldsValue(true) as Record<string, unknown>))}
    >
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="node-errors"
          title={t('fe.nodeErrors')}
          description={
            <ul style={{ margin: 0 }}>
              {errors.map((e, i) => (
                <li key={i}>
                  {e.field && <code>{e.field}</code>} {e.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Space wrap align="baseline">
        <Form.Item name="code" label={t('fe.code')}>
          <Input style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="maxPoints" label={t('fe.maxPoints')}>
          <InputNumber min={0} step={0.05} />
        </Form.Item>
        <Form.Item name="placeholder" valuePropName="checked" label=" ">
          <Checkbox>{t('fe.placeholder')}</Checkbox>
        </Form.Item>
      </Space>
      <Typography.Paragraph type="secondary">
        {hasChildren && <>{t('fe.childrenSum', { sum: childrenSum.toLocaleString('vi-VN') })} </>}
        <Button size="small" onClick={onSumUp}>
          {t('fe.sumUp')}
        </Button>
      </Typography.Paragraph>
      <Form.Item name="title" label={t('fe.title')}>
        <Input.TextArea autoSize />
      </Form.Item>
      <Form.Item name="responsibleUnits" label={t('fe.responsible')}>
        <Select mode="tags" options={unitOptions} />
      </Form.Item>
      {hasChildren ? (
        <Typography.Paragraph type="secondary">{t('fe.rule.none')}</Typography.Paragraph>
      ) : (
        <>
          <InputsList />
          <RuleFields inputKeys={inputKeys} />
        </>
      )}
      <Form.Item name="openCaseNote" label={t('fe.openCase')}>
        <Input.TextArea autoSize />
      </Form.Item>
      <Form.Item name="source" label={t('fe.source')}>
        <Input />
      </Form.Item>
    </Form>
  );
}
