import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Table, Tag } from 'antd';
import type { ProcedureImportReport } from '../../../../contracts/dossiers';
import { useT } from '../../i18n/core';
import { ImportPreviewModal, useImportPreview } from '../../shared/ImportPreviewModal';
import { importProcedures } from './api';

/** Import of the catalogue workbook: previewed (what changes, errors by row and column), written only when all of it is accepted. */
export function ProcedureImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const state = useImportPreview<ProcedureImportReport, ProcedureImportReport>(
    {
      preview: (f) => importProcedures(f, false),
      apply: (f) => importProcedures(f, true),
      onApplied: (report) => {
        void qc.invalidateQueries({ queryKey: ['procedures'] });
        message.success(t('procedures.import.done', { n: report.rows.filter((r) => r.action !== 'unchanged').length }));
      },
    },
    onClose,
  );
  const changes = state.preview?.rows.filter((r) => r.action !== 'unchanged') ?? [];
  return (
    <ImportPreviewModal
      open={open}
      width={820}
      texts={{
        title: t('procedures.import.title'),
        hint: t('procedures.import.hint'),
        choose: t('procedures.import.choose'),
        cancel: t('procedures.cancel'),
        apply: t('procedures.import.apply', { n: changes.length }),
      }}
      canApply={Boolean(state.preview && state.preview.problems.length === 0 && changes.length > 0)}
      state={state}
    >
      {(preview) => (
        <>
          {preview.problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 12 }}
              title={t('procedures.import.problems', { n: preview.problems.length })}
              description={
                <ul style={{ margin: 0 }}>
                  {preview.problems.map((p) => (
                    <li key={p.message}>{p.message}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Table
            rowKey="row"
            size="small"
            style={{ marginTop: 12 }}
            pagination={{ pageSize: 8 }}
            dataSource={preview.rows}
            columns={[
              { title: t('procedures.import.row'), dataIndex: 'row', width: 60 },
              { title: 'Mã', dataIndex: 'code', width: 100 },
              { title: t('dossiers.procedure'), dataIndex: 'name' },
              {
                title: t('procedures.import.action'),
                dataIndex: 'action',
                width: 120,
                render: (a: string) => <Tag color={a === 'create' ? 'green' : a === 'update' ? 'blue' : undefined}>{t(`procedures.import.${a}`)}</Tag>,
              },
            ]}
          />
        </>
      )}
    </ImportPreviewModal>
  );
}
