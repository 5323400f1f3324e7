import { Card, Col, DatePicker, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import ReactECharts from 'echarts-for-react';
import { useSearchParams } from 'react-router-dom';
import type { Dossier } from '../../../../contracts/dossiers';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { TimelinessTag, viDate } from './dossier-ui';
import { useDossierStats } from './api';

/** Trends per month, units compared and the overdue list, read from counters kept up to date on every write. */
export function DossierDashboardPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filter = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const stats = useDossierStats(filter);
  const s = stats.data;
  const trend = s && {
    animation: false, // charts render complete at once (printing, screenshots)
    tooltip: { trigger: 'axis' },
    legend: {},
    xAxis: { type: 'category', data: s.months.map((m) => m.month) },
    yAxis: { type: 'value' },
    series: [
      { name: t('dossiers.dashboard.received'), type: 'line', data: s.months.map((m) => m.received) },
      { name: t('dossiers.dashboard.early'), type: 'bar', stack: 'r', data: s.months.map((m) => m.early) },
      { name: t('dossiers.dashboard.onTime'), type: 'bar', stack: 'r', data: s.months.map((m) => m.onTime) },
      { name: t('dossiers.dashboard.late'), type: 'bar', stack: 'r', data: s.months.map((m) => m.late), color: '#cf1322' },
    ],
  };
  const units = s && {
    animation: false,
    tooltip: {},
    grid: { left: 220 },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', data: s.units.map((u) => u.unitName) },
    series: [{ name: t('dossiers.dashboard.onTimeRate'), type: 'bar', data: s.units.map((u) => u.onTimeRate) }],
  };
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('dossiers.dashboard.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        <DatePicker.RangePicker
          picker="month"
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(r) => setParams(r ? { from: r[0]!.format('YYYY-MM'), to: r[1]!.format('YYYY-MM') } : {}, { replace: true })}
        />
      </div>
      <QueryState isLoading={stats.isLoading} error={stats.error} isEmpty={s?.months.length === 0} onRetry={() => stats.refetch()}>
        {s && (
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              <Typography.Title level={5}>{t('dossiers.dashboard.trend')}</Typography.Title>
              <ReactECharts option={trend!} style={{ height: 320 }} />
            </Col>
            <Col xs={24} lg={10}>
              <Typography.Title level={5}>{t('dossiers.dashboard.units')}</Typography.Title>
              <ReactECharts option={units!} style={{ height: 320 }} />
            </Col>
            <Col span={24}>
              <Typography.Title level={5}>{t('dossiers.dashboard.overdue')}</Typography.Title>
              <Table<Dossier>
                rowKey="code"
                size="small"
                dataSource={s.overdue}
                pagination={false}
                columns={[
                  { title: t('dossiers.code'), dataIndex: 'code' },
                  { title: t('dossiers.procedure'), dataIndex: 'procedureName', ellipsis: true },
                  { title: t('dossiers.unit'), dataIndex: 'unitName' },
                  { title: t('dossiers.dueOn'), dataIndex: 'dueOn', render: viDate },
                  { title: t('dossiers.timeliness'), render: (_, d) => <TimelinessTag value={d.timeliness} /> },
                ]}
              />
            </Col>
          </Row>
        )}
      </QueryState>
    </Card>
  );
}
