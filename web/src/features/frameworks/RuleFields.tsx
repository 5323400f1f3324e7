// Fields of a leaf criterion's scoring rule: a Select for the rule type, then the parameters that type takes
// (domain/rules/framework-schema.ts, Rule). Names are absolute (['rule', ...]) inside the criterion form.
import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/core';

type Props = { inputKeys: string[] };
type T = ReturnType<typeof useT>;

const RULE_TYPES = ['level', 'sum', 'bands', 'linearAboveFloor', 'formula'] as const;
const R = (...rest: (string | number)[]) => ['rule', ...rest];

function KeySelect({ inputKeys, ...rest }: Props & { 'aria-label'?: string; value?: string; onChange?: (v: string) => void }) {
  return <Select {...rest} allowClear style={{ minWidth: 160 }} options={inputKeys.map((k) => ({ value: k, label: k }))} />;
}

function OnNoData({ t }: { t: T }) {
  return (
    <Form.Item name={R('onNoData')} label={t('fe.onNoData')}>
      <Select options={(['full', 'zero', 'insufficient'] as const).map((v) => ({ value: v, label: t(`fe.onNoData.${v}`) }))} />
    </Form.Item>
  );
}

// A list of rows with a Remove button each and an Add button below.
function Rows({ name, label, children }: { name: (string | number)[]; label: string; children: (row: number) => ReactNode }) {
  const t = useT();
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(fields, ops) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                {children(f.name)}
                <Button size="small" aria-label={t('fe.remove')} onClick={() => ops.remove(f.name)}>
                  −
                </Button>
              </Space>
            ))}
            <Button size="small" onClick={() => ops.add()}>
              + {t('fe.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

function ValueFields({ t, inputKeys }: Props & { t: T }) {
  const kind = Form.useWatch(R('value', 'kind')) as string | undefined;
  return (
    <Space align="baseline" wrap>
      <Form.Item name={R('value', 'kind')} label={t('fe.value')}>
        <Select style={{ width: 180 }} options={(['ratio', 'input', 'formula'] as const).map((v) => ({ value: v, label: t(`fe.value.${v}`) }))} />
      </Form.Item>
      {kind === 'ratio' && (
        <>
          <Form.Item name={R('value', 'numerator')} label={t('fe.numerator')}>
            <KeySelect aria-label={t('fe.numerator')} inputKeys={inputKeys} />
          </Form.Item>
          <Form.Item name={R('value', 'denominator')} label={t('fe.denominator')}>
            <KeySelect aria-label={t('fe.denominator')} inputKeys={inputKeys} />
          </Form.Item>
        </>
      )}
      {kind === 'input' && (
        <Form.Item name={R('value', 'key')} label={t('fe.input.key')}>
          <KeySelect inputKeys={inputKeys} />
        </Form.Item>
      )}
      {kind === 'formula' && (
        <Form.Item name={R('value', 'expr')} label={t('fe.expr')}>
          <Input style={{ width: 320 }} />
        </Form.Item>
      )}
    </Space>
  );
}

/** The rule type and its parameters. */
export function RuleFields({ inputKeys }: Props) {
  const t = useT();
  const type = Form.useWatch(R('type')) as string | undefined;
  const num = (name: (string | number)[], label: string) => (
    <Form.Item name={name} label={label}>
      <InputNumber aria-label={label} step={0.05} />
    </Form.Item>
  );
  return (
    <>
      <Form.Item name={R('type')} label={t('fe.rule')}>
        <Select aria-label={t('fe.rule')} allowClear options={RULE_TYPES.map((v) => ({ value: v, label: t(`fe.rule.${v}`) }))} />
      </Form.Item>
      {type === 'level' && (
        <>
          <Form.Item name={R('input')} label={t('fe.rule.input')}>
            <KeySelect inputKeys={inputKeys} />
          </Form.Item>
          <Rows name={R('points')} label={t('fe.rule.levelPoints')}>
            {(row) => (
              <>
                <Form.Item name={[row, 'level']}>
                  <Input placeholder={t('fe.level')} />
                </Form.Item>
                <Form.Item name={[row, 'points']}>
                  <InputNumber placeholder={t('fe.points')} step={0.05} />
                </Form.Item>
              </>
            )}
          </Rows>
        </>
      )}
      {type === 'sum' && (
        <Rows name={R('items')} label={t('fe.rule.items')}>
          {(row) => (
            <>
              <Form.Item name={[row, 'input']}>
                <KeySelect inputKeys={inputKeys} />
              </Form.Item>
              <Form.Item name={[row, 'points']}>
                <InputNumber placeholder={t('fe.points')} step={0.05} />
              </Form.Item>
            </>
          )}
        </Rows>
      )}
      {(type === 'bands' || type === 'linearAboveFloor') && <ValueFields t={t} inputKeys={inputKeys} />}
      {type === 'bands' && (
        <>
          <Rows name={R('bands')} label={t('fe.bands')}>
            {(row) => (
              <>
                <Form.Item name={[row, 'min']}>
                  <InputNumber placeholder={t('fe.min')} />
                </Form.Item>
                <Form.Item name={[row, 'max']}>
                  <InputNumber placeholder={t('fe.max')} />
                </Form.Item>
                <Form.Item name={[row, 'points']}>
                  <InputNumber placeholder={t('fe.points')} step={0.05} />
                </Form.Item>
                <Form.Item name={[row, 'lowerExclusive']} valuePropName="checked">
                  <Checkbox>{t('fe.lowerExclusive')}</Checkbox>
                </Form.Item>
                <Form.Item name={[row, 'upperInclusive']} valuePropName="checked">
                  <Checkbox>{t('fe.upperInclusive')}</Checkbox>
                </Form.Item>
              </>
            )}
          </Rows>
          <Form.Item name={R('onNoBand')} label={t('fe.onNoBand')}>
            <Select allowClear options={(['zero', 'insufficient'] as const).map((v) => ({ value: v, label: t(`fe.onNoData.${v}`) }))} />
          </Form.Item>
        </>
      )}
      {type === 'linearAboveFloor' && (
        <Space wrap>
          {num(R('floor'), t('fe.floor'))}
          {num(R('factor'), t('fe.factor'))}
          {num(R('belowFloor'), t('fe.belowFloor'))}
          {num(R('fullFrom', 'min'), t('fe.fullFromMin'))}
          {num(R('fullFrom', 'points'), t('fe.fullFromPoints'))}
        </Space>
      )}
      {type === 'formula' && (
        <>
          <Form.Item name={R('expr')} label={t('fe.expr')}>
            <Input.TextArea autoSize />
          </Form.Item>
          <Space wrap>
            <Form.Item name={R('raise', 'key')} label={t('fe.raiseKey')}>
              <KeySelect inputKeys={inputKeys} />
            </Form.Item>
            <Form.Item name={R('raise', 'upTo')} label={t('fe.raiseUpTo')}>
              <KeySelect inputKeys={inputKeys} />
            </Form.Item>
          </Space>
        </>
      )}
      {type && type !== 'sum' && type !== 'level' && <OnNoData t={t} />}
    </>
  );
}
