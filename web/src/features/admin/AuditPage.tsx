import { Button, Card, DatePicker, Input, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuditEntry } from '../../../../contracts/audit';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useUrlFilter } from '../../shared/use-url-filter';
import { useAuditLog } from './api';

function JsonCell({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span>—</span>;
  return (
    <pre style={{ margin: 0, maxWidth: 360, maxHeight: 160, overflow: 'auto', fontSize: 11, whiteSpace: 'pre-wrap' }}>{JSON.stringify(value, null, 1)}</pre>
  );
}

const AUDIT_FILTERS = ['actor', 'action', 'entityType', 'from', 'to'] as const;

/** The audit log: who did what to which record, when, before and after; filters live in the URL. */
export function AuditPage() {
  const t = useT();
  const { filter, setFilter, resetFilter, paged } = useUrlFilter(AUDIT_FILTERS);
  const audit = useAuditLog(filter);
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        <Input.Search
          allowClear
          placeholder={t('audit.actor')}
          defaultValue={filter.actor}
          onSearch={(v) => setFilter({ actor: v })}
          style={{ width: 180 }}
          aria-label={t('audit.actor')}
        />
        <Input.Search
          allowClear
          placeholder={t('audit.action')}
          defaultValue={filter.action}
          onSearch={(v) => setFilter({ action: v })}
          style={{ width: 200 }}
          aria-label={t('audit.action')}
        />
        <Input.Search
          allowClear
          placeholder={t('audit.entity')}
          defaultValue={filter.entityType}
          onSearch={(v) => setFilter({ entityType: v })}
          style={{ width: 180 }}
          aria-label={t('audit.entity')}
        />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(r) => setFilter({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          placeholder={[t('audit.from'), t('audit.to')]}
        />
        <Button onClick={resetFilter}>{t('common.reset')}</Button>
      </div>
      <QueryState isLoading={audit.isLoading} error={audit.error} onRetry={() => audit.refetch()}>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          {...paged(audit.data)}
          columns={[
            { title: t('audit.at'), dataIndex: 'at', render: (v: string) => new Date(v).toLocaleString('vi-VN'), width: 170 },
            { title: t('audit.actor'), dataIndex: 'actorUsername' },
            { title: t('audit.action'), dataIndex: 'action' },
            { title: t('audit.entity'), render: (_, e) => `${e.entityType}${e.entityId ? ' #' + e.entityId : ''}` },
            { title: t('audit.before'), dataIndex: 'before', render: (v) => <JsonCell value={v} /> },
            { title: t('audit.after'), dataIndex: 'after', render: (v) => <JsonCell value={v} /> },
          ]}
        />
      </QueryState>
    </Card>
  );
}
