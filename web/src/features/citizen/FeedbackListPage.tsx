import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { FeedbackDetail, FeedbackSummary, RegisterFeedbackRequest } from '../../../../contracts/citizen-feedback';
import { ApiError, post, qs } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useUrlFilter } from '../../shared/use-url-filter';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { viDate } from './format';
import { vietnamTodayPicker } from '../../shared/today-picker';
import { useFeedbackList } from './api';

const STATUSES = ['received', 'more-requested', 'routed', 'answered', 'published', 'refused'] as const;
const STEPS = ['refuse', 'requestMore', 'handle', 'publish'] as const;
const KINDS = ['procedure', 'regulation', 'officer', 'dossier', 'other'] as const;
export const TIMELINESS_COLORS: Record<FeedbackSummary['timeliness'], string> = {
  within: 'blue',
  'at-risk': 'orange',
  overdue: 'red',
  'on-time': 'green',
  late: 'volcano',
};

const FEEDBACK_FILTERS = ['q', 'status', 'due', 'step', 'unitId'] as const;

/** The feedback register: filters in the URL, at-risk and overdue lists, registering paper/phone/e-mail feedback, Excel export. */
export function FeedbackListPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const { data: me } = useMe();
  const { filter, setFilter, resetFilter, paged } = useUrlFilter(FEEDBACK_FILTERS);
  const list = useFeedbackList(filter);
  const units = useOrgUnits();
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<RegisterFeedbackRequest & { receivedOnDay?: dayjs.Dayjs }>();
  const register = useMutation({
    mutationFn: (v: RegisterFeedbackRequest & { receivedOnDay?: dayjs.Dayjs }) => {
      const { receivedOnDay, ...rest } = v;
      return post<FeedbackDetail>('/api/feedback', { ...rest, receivedOn: receivedOnDay?.format('YYYY-MM-DD') });
    },
    onSuccess: async (created) => {
      message.success(`${t('citizen.fb.done')} ${created.code}`);
      setRegistering(false);
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['feedback'] });
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('citizen.fb.list.title')}
        </Typography.Title>
      }
      extra={
        hasPermission(me, 'feedback:register') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('citizen.fb.list.register')}
          </Button>
        )
      }
    >
      <div className="page-toolbar">
        <Input.Search
          allowClear
          placeholder={t('citizen.fb.list.search')}
          aria-label={t('citizen.fb.list.search')}
          defaultValue={filter.q}
          onSearch={(v) => setFilter({ q: v })}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('citizen.fb.status')}
          aria-label={t('citizen.fb.status')}
          value={filter.status}
          onChange={(v) => setFilter({ status: v })}
          style={{ width: 200 }}
          options={STATUSES.map((s) => ({ value: s, label: t(`citizen.fb.status.${s}`) }))}
        />
        <Select
          allowClear
          placeholder={t('citizen.fb.list.due')}
          aria-label={t('citizen.fb.list.due')}
          value={filter.due}
          onChange={(v) => setFilter({ due: v })}
          style={{ width: 160 }}
          options={[
            { value: 'at-risk', label: t('citizen.fb.list.dueAtRisk') },
            { value: 'overdue', label: t('citizen.fb.list.dueOverdue') },
          ]}
        />
        <Select
          allowClear
          placeholder={t('citizen.fb.list.step')}
          aria-label={t('citizen.fb.list.step')}
          value={filter.step}
          onChange={(v) => setFilter({ step: v })}
          style={{ width: 200 }}
          options={STEPS.map((s) => ({ value: s, label: t(`citizen.fb.step.${s}`) }))}
        />
        <TreeSelect
          allowClear
          showSearch
          treeNodeFilterProp="title"
          placeholder={t('citizen.fb.handlingUnit')}
          aria-label={t('citizen.fb.handlingUnit')}
          value={filter.unitId ? Number(filter.unitId) : undefined}
          onChange={(v) => setFilter({ unitId: v ? String(v) : undefined })}
          treeData={toUnitTree(units.data ?? [])}
          style={{ width: 240 }}
        />
        <Button onClick={resetFilter}>{t('common.reset')}</Button>
        <Button icon={<DownloadOutlined />} href={`/api/feedback/export.xlsx${qs({ ...filter, page: undefined })}`}>
          {t('citizen.fb.list.export')}
        </Button>
      </div>
      <QueryState isLoading={list.isLoading} error={list.error} isEmpty={list.data?.total === 0} onRetry={() => list.refetch()}>
        <Table<FeedbackSummary>
          rowKey="id"
          size="small"
          {...paged(list.data)}
          columns={[
            { title: t('citizen.fb.code'), dataIndex: 'code', render: (code: string, f) => <Link to={`/phan-anh/${f.id}`}>{code}</Link> },
            { title: t('citizen.fb.title'), dataIndex: 'title' },
            { title: t('citizen.fb.receivedOn'), dataIndex: 'receivedOn', render: viDate, width: 110 },
            { title: t('citizen.fb.channel'), dataIndex: 'channel', render: (c: string) => t(`citizen.fb.channel.${c}`) },
            { title: t('citizen.fb.handlingUnit'), dataIndex: 'assignedUnitName', render: (n: string | null) => n ?? <Tag>{t('citizen.fb.unassigned')}</Tag> },
            { title: t('citizen.fb.status'), dataIndex: 'status', render: (s: string) => t(`citizen.fb.status.${s}`) },
            { title: t('citizen.fb.handleBy'), dataIndex: 'handleBy', render: viDate, width: 110 },
            {
              title: t('citizen.fb.nextDeadline'),
              key: 'next',
              // The most urgent running step (refuse, ask for more, handle, publish): the server sorts them.
              render: (_: unknown, f) => {
                const d = f.deadlines[0];
                return d ? <Tag color={TIMELINESS_COLORS[d.state]} title={d.explanation}>{`${t(`citizen.fb.step.${d.step}`)} · ${viDate(d.due)}`}</Tag> : '—';
              },
            },
            {
              title: t('citizen.fb.timeliness'),
              dataIndex: 'timeliness',
              render: (v: FeedbackSummary['timeliness']) => <Tag color={TIMELINESS_COLORS[v]}>{t(`citizen.fb.t.${v}`)}</Tag>,
            },
          ]}
        />
      </QueryState>
      <Modal
        open={registering}
        title={t('citizen.fb.list.register')}
        onCancel={() => setRegistering(false)}
        onOk={() => form.submit()}
        confirmLoading={register.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ channel: 'paper', subjectKind: 'procedure' }}
          onFinish={(v) => (setError(null), register.mutate(v))}
        >
          <Form.Item name="channel" label={t('citizen.fb.register.channel')} rules={[{ required: true }]}>
            <Select options={(['paper', 'phone', 'email'] as const).map((c) => ({ value: c, label: t(`citizen.fb.channel.${c}`) }))} />
          </Form.Item>
          <Form.Item name="receivedOnDay" label={t('citizen.fb.register.receivedOn')}>
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(vietnamTodayPicker(), 'day')} />
          </Form.Item>
          <Form.Item name="subjectKind" label={t('citizen.fb.subjectKind')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`citizen.fb.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="subjectRef" label={t('citizen.fb.subjectRef')}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('citizen.fb.title')} rules={[{ required: true, message: t('citizen.fb.rule.title') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="content" label={t('citizen.fb.content')} rules={[{ required: true, message: t('citizen.fb.rule.content') }]}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Form.Item name="senderName" label={t('citizen.fb.senderName')}>
            <Input />
          </Form.Item>
          <Form.Item name="senderContact" label={t('citizen.fb.senderContact')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
