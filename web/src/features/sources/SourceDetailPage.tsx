import { InboxOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Descriptions, Table, Tabs, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { SourceRun } from '../../../../contracts/sources';
import { api, ApiError } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useRuns, useSource } from './api';
import { ReconcilePanel } from './ReconcilePanel';
import { RunDrawer } from './RunDrawer';
import { SourceConfigView } from './SourceConfigView';
import { useRunNow } from './SourcesPage';
import { DataAge, formatTime, RunProgress, RunStatusTag, useScheduleText } from './source-ui';

/** A source: its runs (with progress while one goes), a drop zone for the next file, reconciliation, configuration. */
export function SourceDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const { data: me } = useMe();
  const source = useSource(id);
  const runs = useRuns(id, source.data?.activeRun !== null && source.data?.activeRun !== undefined);
  const runNow = useRunNow();
  const schedule = useScheduleText();
  const [uploading, setUploading] = useState(false);
  const tab = params.get('tab') ?? 'runs';
  const runId = params.get('run') ? Number(params.get('run')) : null;
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next);
  };
  const upload = async (file: File) => {
    setUploading(true);
    const data = new FormData();
    data.append('file', file);
    try {
      await api<SourceRun>('POST', `/api/sources/${id}/files`, data);
      message.success(t('sources.upload.done', { name: file.name }));
      void qc.invalidateQueries({ queryKey: ['sources'] });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setUploading(false);
    }
  };
  const s = source.data;
  return (
    <QueryState isLoading={source.isLoading} error={source.error} onRetry={() => void source.refetch()}>
      {s && (
        <Card
          title={s.name}
          extra={
            hasPermission(me, 'source:run') && (
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                disabled={s.activeRun !== null}
                loading={runNow.isPending}
                onClick={() => runNow.mutate(s.id)}
              >
                {t('sources.runNow')}
              </Button>
            )
          }
        >
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'kind', label: t('sources.kind'), children: t(`sources.kind.${s.kind}`) },
              { key: 'unit', label: t('sources.unit'), children: s.unitName },
              { key: 'schedule', label: t('sources.schedule'), children: schedule(s.schedule) },
              { key: 'age', label: t('sources.dataAge'), children: <DataAge source={s} /> },
              {
                key: 'active',
                label: t('sources.lastRun'),
                children: s.activeRun ? <RunProgress run={s.activeRun} /> : s.lastRun ? <RunStatusTag run={s.lastRun} /> : '—',
                span: 2,
              },
            ]}
          />
          {s.kind === 'file' && hasPermission(me, 'source:run') && (
            <div style={{ margin: '16px 0' }}>
              <Upload.Dragger
                accept=".xlsx,.csv"
                multiple={false}
                showUploadList={false}
                disabled={uploading}
                beforeUpload={(f) => {
                  void upload(f);
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('sources.upload')}</p>
              </Upload.Dragger>
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t('sources.upload.hint', { inbox: s.inbox ?? '' })}
              </Typography.Paragraph>
            </div>
          )}
          <Tabs
            activeKey={tab}
            onChange={(k) => setParam('tab', k)}
            items={[
              {
                key: 'runs',
                label: t('sources.tab.runs'),
                children: (
                  <QueryState isLoading={runs.isLoading} error={runs.error} isEmpty={runs.data?.items.length === 0}>
                    <Table<SourceRun>
                      rowKey="id"
                      size="small"
                      dataSource={runs.data?.items ?? []}
                      onRow={(r) => ({ onClick: () => setParam('run', String(r.id)), style: { cursor: 'pointer' } })}
                      columns={[
                        { title: '#', dataIndex: 'id', width: 60 },
                        {
                          title: t('sources.run.status'),
                          render: (_, r) => (r.status === 'running' || r.status === 'queued' ? <RunProgress run={r} /> : <RunStatusTag run={r} />),
                        },
                        { title: t('sources.run.trigger'), render: (_, r) => t(`sources.run.trigger.${r.trigger}`) },
                        { title: t('sources.run.started'), render: (_, r) => formatTime(r.startedAt ?? r.queuedAt) },
                        { title: t('sources.run.file'), dataIndex: 'fileName', render: (f: string | null) => f ?? '' },
                        { title: t('sources.run.read'), dataIndex: 'rowsRead', align: 'right' },
                        { title: t('sources.run.created'), dataIndex: 'rowsCreated', align: 'right' },
                        { title: t('sources.run.updated'), dataIndex: 'rowsUpdated', align: 'right' },
                        { title: t('sources.run.unchanged'), dataIndex: 'rowsUnchanged', align: 'right' },
                        {
                          title: t('sources.run.refused'),
                          dataIndex: 'rowsRefused',
                          align: 'right',
                          render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
                        },
                        {
                          title: t('sources.run.message'),
                          dataIndex: 'error',
                          render: (e: string | null) =>
                            e ? (
                              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                                {e}
                              </Typography.Text>
                            ) : (
                              ''
                            ),
                        },
                      ]}
                    />
                  </QueryState>
                ),
              },
              {
                key: 'reconcile',
                label: t('sources.tab.reconcile'),
                children: <ReconcilePanel sourceId={id} canManage={hasPermission(me, 'source:manage')} />,
              },
              { key: 'config', label: t('sources.tab.config'), children: <SourceConfigView source={s} /> },
            ]}
          />
          <RunDrawer sourceId={id} runId={runId} onClose={() => setParam('run', null)} />
        </Card>
      )}
    </QueryState>
  );
}
