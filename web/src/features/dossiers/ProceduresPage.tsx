import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Procedure } from '../../../../contracts/dossiers';
import { QueryState } from '../../components/QueryState';
import { hasPermission, useMe } from '../../auth/use-me';
import { useT } from '../../i18n/core';
import { ProcedureFormModal } from './ProcedureFormModal';
import { ProcedureImportModal } from './ProcedureImportModal';
import { useProcedures } from './api';

/** The procedure catalogue with a text filter in the URL, an Excel export, and (for managers) a form and an Excel import. */
export function ProceduresPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const canManage = hasPermission(me.data, 'procedure:manage');
  const [editing, setEditing] = useState<Procedure | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const q = (params.get('q') ?? '').toLowerCase();
  const list = useProcedures();
  const rows = (list.data ?? []).filter((p) => !q || `${p.code} ${p.name} ${p.field}`.toLowerCase().includes(q));
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('procedures.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        <Input.Search
          allowClear
          defaultValue={q}
          aria-label={t('dossiers.search')}
          onSearch={(v) => setParams(v ? { q: v } : {}, { replace: true })}
          style={{ width: 280 }}
        />
        <Space>
          <Button href="/api/procedures/export">{t('dossiers.export')}</Button>
          {canManage && <Button onClick={() => setImporting(true)}>{t('procedures.import')}</Button>}
          {canManage && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('procedures.add')}
            </Button>
          )}
        </Space>
      </div>
      <ProcedureFormModal open={editing !== null} procedure={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <ProcedureImportModal open={importing} onClose={() => setImporting(false)} />
      <QueryState isLoading={list.isLoading} error={list.error} isEmpty={rows.length === 0} onRetry={() => list.refetch()}>
        <Table<Procedure>
          rowKey="id"
          size="small"
          dataSource={rows}
          columns={[
            { title: 'Mã', dataIndex: 'code', width: 100 },
            { title: t('dossiers.procedure'), dataIndex: 'name' },
            { title: t('procedures.field'), dataIndex: 'field' },
            {
              title: t('procedures.time'),
              render: (_, p) => (p.workingHours != null ? t('procedures.hours', { n: p.workingHours }) : t('procedures.days', { n: p.workingDays ?? 0 })),
            },
            {
              title: t('procedures.fee'),
              render: (_, p) => (
                <>
                  {p.fee.toLocaleString('vi-VN')}
                  {p.fee > 0 && p.onlinePayment && (
                    <Tag color="green" style={{ marginLeft: 8 }}>
                      {t('procedures.onlinePayment.tag')}
                    </Tag>
                  )}
                </>
              ),
            },
            {
              title: t('procedures.online'),
              render: (_, p) => (
                <>
                  <Tag>{t(`procedures.online.${p.onlineLevel}`)}</Tag>
                  {!p.fullyOnlineEligible && <Tag>{t('procedures.eligible.no')}</Tag>}
                </>
              ),
            },
            ...(canManage
              ? [
                  {
                    key: 'edit',
                    width: 80,
                    render: (_: unknown, p: Procedure) => (
                      <Button size="small" onClick={() => setEditing(p)}>
                        {t('procedures.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
    </Card>
  );
}
