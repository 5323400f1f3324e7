import { Alert, Descriptions, Drawer, Table, Typography } from 'antd';
import { useT } from '../../i18n/core';
import { useRun } from './api';
import { formatTime, RunStatusTag } from './source-ui';

/** One run: when, how, the cursor before and after, the counts, and every refused row by row and field. */
export function RunDrawer({ sourceId, runId, onClose }: { sourceId: number; runId: number | null; onClose: () => void }) {
  const t = useT();
  const detail = useRun(sourceId, runId);
  const run = detail.data?.run;
  return (
    <Drawer open={runId !== null} onClose={onClose} size="large" title={t('sources.run.detail')} destroyOnHidden>
      {run && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'status', label: t('sources.run.status'), children: <RunStatusTag run={run} /> },
              { key: 'trigger', label: t('sources.run.trigger'), children: t(`sources.run.trigger.${run.trigger}`) },
              { key: 'started', label: t('sources.run.started'), children: formatTime(run.startedAt) },
              { key: 'finished', label: t('sources.run.finished'), children: formatTime(run.finishedAt) },
              { key: 'cursor', label: t('sources.run.cursor'), children: `${run.cursorBefore ?? '—'} → ${run.cursorAfter ?? '—'}`, span: 2 },
              ...(run.fileName ? [{ key: 'file', label: t('sources.run.file'), children: run.fileName, span: 2 }] : []),
              { key: 'read', label: t('sources.run.read'), children: run.rowsRead },
              { key: 'created', label: t('sources.run.created'), children: run.rowsCreated },
              { key: 'updated', label: t('sources.run.updated'), children: run.rowsUpdated },
              { key: 'unchanged', label: t('sources.run.unchanged'), children: run.rowsUnchanged },
              { key: 'refused', label: t('sources.run.refused'), children: run.rowsRefused, span: 2 },
            ]}
          />
          {run.resumes > 0 && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('sources.run.resumed', { n: run.resumes })} />}
          {run.error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={run.error} />}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('sources.run.problems', { n: detail.data!.problemsTotal })}
          </Typography.Title>
          {detail.data!.problemsTotal > detail.data!.problems.length && (
            <Typography.Paragraph type="secondary">
              {t('sources.run.problems.more', { shown: detail.data!.problems.length, total: detail.data!.problemsTotal })}
            </Typography.Paragraph>
          )}
          <Table
            size="small"
            rowKey={(p) => `${p.row}-${p.field}-${p.message}`}
            dataSource={detail.data!.problems}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: t('sources.run.where'), dataIndex: 'ref', width: 150 },
              { title: t('sources.run.code'), dataIndex: 'code', width: 170 },
              { title: t('sources.run.field'), dataIndex: 'field', width: 200 },
              { title: t('sources.run.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
