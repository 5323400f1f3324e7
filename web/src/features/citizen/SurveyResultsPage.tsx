import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Input, Row, Select, Space, Statistic, Table, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import ReactECharts from 'echarts-for-react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { SurveyResults } from '../../../../contracts/citizen-surveys';
import { qs } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { viDate, viPercent } from './format';
import { useSurvey, useSurveyResults } from './api';

type Group = SurveyResults['byUnit'][number];

/** Results of one survey: filters in the URL, index with its method and interval, factors chart, groups, free text, QR codes. */
export function SurveyResultsPage() {
  const t = useT();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const filter = {
    unitId: params.get('unitId') ?? undefined,
    procedureCode: params.get('procedureCode') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    method: params.get('method') ?? undefined,
    includeSuspect: params.get('includeSuspect') ?? undefined,
  };
  const survey = useSurvey(id);
  const results = useSurveyResults(id, filter);
  const units = useOrgUnits();
  const setFilter = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const r = results.data;
  const ci = (c: Group['ci']) => (c ? `${viPercent(c.low)} – ${viPercent(c.high)}` : t('citizen.sv.noCi'));
  const groupColumns = [
    { title: t('citizen.sv.group'), dataIndex: 'label' },
    { title: t('citizen.sv.responses'), dataIndex: 'responses' },
    { title: t('citizen.sv.value'), dataIndex: 'value', render: (v: number | null) => viPercent(v) },
    { title: t('citizen.sv.ci'), dataIndex: 'ci', render: ci },
  ];
  const qrQuery = qs({ unitId: filter.unitId, procedureCode: filter.procedureCode });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{`${t('citizen.sv.results')}: ${survey.data?.title ?? ''}`}</Typography.Title>}>
        <div className="page-toolbar">
          <TreeSelect
            allowClear
            showSearch
            treeNodeFilterProp="title"
            placeholder={t('citizen.sv.unit')}
            aria-label={t('citizen.sv.unit')}
            value={filter.unitId ? Number(filter.unitId) : undefined}
            onChange={(v) => setFilter({ unitId: v ? String(v) : undefined })}
            treeData={toUnitTree(units.data ?? [])}
            style={{ width: 240 }}
          />
          <Input.Search
            allowClear
            placeholder={t('citizen.sv.procedureCode')}
            aria-label={t('citizen.sv.procedureCode')}
            defaultValue={filter.procedureCode}
            onSearch={(v) => setFilter({ procedureCode: v })}
            style={{ width: 140 }}
          />
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
            onChange={(v) => setFilter({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('citizen.sv.from'), t('citizen.sv.to')]}
          />
          <Select
            allowClear
            placeholder={t('citizen.sv.method')}
            aria-label={t('citizen.sv.method')}
            value={filter.method}
            onChange={(v) => setFilter({ method: v })}
            style={{ width: 180 }}
            options={(['share-satisfied', 'mean-score'] as const).map((m) => ({ value: m, label: t(`citizen.sv.method.${m}`) }))}
          />
          <Checkbox checked={filter.includeSuspect === 'true'} onChange={(e) => setFilter({ includeSuspect: e.target.checked ? 'true' : undefined })}>
            {t('citizen.sv.includeSuspect')}
          </Checkbox>
          <Button icon={<DownloadOutlined />} href={`/api/surveys/${id}/results.xlsx${qs(filter)}`}>
            {t('citizen.fb.list.export')}
          </Button>
        </div>
        <QueryState isLoading={results.isLoading} error={results.error} onRetry={() => results.refetch()}>
          {r && (
            <>
              <Alert
                type={r.methodNote ? 'warning' : 'info'}
                showIcon
                title={`${t('citizen.sv.method')}: ${r.methodLabel}`}
                description={r.methodNote || undefined}
                style={{ marginBottom: 16 }}
              />
              <Row gutter={16}>
                <Col xs={12} md={6}>
                  <Statistic title={t('citizen.sv.overall')} value={viPercent(r.overall.value)} />
                  <Typography.Text type="secondary">{`${t('citizen.sv.ci')}: ${ci(r.overall.ci)}`}</Typography.Text>
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('citizen.sv.responses')} value={r.responses.used} suffix={`/ ${r.responses.total}`} />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('citizen.sv.rate')} value={r.responseRate === null ? '—' : viPercent(r.responseRate)} />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('citizen.sv.suspect')} value={r.responses.suspect} />
                  <Typography.Text type="secondary">{`${t('citizen.sv.paper')}: ${r.responses.paper}`}</Typography.Text>
                </Col>
              </Row>
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                {r.overall.explanation}
              </Typography.Paragraph>
              <Typography.Title level={4}>{t('citizen.sv.byFactor')}</Typography.Title>
              <ReactECharts
                style={{ height: 280 }}
                option={{
                  animation: false,
                  grid: { left: 200, right: 40, top: 10, bottom: 30 },
                  xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                  yAxis: { type: 'category', data: r.factors.map((f) => f.label), inverse: true },
                  series: [
                    {
                      type: 'bar',
                      data: r.factors.map((f) => (f.value === null ? null : Math.round(f.value * 1000) / 10)),
                      label: { show: true, position: 'right', formatter: '{c}%' },
                    },
                  ],
                  tooltip: { trigger: 'axis' },
                }}
              />
              <Table
                rowKey="factor"
                size="small"
                pagination={false}
                dataSource={r.factors}
                columns={[
                  { title: t('citizen.sv.factor'), dataIndex: 'label' },
                  { title: t('citizen.sv.value'), dataIndex: 'value', render: (v: number | null) => viPercent(v) },
                  { title: t('citizen.sv.n'), dataIndex: 'n' },
                  { title: t('citizen.sv.ci'), render: (_, f) => (f.ci ? ci(f.ci) : (f.ciNote ?? '')) },
                ]}
              />
            </>
          )}
        </QueryState>
      </Card>
      {r && (
        <Row gutter={16}>
          {(
            [
              ['citizen.sv.byUnit', r.byUnit],
              ['citizen.sv.byProcedure', r.byProcedure],
              ['citizen.sv.byMonth', r.byMonth],
            ] as const
          ).map(([title, rows]) => (
            <Col xs={24} lg={8} key={title}>
              <Card size="small" title={t(title)}>
                <Table<Group> rowKey="key" size="small" pagination={false} dataSource={rows} columns={groupColumns} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {r && r.freeText.length > 0 && (
        <Card size="small" title={t('citizen.sv.freeText')}>
          <Table
            rowKey={(x) => `${x.answeredOn}-${x.answer}`}
            size="small"
            dataSource={r.freeText}
            columns={[
              { title: t('citizen.sv.date'), dataIndex: 'answeredOn', width: 110, render: viDate },
              { title: t('citizen.sv.question'), dataIndex: 'question' },
              { title: t('citizen.sv.comment'), dataIndex: 'answer' },
            ]}
          />
        </Card>
      )}
      <Card size="small" title={t('citizen.sv.qr')} className="survey-qr-card">
        <Space align="start" wrap>
          <img src={`/api/surveys/${id}/qr.png${qrQuery}`} alt={`${t('citizen.sv.qr')} ${survey.data?.title ?? ''}`} width={220} height={220} />
          <Space direction="vertical">
            <Typography.Text>
              {t('citizen.sv.qrFor')}: {units.data?.find((u) => String(u.id) === filter.unitId)?.name ?? survey.data?.unitName}
            </Typography.Text>
            <Typography.Link
              href={`/cong-khai/khao-sat/${survey.data?.slug ?? ''}${qs({ donvi: filter.unitId, thutuc: filter.procedureCode })}`}
              target="_blank"
            >
              {t('citizen.sv.link')}
            </Typography.Link>
            <Typography.Link
              href={`/cong-khai/khao-sat/${survey.data?.slug ?? ''}${qs({ donvi: filter.unitId, thutuc: filter.procedureCode, kiosk: '1' })}`}
              target="_blank"
            >
              {t('citizen.sv.kiosk')}
            </Typography.Link>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('citizen.sv.print')}
            </Button>
          </Space>
        </Space>
      </Card>
    </Space>
  );
}
