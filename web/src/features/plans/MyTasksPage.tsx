import { useQuery } from '@tanstack/react-query';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Task } from '../../../../contracts/plans';
import { get } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { viDate } from './api';
import { TaskOutcomeTag } from './TaskCancel';

type Mine = { asOf: string; dueSoon: Task[]; overdue: Task[]; all: Task[] };

/** "My unit's tasks": what falls due in the next two weeks, what is overdue, and everything the unit leads or joins. */
export function MyTasksPage() {
  const t = useT();
  const mine = useQuery({ queryKey: ['my-tasks'], queryFn: () => get<Mine>('/api/tasks/mine') });
  const table = (rows: Task[] | undefined, testId: string) => (
    <Table<Task>
      data-testid={testId}
      rowKey="id"
      size="small"
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      dataSource={rows}
      locale={{ emptyText: t('common.empty') }}
      columns={[
        { title: t('task.content'), dataIndex: 'content', render: (v: string, r) => <Link to={`/plans/${r.planId}?task=${r.id}`}>{v}</Link> },
        { title: t('task.lead'), dataIndex: 'leadUnitName', width: 140 },
        { title: t('task.deadline'), dataIndex: 'deadline', render: viDate, width: 110 },
        { title: t('task.progress'), dataIndex: 'progress', render: (v: number) => <Progress percent={v} size="small" />, width: 140 },
        { title: t('task.outcome'), dataIndex: 'outcome', render: (_: string, r) => <TaskOutcomeTag task={r} />, width: 210 },
      ]}
    />
  );
  return (
    <QueryState isLoading={mine.isLoading} error={mine.error} onRetry={() => mine.refetch()}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('mine.title')}
          </Typography.Title>
          <Button icon={<DownloadOutlined />} href="/api/tasks/mine/export.xlsx">
            {t('plans.export')}
          </Button>
        </Space>
        <Card title={t('mine.overdue')}>{table(mine.data?.overdue, 'mine-overdue')}</Card>
        <Card title={t('mine.dueSoon')}>{table(mine.data?.dueSoon, 'mine-due-soon')}</Card>
        <Card title={t('mine.all')}>{table(mine.data?.all, 'mine-all')}</Card>
      </Space>
    </QueryState>
  );
}
