import { ApiOutlined, FileExcelOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { SourceRun, SourceView } from '../../../../contracts/sources';
import { post } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useSources } from './api';
import { DataAge, formatTime, RunCounts, RunProgress, RunStatusTag, useScheduleText } from './source-ui';

/** Starts a run now; the lists refresh and poll while it goes. */
export function useRunNow() {
  const qc = useQueryClient();
  const t = useT();
  const { message } = AntApp.useApp();
  return useMutation({
    mutationFn: (id: number) => post<SourceRun>(`/api/sources/${id}/runs`),
    onSuccess: () => {
      message.success(t('sources.runQueued'));
      void qc.invalidateQueries({ queryKey: ['sources'] });
    },
    onError: (e: Error) => message.error(e.message),
  });
}

/** Every source with its last run, how fresh its data is, a run in progress and a button to run it now. */
export function SourcesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const sources = useSources();
  const runNow = useRunNow();
  const schedule = useScheduleText();
  const canManage = hasPermission(me, 'source:manage');
  const canRun = hasPermission(me, 'source:run');
  return (
    <Card
      title={t('sources.title')}
      extra={
        canManage && (
          <Space>
            <Button icon={<ApiOutlined />} onClick={() => navigate('/nguon-du-lieu/moi/http')}>
              {t('sources.addPull')}
            </Button>
            <Button type="primary" icon={<FileExcelOutlined />} onClick={() => navigate('/nguon-du-lieu/moi/tep')}>
              {t('sources.addFile')}
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('sources.intro')}</Typography.Paragraph>
      <QueryState isLoading={sources.isLoading} error={sources.error} isEmpty={sources.data?.items.length === 0} onRetry={() => void sources.refetch()}>
        <Table<SourceView>
          rowKey="id"
          pagination={false}
          dataSource={sources.data?.items ?? []}
          columns={[
            {
              title: t('sources.name'),
              render: (_, s) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/nguon-du-lieu/${s.id}`}>{s.name}</Link>
                  <Space size={4}>
                    <Tag>{t(`sources.kind.${s.kind}`)}</Tag>
                    {!s.active && <Tag color="warning">{t('sources.inactive')}</Tag>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {s.code}
                    </Typography.Text>
                  </Space>
                </Space>
              ),
            },
            { title: t('sources.unit'), dataIndex: 'unitName' },
            { title: t('sources.schedule'), render: (_, s) => schedule(s.schedule) },
            {
              title: t('sources.lastRun'),
              render: (_, s) =>
                s.activeRun ? (
                  <RunProgress run={s.activeRun} />
                ) : s.lastRun ? (
                  <Space direction="vertical" size={0}>
                    <Space>
                      <RunStatusTag run={s.lastRun} />
                      <span>{formatTime(s.lastRun.finishedAt)}</span>
                    </Space>
                    {s.lastRun.status === 'failed' ? (
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        {s.lastRun.error}
                      </Typography.Text>
                    ) : (
                      <RunCounts run={s.lastRun} />
                    )}
                  </Space>
                ) : (
                  '—'
                ),
            },
            { title: t('sources.dataAge'), render: (_, s) => <DataAge source={s} /> },
            {
              title: '',
              width: 130,
              render: (_, s) =>
                canRun && (
                  <Button
                    icon={<PlayCircleOutlined />}
                    loading={runNow.isPending && runNow.variables === s.id}
                    disabled={s.activeRun !== null}
                    onClick={() => runNow.mutate(s.id)}
                    aria-label={`${t('sources.runNow')} ${s.name}`}
                  >
                    {t('sources.runNow')}
                  </Button>
                ),
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
