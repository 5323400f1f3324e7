import { Input, Select, Table } from 'antd';
import type { FieldMapping, FieldRule } from '../../../../contracts/sources';
import { DOSSIER_IMPORT_COLUMNS, type DossierImportColumn } from '../../../../domain/dossiers/import-row';
import { useT } from '../../i18n/core';
import { FIELD_LABELS } from './field-labels';

const KINDS: FieldRule['kind'][] = ['value', 'date', 'phone', 'count', 'present', 'derive-state'];

/** "Đang xử lý = 4" lines ⇄ a value table. */
export function parseValues(text: string): Record<string, string> | undefined {
  const entries = text
    .split('\n')
    .map((l) => l.split('='))
    .filter((p) => p.length >= 2 && p[0].trim() !== '')
    .map((p) => [p.slice(0, -1).join('=').trim(), p[p.length - 1].trim()] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}
const valuesText = (v: Record<string, string> | undefined) =>
  v
    ? Object.entries(v)
        .map(([k, x]) => `${k} = ${x}`)
        .join('\n')
    : '';

/**
 * The mapping, one register column per row: which column (file: a header of the sample) or field (HTTP: a JSON
 * path) holds it, how it is read, a value table, and the value used when the source leaves it empty.
 */
export function MappingEditor({ mapping, onChange, columns }: { mapping: FieldMapping; onChange: (m: FieldMapping) => void; columns: string[] | null }) {
  const t = useT();
  const set = (field: DossierImportColumn, patch: Partial<FieldRule>) => {
    const current: FieldRule = mapping[field] ?? { from: null, kind: 'value' };
    onChange({ ...mapping, [field]: { ...current, ...patch } });
  };
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={DOSSIER_IMPORT_COLUMNS.map((field) => ({ field, rule: mapping[field] }))}
      columns={[
        { title: t('sources.config.field'), dataIndex: 'field', width: 190, render: (f: DossierImportColumn) => FIELD_LABELS[f] },
        {
          title: t('sources.config.from'),
          width: 300,
          render: (_, { field, rule }) =>
            columns ? (
              <Select
                aria-label={`${t('sources.config.from')}: ${FIELD_LABELS[field]}`}
                style={{ width: '100%' }}
                allowClear
                showSearch
                placeholder={field === 'unitCode' ? t('sources.config.procedureUnit') : t('sources.config.notMapped')}
                value={rule?.from ?? undefined}
                onChange={(from) => set(field, { from: from ?? null, kind: from && rule?.kind === 'derive-state' ? 'value' : (rule?.kind ?? 'value') })}
                options={columns.map((c) => ({ value: c, label: c }))}
              />
            ) : (
              <Input
                aria-label={`${t('sources.config.from')}: ${FIELD_LABELS[field]}`}
                value={rule?.from ?? ''}
                placeholder={t('sources.config.notMapped')}
                onChange={(e) => set(field, { from: e.target.value.trim() || null })}
              />
            ),
        },
        {
          title: t('sources.kind'),
          width: 170,
          render: (_, { field, rule }) => (
            <Select
              aria-label={`${t('sources.kind')}: ${FIELD_LABELS[field]}`}
              style={{ width: '100%' }}
              value={rule?.kind ?? 'value'}
              onChange={(kind) => set(field, { kind, ...(kind === 'derive-state' ? { from: null } : {}) })}
              options={KINDS.filter((k) => k !== 'derive-state' || field === 'state').map((k) => ({ value: k, label: t(`sources.file.kind.${k}`) }))}
            />
          ),
        },
        {
          title: t('sources.file.values'),
          render: (_, { field, rule }) =>
            rule?.kind === 'value' || rule?.kind === 'present' ? (
              <Input.TextArea
                aria-label={`${t('sources.file.values')}: ${FIELD_LABELS[field]}`}
                autoSize={{ minRows: 1, maxRows: 4 }}
                key={JSON.stringify(rule.values ?? {})}
                defaultValue={valuesText(rule.values)}
                placeholder={field === 'state' ? t('sources.file.values.placeholder') : ''}
                onBlur={(e) => set(field, { values: parseValues(e.target.value) })}
              />
            ) : null,
        },
        {
          title: t('sources.file.fallback'),
          width: 110,
          render: (_, { field, rule }) => (
            <Input
              aria-label={`${t('sources.file.fallback')}: ${FIELD_LABELS[field]}`}
              value={rule?.fallback ?? ''}
              onChange={(e) => set(field, { fallback: e.target.value || null })}
            />
          ),
        },
      ]}
    />
  );
}
