import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Table, Typography } from 'antd';
import type { AssessmentDetail, LostPointsRow } from '../../../../contracts/frameworks';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { assessmentCalls, useLostPoints } from './api';

const pts = (v: number) => v.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** Each criterion's lost points, most first, with who owns it, what would raise it, and a task button. */
export function LostPointsTab({ detail }: { detail: AssessmentDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const lost = useLostPoints(detail.id);
  const createTask = useMutation({
    mutationFn: (code: string) => assessmentCalls.createTask(detail.id, code),
    onSuccess: (r) => {
      message.success(t('ad.lost.taskCreated', { id: r.taskId }));
      void qc.invalidateQueries({ queryKey: ['assessment', detail.id] });
    },
    onError: (e) => message.error((e as Error).message),
  });
  return (
    <QueryState isLoading={lost.isLoading} error={lost.error} isEmpty={lost.data?.rows.length === 0} onRetry={() => lost.refetch()}>
      <Typography.Paragraph type="secondary">
        {lost.data && t(`ad.lost.basis.${lost.data.basis}`)} {lost.data && `${pts(lost.data.total)}/${pts(lost.data.max)}`}
      </Typography.Paragraph>
      <Table<LostPointsRow>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={lost.data?.rows}
        data-testid="lost-points"
        columns={[
          { title: t('fw.code'), dataIndex: 'code', width: 70 },
          { title: t('fw.criterion'), dataIndex: 'title' },
          { title: t('ad.lost.points'), render: (_, r) => <b>{pts(r.lost)}</b>, align: 'right', width: 80 },
          { title: `${t('as.score')}/${t('ad.max')}`, render: (_, r) => `${pts(r.score)}/${pts(r.max)}`, width: 100 },
          { title: t('fw.responsible'), render: (_, r) => r.responsibleUnitNames.join(', '), width: 180 },
          { title: t('ad.lost.how'), dataIndex: 'improvement' },
          {
            title: '',
            width: 150,
            render: (_, r) =>
              r.taskId !== null ? (
                <Typography.Text type="success">{t('ad.lost.taskCreated', { id: r.taskId })}</Typography.Text>
              ) : (
                detail.can.createTask && (
                  <Button size="small" loading={createTask.isPending && createTask.variables === r.code} onClick={() => createTask.mutate(r.code)}>
                    {t('ad.lost.createTask')}
                  </Button>
                )
              ),
          },
        ]}
      />
    </QueryState>
  );
}
