import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Descriptions, Input, Modal, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { Plan } from '../../../../contracts/plans';
import { ApiError, post, qs } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { usePlan, viDate } from './api';
import { StatsTab } from './StatsTab';
import { TargetsTab } from './TargetsTab';
import { TasksTab } from './TasksTab';
import { TimelineTab } from './TimelineTab';

/** One plan: status with who and when, its moves, and tabs for tasks, statistics, targets and the year's timeline. */
export function PlanDetailPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'tasks';
  const plan = usePlan(id);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (body: { action: string; comment?: string }) => post<Plan>(`/api/plans/${id}/transition`, body),
    onSuccess: (p) => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      setReturning(false);
      setError(null);
      message.success(t(`plans.status.${p.status}`));
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const setTab = (key: string) => {
    const next = new URLSearchParams(params);
    next.set('tab', key);
    setParams(next, { replace: true });
  };
  const p = plan.data;
  return (
    <QueryState isLoading={plan.isLoading} error={plan.error} onRetry={() => plan.refetch()}>
      {p && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Card
            title={
              <Typography.Title level={3} style={{ margin: 0 }}>
                {p.title}
              </Typography.Title>
            }
            extra={
              <Space wrap>
                {p.actions.map((a) => (
                  <Button
                    key={a}
                    type={a === 'approve' || a === 'submit' ? 'primary' : 'default'}
                    loading={move.isPending}
                    onClick={() => (a === 'return' ? setReturning(true) : move.mutate({ action: a }))}
                  >
                    {t(`plans.action.${a}`)}
                  </Button>
                ))}
                <Button icon={<DownloadOutlined />} href={`/api/plans/${id}/export.xlsx${qs({ asOf: params.get('asOf') })}`}>
                  {t('plans.export')}
                </Button>
              </Space>
            }
          >
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('plans.unit')}>{p.unitName}</Descriptions.Item>
              <Descriptions.Item label={t('plans.year')}>{p.year}</Descriptions.Item>
              <Descriptions.Item label={t('plans.status')}>
                <Tag data-testid="plan-status">{t(`plans.status.${p.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('plans.submittedAt')}>
                {p.submittedAt ? `${viDate(p.submittedAt)} ${t('plans.by')} ${p.submittedBy ?? ''}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('plans.approvedAt')}>
                {p.approvedAt ? `${viDate(p.approvedAt)} ${t('plans.by')} ${p.approvedBy ?? ''}` : '—'}
              </Descriptions.Item>
              {p.returnComment && <Descriptions.Item label={t('plans.returnComment')}>{p.returnComment}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card>
            <Tabs
              activeKey={tab}
              onChange={setTab}
              items={[
                { key: 'tasks', label: t('plans.tab.tasks'), children: <TasksTab plan={p} /> },
                { key: 'stats', label: t('plans.tab.stats'), children: <StatsTab planId={id} /> },
                { key: 'targets', label: t('plans.tab.targets'), children: <TargetsTab planId={id} canEdit={p.canEdit} /> },
                { key: 'timeline', label: t('plans.tab.timeline'), children: <TimelineTab plan={p} /> },
              ]}
            />
          </Card>
          <Modal
            open={returning}
            title={t('plans.action.return')}
            onCancel={() => setReturning(false)}
            onOk={() => move.mutate({ action: 'return', comment })}
            okText={t('plans.action.return')}
            cancelText={t('common.cancel')}
          >
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
            <Input.TextArea aria-label={t('plans.returnComment')} rows={4} value={comment} onChange={(e) => setComment(e.target.value)} />
          </Modal>
        </Space>
      )}
    </QueryState>
  );
}
