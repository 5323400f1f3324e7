import { Alert, Button, Card, Segmented, Table, Typography } from 'antd';
import ReactECharts from 'echarts-for-react';
import { useSearchParams } from 'react-router-dom';
import { EXTERNAL_INDEX_CODES, type ExternalIndexWithIndicators, type ExternalIndicator } from '../../../../contracts/reports-external';
import { qs } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { EditIndicatorsButton } from './EditIndicatorsButton';
import { useExternalIndices } from './api';

type IndexCode = (typeof EXTERNAL_INDEX_CODES)[number];
const num = (v: number | null) => (v === null ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** One index (in the URL) over the years: score and rank on a chart, the year's sub-indicators below. */
export function ExternalIndicesPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const index = (EXTERNAL_INDEX_CODES as readonly string[]).includes(params.get('index') ?? '') ? (params.get('index') as IndexCode) : 'PAR';
  const overview = useExternalIndices(index);
  const results = overview.data?.results ?? [];
  // Without a year in the URL, the latest year that has sub-indicators (else the latest year) is shown.
  const wanted = Number(params.get('year'));
  const selected = results.find((r) => r.year === wanted) ?? [...results].reverse().find((r) => r.indicators.length > 0) ?? results.at(-1);
  const set = (next: Record<string, string>) => setParams({ index, ...(selected ? { year: String(selected.year) } : {}), ...next }, { replace: true });
  const scored = results.filter((r) => r.score !== null || r.rank !== null);
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ext.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        <span>{t('ext.index')}</span>
        <Segmented<IndexCode>
          value={index}
          options={EXTERNAL_INDEX_CODES.map((c) => ({ value: c, label: t(`ext.${c}`) }))}
          onChange={(v) => setParams({ index: v }, { replace: true })}
        />
        <Button href={`/api/external-indices/export.xlsx${qs({ index })}`} download>
          {t('ext.excel')}
        </Button>
      </div>
      <QueryState isLoading={overview.isLoading} error={overview.error} isEmpty={results.length === 0} onRetry={() => overview.refetch()}>
        <Typography.Title level={5}>{t('ext.trend', { index: t(`ext.${index}`) })}</Typography.Title>
        <ReactECharts
          style={{ height: 260 }}
          option={{
            // No animation: the page is printed and screenshotted, and must show the final chart at once.
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { data: [t('ext.score'), t('ext.rank')] },
            xAxis: { type: 'category', data: scored.map((r) => String(r.year)) },
            yAxis: [
              { type: 'value', name: t('ext.score'), scale: true },
              { type: 'value', name: t('ext.rank'), inverse: true, minInterval: 1, min: 1 },
            ],
            series: [
              { name: t('ext.score'), type: 'line', connectNulls: true, data: scored.map((r) => r.score), label: { show: true } },
              {
                name: t('ext.rank'),
                type: 'line',
                lineStyle: { type: 'dashed' },
                connectNulls: true,
                yAxisIndex: 1,
                data: scored.map((r) => r.rank),
                label: { show: true, position: 'bottom', formatter: (p: { dataIndex: number }) => scored[p.dataIndex]?.rankLabel ?? '' },
              },
            ],
          }}
        />
        <Table<ExternalIndexWithIndicators>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={results}
          rowClassName={(r) => (r.id === selected?.id ? 'ant-table-row-selected' : '')}
          onRow={(r) => ({ onClick: () => set({ year: String(r.year) }), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('ext.year'), dataIndex: 'year', width: 80 },
            { title: t('ext.score'), dataIndex: 'score', align: 'right', width: 100, render: num },
            { title: t('ext.rank'), dataIndex: 'rankLabel', width: 100, render: (v: string | null) => v ?? '—' },
            { title: t('ext.note'), dataIndex: 'note' },
          ]}
        />
        <Alert style={{ margin: '12px 0' }} type="info" showIcon title={t('ext.illustrative')} />
        {selected ? (
          <>
            <div className="page-toolbar">
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('ext.parts', { year: selected.year })}
              </Typography.Title>
              {hasPermission(me.data, 'index-result:manage') && <EditIndicatorsButton result={selected} />}
            </div>
            <Table<ExternalIndicator>
              rowKey="code"
              size="small"
              pagination={false}
              locale={{ emptyText: t('ext.partsNone') }}
              dataSource={selected.indicators}
              columns={[
                { title: t('ext.code'), dataIndex: 'code', width: 90 },
                { title: t('ext.name'), dataIndex: 'name' },
                { title: t('ext.score'), dataIndex: 'score', align: 'right', width: 100, render: num },
                { title: t('ext.max'), dataIndex: 'max', align: 'right', width: 110, render: num },
                { title: t('ext.rank'), dataIndex: 'rankLabel', width: 100, render: (v: string | null) => v ?? '—' },
              ]}
            />
          </>
        ) : (
          <Typography.Paragraph>{t('ext.pickYear')}</Typography.Paragraph>
        )}
      </QueryState>
    </Card>
  );
}
