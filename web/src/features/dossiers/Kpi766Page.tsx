import { Alert, Button, Card, Descriptions, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import ReactECharts from 'echarts-for-react';
import { useSearchParams } from 'react-router-dom';
import type { Kpi766Report } from '../../../../contracts/kpi766';
import { qs } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useOrgUnits } from '../../shared/use-org-units';
import { vietnamYear } from '../../shared/today';
import { useKpi766 } from './api';

type Indicator = Kpi766Report['result']['groups'][number]['indicators'][number];
const n2 = (v: number | null) => (v === null ? '' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Bộ chỉ số 766 of one unit and period: groups, indicators, points with their explanation, the figures and the units compared. */
export function Kpi766Page() {
  const t = useT();
  const units = useOrgUnits();
  const [params, setParams] = useSearchParams();
  const period = (params.get('period') ?? 'year') as 'month' | 'quarter' | 'year';
  const filter = {
    unitId: params.get('unitId') ? Number(params.get('unitId')) : undefined,
    year: Number(params.get('year') ?? vietnamYear()),
    period,
    index: period === 'year' ? undefined : Number(params.get('index') ?? 1),
    weights: params.get('weights') ?? '766-dashboard',
    noData: params.get('noData') ?? 'exclude',
  };
  const set = (patch: Record<string, string | number | undefined>) => {
    const next = { ...filter, ...patch };
    const entries = Object.entries(next)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]);
    setParams(Object.fromEntries(entries), { replace: true });
  };
  const report = useKpi766(filter);
  const r = report.data;
  const indexOptions = Array.from({ length: period === 'month' ? 12 : 4 }, (_, i) => ({ value: i + 1, label: String(i + 1) }));
  const chart = r && {
    animation: false, // charts render complete at once (printing, screenshots)
    tooltip: {},
    grid: { left: 220 },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', data: r.comparison.map((u) => u.unitName) },
    series: [{ name: t('kpi766.percent'), type: 'bar', data: r.comparison.map((u) => (u.percent === null ? null : Math.round(u.percent * 10) / 10)) }],
  };
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('kpi766.title')}
        </Typography.Title>
      }
    >
      <Space wrap className="page-toolbar">
        <Select
          aria-label={t('kpi766.unit')}
          placeholder={t('kpi766.unit')}
          style={{ width: 280 }}
          allowClear
          showSearch
          optionFilterProp="label"
          value={filter.unitId}
          loading={units.isLoading}
          options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(v) => set({ unitId: v })}
        />
        <InputNumber aria-label={t('kpi766.year')} min={2000} max={2100} value={filter.year} onChange={(v) => v && set({ year: v })} />
        <Select
          aria-label={t('kpi766.period')}
          style={{ width: 120 }}
          value={period}
          onChange={(v) => set({ period: v, index: v === 'year' ? undefined : 1 })}
          options={(['month', 'quarter', 'year'] as const).map((p) => ({ value: p, label: t(`kpi766.period.${p}`) }))}
        />
        {period !== 'year' && (
          <Select aria-label={t('kpi766.index')} style={{ width: 90 }} value={filter.index} options={indexOptions} onChange={(v) => set({ index: v })} />
        )}
        <Select
          aria-label={t('kpi766.weights')}
          style={{ width: 280 }}
          value={filter.weights}
          onChange={(v) => set({ weights: v })}
          options={['766-dashboard', '766-first'].map((w) => ({ value: w, label: t(`kpi766.weights.${w}`) }))}
        />
        <Select
          aria-label={t('kpi766.noData')}
          style={{ width: 190 }}
          value={filter.noData}
          onChange={(v) => set({ noData: v })}
          options={['exclude', 'full', 'zero'].map((p) => ({ value: p, label: t(`kpi766.noData.${p}`) }))}
        />
        <Button href={`/api/kpi766/export${qs(filter)}`}>{t('kpi766.export')}</Button>
      </Space>
      <QueryState isLoading={report.isLoading} error={report.error} onRetry={() => report.refetch()}>
        {r && (
          <>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              style={{ margin: '16px 0' }}
              items={[
                { key: 'unit', label: t('kpi766.unit'), children: `${r.unit.name} – ${r.periodLabel}` },
                {
                  key: 'total',
                  label: t('kpi766.total'),
                  children: (
                    <strong data-testid="kpi766-total">
                      {n2(r.result.score)} / {n2(r.result.max)}
                    </strong>
                  ),
                },
                { key: 'pct', label: t('kpi766.percent'), children: r.result.percent === null ? t('kpi766.noDataTag') : `${n2(r.result.percent)}%` },
                {
                  key: 'weights',
                  label: t('kpi766.weights'),
                  children: `${r.weightSet.label}: ${r.weightSet.groups.map((g) => `${g.label} ${g.weight}`).join('; ')}`,
                },
                { key: 'policy', label: t('kpi766.noData'), children: r.noDataPolicy.label },
              ]}
            />
            {r.result.warnings.length > 0 && (
              <Alert type="warning" showIcon title={t('kpi766.warnings')} description={r.result.warnings.join(' ')} style={{ marginBottom: 16 }} />
            )}
            {r.result.groups.map((g) => (
              <div key={g.key} style={{ marginBottom: 16 }}>
                <Typography.Title level={5}>
                  {g.label}: {n2(g.score)} / {n2(g.max)} <Typography.Text type="secondary">({t('kpi766.weightUsed', { weight: g.weight })})</Typography.Text>
                </Typography.Title>
                <Table<Indicator>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={g.indicators}
                  columns={[
                    { title: t('kpi766.code'), dataIndex: 'code', width: 60 },
                    { title: t('kpi766.indicator'), render: (_, i) => <span title={i.definition}>{i.label}</span>, width: 220 },
                    { title: t('kpi766.rate'), render: (_, i) => (i.rate === null ? <Tag>{t('kpi766.noDataTag')}</Tag> : `${n2(i.rate * 100)}%`), width: 130 },
                    { title: t('kpi766.points'), render: (_, i) => (i.points === null ? '—' : n2(i.points)), width: 80 },
                    { title: t('kpi766.max'), render: (_, i) => n2(i.maxPoints), width: 70 },
                    { title: t('kpi766.explanation'), dataIndex: 'explanation' },
                  ]}
                />
              </div>
            ))}
            <Typography.Title level={5}>{t('kpi766.counts')}</Typography.Title>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={r.counts}
              columns={[
                { title: t('kpi766.count'), dataIndex: 'label', render: (label: string, c) => <span title={c.definition}>{label}</span> },
                {
                  title: t('kpi766.value'),
                  dataIndex: 'value',
                  render: (v: number | null) => (v === null ? <Tag>{t('kpi766.noDataTag')}</Tag> : v.toLocaleString('vi-VN')),
                },
                { title: t('kpi766.source'), dataIndex: 'source' },
              ]}
            />
            {r.comparison.length > 0 && (
              <>
                <Typography.Title level={5} style={{ marginTop: 16 }}>
                  {t('kpi766.comparison')}
                </Typography.Title>
                <ReactECharts option={chart!} style={{ height: Math.max(200, r.comparison.length * 28) }} />
                <Table
                  rowKey="unitId"
                  size="small"
                  pagination={false}
                  dataSource={r.comparison}
                  columns={[
                    { title: t('kpi766.unit'), dataIndex: 'unitName' },
                    { title: t('kpi766.points'), render: (_, u) => `${n2(u.score)} / ${n2(u.max)}` },
                    { title: t('kpi766.percent'), render: (_, u) => (u.percent === null ? t('kpi766.noDataTag') : `${n2(u.percent)}%`) },
                    { title: t('kpi766.received'), dataIndex: 'received' },
                    { title: t('kpi766.resolved'), dataIndex: 'resolved' },
                  ]}
                />
              </>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}
