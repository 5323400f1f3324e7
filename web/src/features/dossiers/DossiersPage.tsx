import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Dossier } from '../../../../contracts/dossiers';
import { RECEIVING_POINTS } from '../../../../domain/dossiers/receiving-point';
import { DOSSIER_STATES } from '../../../../domain/dossiers/states';
import { qs } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { hasEnded, useOrgUnits } from '../../shared/use-org-units';
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
    unitId: params.get('unitId') ?? undefined,
    receivingPoint: params.get('receivingPoint') ?? undefined,
    receivingUnitId: params.get('receivingUnitId') ?? undefined,
    page: Number(params.get('page') ?? 1),
  };
  const units = useOrgUnits();
  // Units kept for history (a dissolved office) can still be cut by: what they handled or received stays theirs.
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: hasEnded(u) ? `${u.name} (${t('dossiers.unitEnded')})` : u.name }));
  const pointOptions = (units.data ?? [])
    .filter((u) => u.type === 'service_center' || u.type === 'commune' || u.type === 'department' || u.type === 'division')
    .map((u) => ({ value: u.id, label: u.name }));
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
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('dossiers.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        {hasPermission(me.data, 'dossier:process') && (
          <Button type="primary" onClick={() => setReceiving(true)}>
            {t('dossiers.receive')}
          </Button>
        )}
        <Input.Search
          allowClear
          placeholder={t('dossiers.search')}
          aria-label={t('dossiers.search')}
          defaultValue={filter.q}
          onSearch={(v) => setFilter({ q: v })}
          style={{ width: 240 }}
        />
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
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('dossiers.handlingUnit')}
          aria-label={t('dossiers.handlingUnit')}
          value={filter.unitId ? Number(filter.unitId) : undefined}
          onChange={(v) => setFilter({ unitId: v ? String(v) : undefined })}
          style={{ width: 240 }}
          options={unitOptions}
        />
        <Select
          allowClear
          placeholder={t('dossiers.receivingPoint')}
          aria-label={t('dossiers.receivingPoint')}
          value={filter.receivingPoint}
          onChange={(v) => setFilter({ receivingPoint: v })}
          style={{ width: 240 }}
          options={RECEIVING_POINTS.map((p) => ({ value: p, label: t(`dossiers.rp.${p}`) }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('dossiers.receivingUnit')}
          aria-label={t('dossiers.receivingUnit')}
          value={filter.receivingUnitId ? Number(filter.receivingUnitId) : undefined}
          onChange={(v) => setFilter({ receivingUnitId: v ? String(v) : undefined })}
          style={{ width: 260 }}
          options={pointOptions}
        />
        <Button
          href={`/api/dossiers/export${qs({ q: filter.q, state: filter.state, timeliness: filter.timeliness, unitId: filter.unitId, receivingPoint: filter.receivingPoint, receivingUnitId: filter.receivingUnitId })}`}
        >
          {t('dossiers.export')}
        </Button>
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
            { title: t('dossiers.handlingUnit'), dataIndex: 'unitName', ellipsis: true },
            {
              title: t('dossiers.receivingPoint'),
              render: (_, d) => (
                <Space direction="vertical" size={0}>
                  <span>{t(`dossiers.rp.${d.receivingPoint}`)}</span>
                  {d.receivingUnitName && d.receivingPoint !== 'desk' && <Typography.Text type="secondary">{d.receivingUnitName}</Typography.Text>}
                </Space>
              ),
            },
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
      <ReceiveDossierModal
        open={receiving}
        onClose={() => setReceiving(false)}
        onReceived={(d) => {
          setReceiving(false);
          setFilter({ code: d.code });
        }}
      />
      <DossierDrawer code={open} onClose={() => setFilter({ code: undefined })} />
    </Card>
  );
}
