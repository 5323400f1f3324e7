import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { Plan } from '../../../../contracts/plans';
import { ApiError, get, post, qs } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { usePlans, viDate } from './api';
import { vietnamYear } from '../../shared/today';

const STATUS_COLOR: Record<string, string> = { draft: 'default', submitted: 'blue', approved: 'green', returned: 'orange' };
const SUB_COLOR: Record<string, string> = { 'on-time': 'green', late: 'orange', missing: 'red', 'not-due': 'default' };

type SubmissionRows = {
  deadline: string;
  asOf: string;
  rows: Array<{ unitId: number; unitName: string; planId: number | null; status: string; label: string; submittedAt: string | null }>;
};

/** Plans of a year (the year lives in the URL), creating a plan, and — for the Office — who has sent theirs by 15/01. */
export function PlansPage() {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? vietnamYear());
  const plans = usePlans(year);
  const units = useOrgUnits();
  const monitor = hasPermission(me, 'plan:monitor');
  const subs = useQuery({
    queryKey: ['plans', 'subs', year],
    queryFn: () => get<SubmissionRows>(`/api/plans/submissions${qs({ year, deadline: '15/01' })}`),
    enabled: monitor,
  });
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ unitId: number; year: number; title: string; documentNumber?: string }>();
  const create = useMutation({
    mutationFn: (v: { unitId: number; year: number; title: string; documentNumber?: string }) =>
      post<Plan>('/api/plans', { ...v, documentNumber: v.documentNumber || null }),
    onSuccess: (p) => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      setCreating(false);
      navigate(`/plans/${p.id}`);
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const statusTag = (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`plans.status.${s}`)}</Tag>;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('plans.title')}
          </Typography.Title>
        }
        extra={
          hasPermission(me, 'plan:manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setError(null);
                form.setFieldsValue({ year, unitId: me?.unit.id, title: `Kế hoạch CCHC năm ${year}` });
                setCreating(true);
              }}
            >
              {t('plans.create')}
            </Button>
          )
        }
      >
        <div className="page-toolbar">
          <span>{t('plans.year')}</span>
          <InputNumber
            aria-label={t('plans.year')}
            min={2020}
            max={2100}
            value={year}
            onChange={(v) => v && setParams({ year: String(v) }, { replace: true })}
          />
        </div>
        <QueryState isLoading={plans.isLoading} error={plans.error} isEmpty={plans.data?.length === 0} onRetry={() => plans.refetch()}>
          <Table<Plan>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={plans.data}
            columns={[
              { title: t('plans.name'), dataIndex: 'title', render: (v: string, p) => <Link to={`/plans/${p.id}`}>{v}</Link> },
              { title: t('plans.unit'), dataIndex: 'unitName' },
              { title: t('plans.status'), dataIndex: 'status', render: statusTag, width: 150 },
              { title: t('plans.submittedAt'), dataIndex: 'submittedAt', render: viDate, width: 120 },
              { title: t('plans.tasks'), dataIndex: 'taskCount', width: 100 },
            ]}
          />
        </QueryState>
      </Card>
      {monitor && (
        <Card title={t('plans.submissions', { deadline: '15/01' })}>
          <QueryState isLoading={subs.isLoading} error={subs.error} onRetry={() => subs.refetch()}>
            <Table
              rowKey="unitId"
              size="small"
              pagination={false}
              dataSource={subs.data?.rows}
              columns={[
                { title: t('plans.unit'), dataIndex: 'unitName', render: (v: string, r) => (r.planId ? <Link to={`/plans/${r.planId}`}>{v}</Link> : v) },
                { title: t('plans.submission.status'), dataIndex: 'label', render: (v: string, r) => <Tag color={SUB_COLOR[r.status]}>{v}</Tag> },
                { title: t('plans.submittedAt'), dataIndex: 'submittedAt', render: viDate },
              ]}
            />
          </QueryState>
        </Card>
      )}
      <Modal
        open={creating}
        title={t('plans.create')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Form.Item name="unitId" label={t('plans.unit')} rules={[{ required: true, message: 'Chọn đơn vị của kế hoạch.' }]}>
            <TreeSelect treeData={toUnitTree(units.data ?? [])} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
          </Form.Item>
          <Form.Item name="year" label={t('plans.year')} rules={[{ required: true, message: 'Nhập năm kế hoạch.' }]}>
            <InputNumber min={2020} max={2100} />
          </Form.Item>
          <Form.Item name="title" label={t('plans.name')} rules={[{ required: true, min: 5, message: 'Tên kế hoạch cần ít nhất 5 ký tự.' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="documentNumber" label={t('plans.docNo')}>
            <Input placeholder="/KH-SGDĐT" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
