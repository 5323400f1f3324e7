import { Button, Card, Col, InputNumber, Row, Statistic, Typography } from 'antd';
import ReactECharts from 'echarts-for-react';
import { Link, useSearchParams } from 'react-router-dom';
import type { DashboardTile } from '../../../../contracts/reports-inspections';
import { formatViDate } from '../../../../domain/time/iso-date';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useLeaderDashboard } from './api';

const TONE_COLORS: Record<DashboardTile['tone'], string> = { good: '#389e0d', warning: '#d48806', bad: '#cf1322', none: '#595959' };
const show = (v: number | null, unit: DashboardTile['unit']) =>
  v === null ? null : `${v.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}${unit === '%' ? '%' : ''}`;

/** The page a leader opens each Monday: every figure links to its list; printable to PDF from the browser. */
export function DashboardPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const data = useLeaderDashboard(year);
  const d = data.data;
  return (
    <Card
      className="dashboard-page"
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('db.title')}
        </Typography.Title>
      }
      extra={
        <span className="no-print" style={{ display: 'flex', gap: 8 }}>
          <InputNumber
            aria-label={t('rp.year')}
            min={2000}
            max={2100}
            value={d?.year ?? year}
            onChange={(v) => v && setParams({ year: String(v) }, { replace: true })}
          />
          <Button onClick={() => window.print()}>{t('db.print')}</Button>
        </span>
      }
    >
      <QueryState isLoading={data.isLoading} error={data.error} onRetry={() => data.refetch()}>
        {d && (
          <>
            <Typography.Paragraph type="secondary">{t('db.asOf', { date: formatViDate(d.asOf) })}</Typography.Paragraph>
            <Row gutter={[12, 12]}>
              {d.tiles.map((tile) => (
                <Col key={tile.key} xs={24} sm={12} lg={6}>
                  <Link to={tile.link} data-testid={`tile-${tile.key}`}>
                    <Card
                      size="small"
                      hoverable
                      title={
                        <span title={tile.source} style={{ whiteSpace: 'normal' }}>
                          {tile.label}
                        </span>
                      }
                    >
                      <Statistic
                        value={show(tile.value, tile.unit) ?? t('rp.noData')}
                        valueStyle={{ color: TONE_COLORS[tile.tone], fontSize: tile.value === null ? 16 : 26 }}
                      />
                      {tile.previous !== null && (
                        <Typography.Text type="secondary">{t('db.previous', { value: show(tile.previous, tile.unit)! })}</Typography.Text>
                      )}
                    </Card>
                  </Link>
                </Col>
              ))}
              {d.targets && (
                <Col xs={24} sm={12} lg={6}>
                  <Link to={d.targets.link} data-testid="tile-targets">
                    <Card size="small" hoverable title={<span style={{ whiteSpace: 'normal' }}>{t('db.targets')}</span>}>
                      <Statistic
                        value={t('db.targetsValue', { met: d.targets.met, total: d.targets.total })}
                        valueStyle={{
                          color: d.targets.notMet > 0 ? TONE_COLORS.bad : d.targets.atRisk > 0 ? TONE_COLORS.warning : TONE_COLORS.good,
                          fontSize: 26,
                        }}
                      />
                      <Typography.Text type="secondary">
                        {t('db.targetsDetail', { atRisk: d.targets.atRisk, notMet: d.targets.notMet, noData: d.targets.noData })}
                      </Typography.Text>
                    </Card>
                  </Link>
                </Col>
              )}
            </Row>
            <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('db.reports')}>
                  <ReactECharts
                    style={{ height: 280 }}
                    option={{
                      // No animation: a printed or captured page must show the final bars.
                      animation: false,
                      tooltip: { trigger: 'axis' },
                      legend: { bottom: 0 },
                      grid: { left: 40, right: 10, top: 10, bottom: 60 },
                      xAxis: { type: 'category', data: d.reportWindows.map((w) => w.label.replace(/^Báo cáo CCHC /, '').replace(/ năm \d+$/, '')) },
                      yAxis: { type: 'value', minInterval: 1 },
                      series: (['onTime', 'late', 'missing', 'notYetDue'] as const).map((k, i) => ({
                        name: t(`rp.cl.${['on-time', 'late', 'missing', 'not-yet-due'][i]}`),
                        type: 'bar',
                        stack: 'all',
                        color: ['#52c41a', '#fa8c16', '#f5222d', '#bfbfbf'][i],
                        data: d.reportWindows.map((w) => w[k]),
                      })),
                    }}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('db.overdueByUnit')}>
                  {d.overdueTasksByUnit.length === 0 ? (
                    <Typography.Text type="secondary">{t('db.noOverdue')}</Typography.Text>
                  ) : (
                    <ReactECharts
                      style={{ height: 280 }}
                      option={{
                        animation: false,
                        tooltip: {},
                        grid: { left: 160, right: 20, top: 10, bottom: 20 },
                        xAxis: { type: 'value', minInterval: 1 },
                        yAxis: { type: 'category', data: d.overdueTasksByUnit.map((u) => u.unitName) },
                        series: [{ type: 'bar', color: '#f5222d', data: d.overdueTasksByUnit.map((u) => u.value) }],
                      }}
                    />
                  )}
                </Card>
              </Col>
            </Row>
          </>
        )}
      </QueryState>
    </Card>
  );
}
