import { Form, Input, InputNumber, Select } from 'antd';
import type { SourceSchedule } from '../../../../contracts/sources';
import { useT } from '../../i18n/core';
import { useOrgUnits } from '../../shared/use-org-units';

export interface BasicsValues {
  name: string;
  code: string;
  unitId: number;
  scheduleKind: SourceSchedule['kind'];
  minutes?: number;
  at?: string;
}

/** The schedule the form's fields describe. */
export function scheduleOf(v: BasicsValues): SourceSchedule {
  if (v.scheduleKind === 'interval') return { kind: 'interval', minutes: v.minutes ?? 15 };
  if (v.scheduleKind === 'daily') return { kind: 'daily', at: v.at ?? '06:30' };
  return { kind: 'manual' };
}

/** Name, code, unit fed and schedule: the part every source shares (inside a Form). */
export function SourceBasicsFields() {
  const t = useT();
  const units = useOrgUnits();
  const kind = Form.useWatch<BasicsValues['scheduleKind']>('scheduleKind');
  const req = (what: string) => [{ required: true, message: t('sources.form.required', { what }) }];
  return (
    <>
      <Form.Item name="name" label={t('sources.form.name')} rules={req(t('sources.form.name').toLowerCase())}>
        <Input />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('sources.form.code')}
        extra={t('sources.form.code.hint')}
        rules={[...req(t('sources.form.code').toLowerCase()), { pattern: /^[a-z0-9][a-z0-9-]{1,39}$/, message: t('sources.form.code.hint') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="unitId" label={t('sources.unit')} rules={req(t('sources.unit').toLowerCase())}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={units.isLoading}
          options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="scheduleKind" label={t('sources.form.scheduleKind')}>
        <Select options={(['manual', 'interval', 'daily'] as const).map((k) => ({ value: k, label: t(`sources.schedule.${k}`, { n: 'N', at: 'HH:MM' }) }))} />
      </Form.Item>
      {kind === 'interval' && (
        <Form.Item name="minutes" label={t('sources.form.minutes')} rules={req(t('sources.form.minutes').toLowerCase())}>
          <InputNumber min={5} max={10080} />
        </Form.Item>
      )}
      {kind === 'daily' && (
        <Form.Item
          name="at"
          label={t('sources.form.at')}
          rules={[...req(t('sources.form.at')), { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('sources.form.at') }]}
        >
          <Input style={{ width: 120 }} />
        </Form.Item>
      )}
    </>
  );
}
