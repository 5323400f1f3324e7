import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Dossier } from '../../../../contracts/dossiers';
import { DOSSIER_STATES } from '../../../../domain/dossiers/states';
import { qs } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { DossierDrawer } from './DossierDrawer';
import { ReceiveDossierModal } from './ReceiveDossierModal';
import { TimelinessTag, viDate } from './dossier-ui';
import { useDossiers } from './api';

const TIMELINESS = ['within-time', 'at-risk', 'overdue', 'early', 'on-time', 'late'];

/** The one-stop officer's screen: the register with filters in the URL, receipt, and each dossier's drawer. */
export function DossiersPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [receiving, setReceiving] = useState(false);
  const filter = {
    q: params.get('q') ?? undefined,
    state: params.get('state') ?? undefined,
    timeliness: params.get('timeliness') ?? undefined,
    page: Number(params.get('page') ?? 1),
  };
  const open = params.get('code');
  const list = useDossiers(filter);
  const setFilter = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch) && !('code' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('dossiers.title')}</Typography.Title>}>
      <div className="page-toolbar">
        {hasPermission(me.data, 'dossier:process') && (
          <Button type="primary" onClick={() => setReceiving(true)}>
            {t('dossiers.receive')}
          </Button>
        )}
        <Input.Search allowClear placeholder={t('dossiers.search')} aria-label={t('dossiers.search')} defaultValue={filter.q} onSearch={(v) => setFilter({ q: v })} style={{ width: 240 }} />
        <Select
          allowClear
          placeholder={t('dossiers.state')}
          aria-label={t('dossiers.state')}
          value={filter.state ? Number(filter.state) : undefined}
          onChange={(v) => setFilter({ state: v ? String(v) : undefined })}
          style={{ width: 220 }}
          options={DOSSIER_STATES.map((s) => ({ value: s.code, label: `${s.code}. ${s.label}` }))}
        />
        <Select
          allowClear
          placeholder={t('dossiers.timeliness')}
          aria-label={t('dossiers.timeliness')}
          value={filter.timeliness}
          onChange={(v) => setFilter({ timeliness: v })}
          style={{ width: 160 }}
          options={TIMELINESS.map((s) => ({ value: s, label: t(`dossiers.t.${s}`) }))}
        />
        <Button href={`/api/dossiers/export${qs({ q: filter.q, state: filter.state, timeliness: filter.timeliness })}`}>{t('dossiers.export')}</Button>
      </div>
      <QueryState isLoading={list.isLoading} error={list.error} isEmpty={list.data?.total === 0} onRetry={() => list.refetch()}>
        <Table<Dossier>
          rowKey="code"
          size="small"
          dataSource={list.data?.items}
          onRow={(d) => ({ onClick: () => setFilter({ code: d.code }), style: { cursor: 'pointer' } })}
          pagination={{ current: filter.page, pageSize: 50, total: list.data?.total, onChange: (p) => setFilter({ page: String(p) }) }}
          columns={[
            { title: t('dossiers.code'), dataIndex: 'code', render: (c: string) => <a>{c}</a> },
            { title: t('dossiers.procedure'), dataIndex: 'procedureName', ellipsis: true },
            { title: t('dossiers.applicant'), dataIndex: 'applicantName' },
            { title: t('dossiers.receivedOn'), dataIndex: 'receivedOn', render: viDate, width: 110 },
            { title: t('dossiers.dueOn'), dataIndex: 'dueOn', render: viDate, width: 110 },
            { title: t('dossiers.state'), dataIndex: 'stateLabel' },
            {
              title: t('dossiers.timeliness'),
              render: (_, d) => (
                <Space size={2} wrap>
                  <TimelinessTag value={d.timeliness} />
                  {d.needsApology && <Tag color="red">{t('dossiers.needsApology')}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      <ReceiveDossierModal open={receiving} onClose={() => setReceiving(false)} onReceived={(d) => { setReceiving(false); setFilter({ code: d.code }); }} />
      <DossierDrawer code={open} onClose={() => setFilter({ code: undefined })} />
    </Card>
  );
}
