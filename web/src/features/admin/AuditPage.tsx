import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Input, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import type { AuditEntry } from '../../../../contracts/audit';
import { get, qs } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';

function JsonCell({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span>—</span>;
  return <pre style={{ margin: 0, maxWidth: 360, maxHeight: 160, overflow: 'auto', fontSize: 11, whiteSpace: 'pre-wrap' }}>{JSON.stringify(value, null, 1)}</pre>;
}

/** The audit log: who did what to which record, when, before and after; filters live in the URL. */
export function AuditPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filter = {
    actor: params.get('actor') ?? undefined,
    action: params.get('action') ?? undefined,
    entityType: params.get('entityType') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    page: Number(params.get('page') ?? 1),
  };
  const audit = useQuery({ queryKey: ['audit', filter], queryFn: () => get<{ total: number; items: AuditEntry[] }>(`/api/audit${qs(filter)}`) });
  const setFilter = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('audit.title')}</Typography.Title>}>
      <div className="page-toolbar">
        <Input.Search allowClear placeholder={t('audit.actor')} defaultValue={filter.actor} onSearch={(v) => setFilter({ actor: v })} style={{ width: 180 }} aria-label={t('audit.actor')} />
        <Input.Search allowClear placeholder={t('audit.action')} defaultValue={filter.action} onSearch={(v) => setFilter({ action: v })} style={{ width: 200 }} aria-label={t('audit.action')} />
        <Input.Search allowClear placeholder={t('audit.entity')} defaultValue={filter.entityType} onSearch={(v) => setFilter({ entityType: v })} style={{ width: 180 }} aria-label={t('audit.entity')} />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(r) => setFilter({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          placeholder={[t('audit.from'), t('audit.to')]}
        />
        <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('common.reset')}</Button>
      </div>
      <QueryState isLoading={audit.isLoading} error={audit.error} onRetry={() => audit.refetch()}>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          dataSource={audit.data?.items}
          pagination={{ current: filter.page, pageSize: 50, total: audit.data?.total, onChange: (p) => setFilter({ page: String(p) }) }}
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
