import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Modal, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { AssessmentDetail, AssessmentSummary, OpenAssessmentRequest } from '../../../../contracts/frameworks';
import { post } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { useAssessments, useFrameworks, useRanking } from './api';
import { ExternalResultsCard } from './ExternalResultsCard';
import { vietnamYear } from '../../shared/today';

export const STATUS_COLOR = { draft: 'blue', submitted: 'orange', published: 'green' } as const;
const points = (v: number | null) => (v === null ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

function OpenAssessmentModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const frameworks = useFrameworks();
  const units = useOrgUnits();
  const [form] = Form.useForm<OpenAssessmentRequest>();
  const open = useMutation({
    mutationFn: (v: OpenAssessmentRequest) => post<AssessmentDetail>('/api/assessments', v),
    onSuccess: (d) => {
      void qc.invalidateQueries({ queryKey: ['assessments'] });
      navigate(`/bo-chi-so/danh-gia/${d.id}`);
    },
    onError: (e) => message.error((e as Error).message),
  });
  const codes = [...new Set((frameworks.data ?? []).map((f) => f.code))];
  return (
    <Modal open title={t('as.open')} onCancel={onClose} onOk={() => form.submit()} okText={t('as.open')} confirmLoading={open.isPending}>
      <Form form={form} layout="vertical" onFinish={(v) => open.mutate(v)} initialValues={{ year: vietnamYear() }}>
        <Form.Item name="frameworkCode" label={t('as.framework')} rules={[{ required: true, message: 'Chọn bộ chỉ số.' }]}>
          <Select options={codes.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="unitId" label={t('as.unit')} rules={[{ required: true, message: 'Chọn đơn vị được đánh giá.' }]}>
          <TreeSelect treeData={toUnitTree(units.data ?? [])} showSearch treeNodeFilterProp="title" treeDefaultExpandAll={false} />
        </Form.Item>
        <Form.Item name="year" label={t('fw.year')} rules={[{ required: true, message: 'Nhập năm đánh giá.' }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Assessments the user may see, with filters in the URL, the ranking and the published results by year. */
export function AssessmentsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [opening, setOpening] = useState(false);
  const filter = { year: params.get('year') ? Number(params.get('year')) : undefined, status: params.get('status') ?? undefined };
  const list = useAssessments(filter);
  const frameworks = useFrameworks();
  const rankCode = params.get('rank') ?? frameworks.data?.[0]?.code;
  const rankYear = filter.year ?? list.data?.find((a) => a.status === 'published')?.year;
  const ranking = useRanking(rankCode, rankYear);
  const setFilter = (key: string, value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const years = [...new Set((list.data ?? []).map((a) => a.year))];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('as.title')}
          </Typography.Title>
        }
        extra={
          hasPermission(me.data, 'assessment:open') && (
            <Button type="primary" onClick={() => setOpening(true)}>
              {t('as.open')}
            </Button>
          )
        }
      >
        <div className="page-toolbar">
          <Select
            aria-label={t('fw.year')}
            style={{ width: 140 }}
            value={filter.year ? String(filter.year) : ''}
            onChange={(v) => setFilter('year', v)}
            options={[
              { value: '', label: t('as.allYears') },
              ...[...new Set([...years, filter.year].filter(Boolean))].map((y) => ({ value: String(y), label: String(y) })),
            ]}
          />
          <Select
            aria-label={t('as.status')}
            style={{ width: 200 }}
            value={filter.status ?? ''}
            onChange={(v) => setFilter('status', v)}
            options={[
              { value: '', label: t('as.allStatus') },
              ...(['draft', 'submitted', 'published'] as const).map((s) => ({ value: s, label: t(`as.status.${s}`) })),
            ]}
          />
        </div>
        <QueryState isLoading={list.isLoading} error={list.error} isEmpty={list.data?.length === 0} onRetry={() => list.refetch()}>
          <Table<AssessmentSummary>
            rowKey="id"
            size="small"
            dataSource={list.data}
            pagination={false}
            columns={[
              { title: t('fw.year'), dataIndex: 'year', width: 80 },
              { title: t('as.unit'), dataIndex: 'unitName', render: (v, a) => <Link to={`/bo-chi-so/danh-gia/${a.id}`}>{v}</Link> },
              { title: t('as.framework'), render: (_, a) => `${a.frameworkCode} v${a.frameworkVersion}` },
              {
                title: t('as.status'),
                dataIndex: 'status',
                render: (s: AssessmentSummary['status']) => <Tag color={STATUS_COLOR[s]}>{t(`as.status.${s}`)}</Tag>,
              },
              { title: t('as.self'), render: (_, a) => `${points(a.selfTotal)}/${points(a.max)}`, align: 'right' },
              { title: t('as.appraised'), render: (_, a) => points(a.appraisedTotal), align: 'right' },
            ]}
          />
        </QueryState>
      </Card>
      <Card title={`${t('as.ranking')} ${rankCode ?? ''} ${rankYear ?? ''}`}>
        <QueryState isLoading={ranking.isLoading && Boolean(rankYear)} error={ranking.error} isEmpty={!ranking.data || ranking.data.rows.length === 0}>
          <Table
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={ranking.data?.rows}
            columns={[
              { title: t('as.rank'), dataIndex: 'rankLabel', render: (v: string, r) => (r.tie ? `${v} (${t('as.tie')})` : v), width: 140 },
              {
                title: t('as.unit'),
                dataIndex: 'unitName',
                render: (v: string, r) => (r.currentUnitName ? `${v} (${t('as.nowUnit')}: ${r.currentUnitName})` : v),
              },
              { title: t('as.appraised'), render: (_, r) => `${points(r.total)}/${points(r.max)}`, align: 'right' },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {ranking.data?.note}
          </Typography.Paragraph>
        </QueryState>
      </Card>
      <ExternalResultsCard />
      {opening && <OpenAssessmentModal onClose={() => setOpening(false)} />}
    </Space>
  );
}
