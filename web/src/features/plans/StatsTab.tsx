import { Card, Col, DatePicker, Descriptions, Row, Segmented, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PlanStats } from '../../../../contracts/plans';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { areaLabel, usePlanStats } from './api';
import { EChart } from './EChart';

type Summary = PlanStats['total'];
const CLASSES: Array<[keyof Summary, string, string]> = [
  ['doneOnTime', 'done-on-time', '#52c41a'],
  ['doneLate', 'done-late', '#fa8c16'],
  ['doneNoDeadline', 'done-no-deadline', '#13c2c2'],
  ['openWithin', 'open-within-time', '#1677ff'],
  ['openOverdue', 'open-overdue', '#f5222d'],
  ['openNoDeadline', 'open-no-deadline', '#bfbfbf'],
];

/** A plan's statistics (the tab of the plan page). */
export function StatsTab({ planId }: { planId: number }) {
  const [params] = useSearchParams();
  return <StatsView stats={usePlanStats(planId, params.get('asOf') ?? undefined, params.get('structure') ?? undefined)} />;
}

/**
 * Outcome classes as the province counts them, as of a date (in the URL), per area, lead unit and
 * source, with charts; `extra` adds more grouped tables (the department page adds one per plan).
 */
export function StatsView({
  stats,
  extra = [],
  toolbar,
}: {
  stats: UseQueryResult<PlanStats>;
  extra?: Array<[string, PlanStats['byArea']]>;
  toolbar?: ReactNode;
}) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  // Area names follow the user's language; the server sends Vietnamese ones.
  const s = stats.data && { ...stats.data, byArea: stats.data.byArea.map((g) => ({ ...g, label: areaLabel(g.key, t.lang) })) };
  const stacked = (groups: PlanStats['byArea']) => ({
    tooltip: { trigger: 'axis' as const },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'value' as const, minInterval: 1 },
    yAxis: { type: 'category' as const, data: groups.map((g) => g.label) },
    series: CLASSES.map(([field, key, color]) => ({
      name: t(`outcome.${key}`),
      type: 'bar' as const,
      stack: 'all',
      itemStyle: { color },
      data: groups.map((g) => g.summary[field]),
    })),
  });
  const byArea = useMemo(() => s && stacked(s.byArea), [stats.data, t.lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const byUnit = useMemo(() => s && stacked(s.byUnit), [stats.data, t.lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const table = (groups: PlanStats['byArea'], title: string) => (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      title={() => <b>{title}</b>}
      dataSource={groups}
      columns={[
        { title: '', dataIndex: 'label' },
        { title: t('stats.assigned'), render: (_, g) => g.summary.assigned },
        ...CLASSES.map(([field, key]) => ({ title: t(`outcome.${key}`), render: (_: unknown, g: PlanStats['byArea'][number]) => g.summary[field] })),
      ]}
    />
  );
  return (
    <>
      <div className="page-toolbar">
        <span>{t('stats.asOf')}</span>
        <DatePicker
          aria-label={t('stats.asOf')}
          format="DD/MM/YYYY"
          value={asOf ? dayjs(asOf) : null}
          onChange={(d) => {
            const next = new URLSearchParams(params);
            if (d) next.set('asOf', d.format('YYYY-MM-DD'));
            else next.delete('asOf');
            setParams(next, { replace: true });
          }}
        />
        <span>{t('stats.structure')}</span>
        {/* Lead units as they were when the plan was made (default), or re-grouped into today's units: same totals. */}
        <Segmented
          aria-label={t('stats.structure')}
          value={params.get('structure') ?? 'own-day'}
          options={['own-day', 'today'].map((v) => ({ value: v, label: t(`stats.structure.${v}`) }))}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            if (v === 'today') next.set('structure', 'today');
            else next.delete('structure');
            setParams(next, { replace: true });
          }}
        />
        {toolbar}
      </div>
      <QueryState isLoading={stats.isLoading} error={stats.error} isEmpty={s?.total.assigned === 0} onRetry={() => stats.refetch()}>
        {s && byArea && byUnit && (
          <>
            <Row gutter={[12, 12]} data-testid="stats-total">
              <Col xs={12} md={3}>
                <Statistic title={t('stats.assigned')} value={s.total.assigned} />
              </Col>
              {CLASSES.map(([field, key]) => (
                <Col xs={12} md={3} key={key}>
                  <Statistic title={t(`outcome.${key}`)} value={s.total[field]} />
                </Col>
              ))}
            </Row>
            <Descriptions size="small" column={1} style={{ marginTop: 12 }} title={t('stats.criterion')}>
              <Descriptions.Item label="8.1">{s.criterion8['8.1'].explanation}</Descriptions.Item>
              <Descriptions.Item label="8.2">{s.criterion8['8.2'].explanation}</Descriptions.Item>
            </Descriptions>
            <Row gutter={12} style={{ marginTop: 12 }}>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('stats.byArea')}>
                  <EChart option={byArea} label={t('stats.byArea')} />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('stats.byUnit')}>
                  <EChart option={byUnit} label={t('stats.byUnit')} />
                </Card>
              </Col>
            </Row>
            <div style={{ marginTop: 12 }}>{table(s.byArea, t('stats.byArea'))}</div>
            <div style={{ marginTop: 12 }}>{table(s.byUnit, t('stats.byUnit'))}</div>
            <div style={{ marginTop: 12 }}>{table(s.bySource, t('stats.bySource'))}</div>
            {extra.map(([title, groups]) => (
              <div key={title} style={{ marginTop: 12 }}>
                {table(groups, title)}
              </div>
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
