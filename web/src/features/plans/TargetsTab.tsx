import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Target } from '../../../../contracts/plans';
import { ApiError, del } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { hasPermission, useMe } from '../../auth/use-me';
import { usePlanTargets } from './api';
import { TargetFormModal } from './TargetFormModal';
import { TargetValueModal } from './TargetValueModal';

/** Targets with actual vs target and whether each is met, as of the date in the URL; each explains itself. */
export function TargetsTab({ planId, canEdit }: { planId: number; canEdit: boolean }) {
  const t = useT();
  const [params] = useSearchParams();
  const targets = usePlanTargets(planId, params.get('asOf') ?? undefined);
  const { data: me } = useMe();
  const [editing, setEditing] = useState<Target | null>(null);
  // null: closed; 'new': adding; a target: editing it.
  const [form, setForm] = useState<Target | 'new' | null>(null);
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const remove = useMutation({
    mutationFn: (id: number) => del<void>(`/api/plan-targets/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['plans'] }),
    onError: (e) => message.error(e instanceof ApiError ? e.message : String(e)),
  });
  return (
    <>
      {canEdit && (
        <div className="page-toolbar">
          <Button icon={<PlusOutlined />} onClick={() => setForm('new')}>
            {t('target.add')}
          </Button>
        </div>
      )}
      <QueryState isLoading={targets.isLoading} error={targets.error} isEmpty={targets.data?.length === 0} onRetry={() => targets.refetch()}>
        <Table<Target>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={targets.data}
          columns={[
            { title: t('target.code'), dataIndex: 'code', width: 90 },
            { title: t('target.text'), dataIndex: 'text' },
            { title: t('target.binding'), dataIndex: 'metricKey', width: 180, render: (v: string | null) => v ?? t('target.typed') },
            {
              title: t('target.actual'),
              width: 100,
              render: (_, r) => (r.evaluation.actual === null ? '—' : `${Math.round(r.evaluation.actual * 100) / 100}${r.unit === '%' ? '%' : ''}`),
            },
            {
              title: t('target.met'),
              width: 130,
              render: (_, r) =>
                r.evaluation.met === null ? (
                  <Tag>{t('target.met.none')}</Tag>
                ) : r.evaluation.met ? (
                  <Tag color="green">{t('target.met.yes')}</Tag>
                ) : (
                  <Tag color="red">{t('target.met.no')}</Tag>
                ),
            },
            { title: '', render: (_, r) => <Typography.Text type="secondary">{`${r.evaluation.explanation} ${r.evaluation.source}`}</Typography.Text> },
            {
              title: '',
              width: 220,
              render: (_, r) => (
                <Space size={4} wrap>
                  {!r.metricKey && hasPermission(me, 'task:update') && (
                    <Button size="small" onClick={() => setEditing(r)}>
                      {t('target.enter')}
                    </Button>
                  )}
                  {canEdit && (
                    <Button size="small" onClick={() => setForm(r)}>
                      {t('common.edit')}
                    </Button>
                  )}
                  {canEdit && (
                    <Popconfirm
                      title={t('target.deleteConfirm')}
                      okText={t('plans.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove.mutate(r.id)}
                    >
                      <Button size="small" danger>
                        {t('plans.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      <TargetValueModal target={editing} onClose={() => setEditing(null)} />
      <TargetFormModal planId={planId} target={form === 'new' ? null : form} open={form !== null} onClose={() => setForm(null)} />
    </>
  );
}
