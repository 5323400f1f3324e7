import { Card, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { Initiative, Inspection } from '../../../../contracts/reports-inspections';
import { INITIATIVE_LEVEL_LABELS } from '../../../../contracts/reports-inspections';
import { formatViDateOrDash } from '../../../../domain/time/vietnam-date';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../../auth/use-me';
import { useT } from '../../i18n/core';
import { AssessInitiativeButton, CompleteRecommendationButton, PlanInspectionButton, RecordInspectionButton, RegisterInitiativeButton } from './ReportForms';
import { useInspectionPlan, useInitiatives } from './api';

/** The year's inspection plan, what was found and how the recommendations are followed up. */
export function InspectionsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? 2025);
  const me = useMe();
  const canManage = me.data?.permissions.includes('inspection:manage') ?? false;
  const canFollowUp = me.data?.permissions.includes('inspection:follow-up') ?? false;
  const plan = useInspectionPlan(year);
  const p = plan.data;
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ins.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        <span>{t('rp.year')}</span>
        <InputNumber aria-label={t('rp.year')} min={2000} max={2100} value={year} onChange={(v) => v && setParams({ year: String(v) }, { replace: true })} />
        {canManage && <PlanInspectionButton year={year} />}
      </div>
      <QueryState isLoading={plan.isLoading} error={plan.error} isEmpty={p?.inspections.length === 0} onRetry={() => plan.refetch()}>
        {p && (
          <>
            <Typography.Paragraph>
              {t('ins.summary', {
                inspected: p.inspected,
                units: p.units,
                rate: p.inspectedRate === null ? '—' : `${p.inspectedRate.toFixed(1)}%`,
                target: p.targetRate,
                planned: p.planned,
              })}
            </Typography.Paragraph>
            <Table<Inspection>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p.inspections}
              columns={[
                { title: t('rp.unit'), dataIndex: 'unitName' },
                { title: t('ins.planned'), dataIndex: 'plannedOn', render: formatViDateOrDash, width: 110 },
                { title: t('ins.inspected'), dataIndex: 'inspectedOn', render: formatViDateOrDash, width: 110 },
                { title: t('ins.team'), dataIndex: 'team' },
                { title: t('ins.findings'), dataIndex: 'findings' },
                {
                  title: t('ins.recs'),
                  render: (_, i) =>
                    i.recommendations.map((r) => (
                      <div key={r.id}>
                        {r.text}{' '}
                        <Tag color={r.status === 'done' ? 'green' : r.overdue ? 'red' : 'blue'}>
                          {r.status === 'done' ? t('ins.done') : r.overdue ? t('ins.overdue') : t('ins.open')}
                        </Tag>
                        {r.status === 'open' && canFollowUp && me.data?.unit.id === i.unitId && <CompleteRecommendationButton id={r.id} />}
                      </div>
                    )),
                },
                ...(canManage ? [{ title: '', width: 150, render: (_: unknown, i: Inspection) => <RecordInspectionButton id={i.id} /> }] : []),
              ]}
            />
          </>
        )}
      </QueryState>
    </Card>
  );
}

/** Initiatives of every unit, searchable, with their recognition level. */
export function InitiativesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filter = { q: params.get('q') ?? undefined, year: params.get('year') ?? undefined, level: params.get('level') ?? undefined };
  const me = useMe();
  const list = useInitiatives(filter);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ini.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        <Input.Search
          allowClear
          placeholder={t('ini.search')}
          aria-label={t('ini.search')}
          defaultValue={filter.q}
          onSearch={(v) => set({ q: v })}
          style={{ width: 280 }}
        />
        <InputNumber
          aria-label={t('rp.year')}
          placeholder={t('rp.year')}
          min={2000}
          max={2100}
          value={filter.year ? Number(filter.year) : null}
          onChange={(v) => set({ year: v ? String(v) : undefined })}
        />
        <Select
          aria-label={t('ini.level')}
          style={{ width: 180 }}
          value={filter.level ?? ''}
          onChange={(v) => set({ level: v || undefined })}
          options={[{ value: '', label: t('rp.all') }, ...Object.entries(INITIATIVE_LEVEL_LABELS).map(([value, label]) => ({ value, label }))]}
        />
        {me.data?.permissions.includes('initiative:register') && <RegisterInitiativeButton unitId={me.data.unit.id} />}
      </div>
      <QueryState isLoading={list.isLoading} error={list.error} isEmpty={list.data?.length === 0} onRetry={() => list.refetch()}>
        <Table<Initiative>
          rowKey="id"
          size="small"
          dataSource={list.data}
          columns={[
            { title: t('rp.year'), dataIndex: 'year', width: 70 },
            { title: t('ini.name'), dataIndex: 'title' },
            { title: t('ini.authors'), dataIndex: 'authors' },
            { title: t('rp.unit'), dataIndex: 'unitName' },
            { title: t('ini.status'), dataIndex: 'status', render: (v: string) => t(`ini.st.${v}`), width: 140 },
            {
              title: t('ini.level'),
              dataIndex: 'level',
              render: (v: keyof typeof INITIATIVE_LEVEL_LABELS | null) => (v ? INITIATIVE_LEVEL_LABELS[v] : '—'),
              width: 140,
            },
            ...(me.data?.permissions.includes('initiative:assess')
              ? [{ title: '', width: 110, render: (_: unknown, i: Initiative) => i.status === 'registered' && <AssessInitiativeButton id={i.id} /> }]
              : []),
          ]}
        />
      </QueryState>
    </Card>
  );
}
