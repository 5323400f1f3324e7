import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Table, Typography } from 'antd';
import type { ImportPreview } from '../../../../contracts/plans';
import { useT } from '../../i18n/core';
import { ImportPreviewModal, useImportPreview } from '../../shared/ImportPreviewModal';
import { areaLabel, importAppendix, previewAppendix } from './api';

/** Import of an appendix: the file is previewed (rows read, errors per row and column) and stored only when all of it is accepted. */
export function ImportModal({ planId, open, onClose }: { planId: number; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const state = useImportPreview(
    {
      preview: (f) => previewAppendix(planId, f),
      apply: (f) => importAppendix(planId, f),
      onApplied: (res) => {
        message.success(t('plans.import.done', { n: res.created }));
        void qc.invalidateQueries({ queryKey: ['plans'] });
      },
    },
    onClose,
  );
  return (
    <ImportPreviewModal<ImportPreview>
      open={open}
      width={900}
      texts={{
        title: t('plans.import'),
        hint: t('plans.import.hint'),
        choose: t('plans.import.choose'),
        cancel: t('common.cancel'),
        apply: t('plans.import.save'),
      }}
      canApply={Boolean(state.preview?.accepted)}
      state={state}
    >
      {(preview) => (
        <div style={{ marginTop: 12 }}>
          {preview.accepted ? (
            <Alert type="success" showIcon title={t('plans.import.ok', { n: preview.rows.length })} />
          ) : (
            <Alert type="error" showIcon title={t('plans.import.errors', { n: preview.errors.length })} />
          )}
          {preview.errors.length > 0 && (
            <Table
              data-testid="import-errors"
              rowKey={(e) => `${e.row}-${e.column}`}
              size="small"
              pagination={false}
              style={{ marginTop: 8 }}
              dataSource={preview.errors}
              columns={[
                { title: t('plans.import.row'), dataIndex: 'row', width: 70 },
                { title: t('plans.import.column'), dataIndex: 'column', width: 110 },
                { title: t('plans.import.message'), dataIndex: 'message' },
              ]}
            />
          )}
          <Typography.Paragraph style={{ marginTop: 8 }}>{t('plans.import.rows', { n: preview.rows.length })}</Typography.Paragraph>
          <Table
            rowKey="row"
            size="small"
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            dataSource={preview.rows}
            columns={[
              { title: t('plans.import.row'), dataIndex: 'row', width: 60 },
              { title: t('task.no'), dataIndex: 'no', width: 50 },
              { title: t('task.content'), dataIndex: 'content', ellipsis: true },
              { title: t('task.lead'), dataIndex: 'leadUnitName', width: 120 },
              { title: t('task.time'), dataIndex: 'timeFrameLabel', width: 120 },
              { title: t('task.area'), dataIndex: 'areaKey', width: 130, render: (v: string) => areaLabel(v, t.lang) },
              { title: t('task.source'), dataIndex: 'source', width: 120, render: (v: string) => t(`task.source.${v}`) },
              { title: t('task.priority'), dataIndex: 'priority', width: 90, render: (v: string) => t(`task.priority.${v}`) },
            ]}
          />
        </div>
      )}
    </ImportPreviewModal>
  );
}
