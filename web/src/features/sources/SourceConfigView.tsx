import { Descriptions, Table, Typography } from 'antd';
import type { FieldRule, SourceView } from '../../../../contracts/sources';
import { DOSSIER_IMPORT_COLUMNS, type DossierImportColumn } from '../../../../domain/dossiers/import-row';
import { PORTAL_FIELD_NOTES } from '../../../../domain/sources/portal-format';
import { useT } from '../../i18n/core';
import { FIELD_LABELS } from './field-labels';

/** How a source is reached or read, and its mapping with what is known of each field in the portal's format. */
export function SourceConfigView({ source }: { source: SourceView }) {
  const t = useT();
  const mapping = (source.config?.mapping ?? source.profile?.mapping ?? {}) as Partial<Record<DossierImportColumn, FieldRule>>;
  const notes = new Map(PORTAL_FIELD_NOTES.map((n) => [n.field, n.note]));
  const describe = (field: DossierImportColumn, rule: FieldRule | undefined) => {
    if (!rule || (!rule.from && rule.kind !== 'derive-state'))
      return field === 'unitCode' ? t('sources.config.procedureUnit') : t('sources.config.notMapped') + (rule?.fallback ? ` (${rule.fallback})` : '');
    if (rule.kind === 'derive-state') return t('sources.config.derived');
    const values =
      rule.values && Object.keys(rule.values).length
        ? ` [${Object.entries(rule.values)
            .map(([k, v]) => `${k}→${v}`)
            .join(', ')}]`
        : '';
    return `${rule.from} (${t(`sources.file.kind.${rule.kind}`)})${values}`;
  };
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={
          source.kind === 'pull'
            ? [
                { key: 'url', label: t('sources.config.address'), children: <Typography.Text code>{source.config!.baseUrl}</Typography.Text> },
                {
                  key: 'account',
                  label: t('sources.config.account'),
                  children: source.credentials.set ? `${source.credentials.username ?? ''} · ${t('sources.config.secretKept')}` : t('sources.config.noAccount'),
                },
              ]
            : [
                {
                  key: 'inbox',
                  label: t('sources.config.inbox'),
                  children: (
                    <Typography.Text code copyable>
                      {source.inbox}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'header',
                  label: t('sources.file.headerRow'),
                  children: t('sources.config.header', { row: source.profile!.headerRow, depth: source.profile!.headerDepth }),
                },
              ]
        }
      />
      <Table
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={DOSSIER_IMPORT_COLUMNS.map((field) => ({ field, rule: mapping[field] }))}
        columns={[
          { title: t('sources.config.field'), dataIndex: 'field', render: (f: DossierImportColumn) => FIELD_LABELS[f] },
          { title: t('sources.config.from'), render: (_, r) => describe(r.field, r.rule) },
          ...(source.kind === 'pull'
            ? [
                {
                  title: t('sources.config.note'),
                  render: (_: unknown, r: { field: DossierImportColumn }) => (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {notes.get(r.field) ?? ''}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
