import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ImportPreview } from '../../../../contracts/plans';
import { api, ApiError } from '../../api/client';
import { useT } from '../../i18n/core';
import { areaLabel } from './api';

const form = (file: File) => {
  const data = new FormData();
  data.append('file', file);
  return data;
};

/** Import of an appendix: the file is previewed (rows read, errors per row and column) and stored only when all of it is accepted. */
export function ImportModal({ planId, open, onClose }: { planId: number; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setFile(null);
    setPreview(null);
    setError(null);
    onClose();
  };
  const choose = async (f: File) => {
    setFile(f);
    setError(null);
    setBusy(true);
    try {
      setPreview(await api<ImportPreview>('POST', `/api/plans/${planId}/import/preview`, form(f)));
    } catch (e) {
      setPreview(null);
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const res = await api<{ created: number }>('POST', `/api/plans/${planId}/import`, form(file));
      message.success(t('plans.import.done', { n: res.created }));
      qc.invalidateQueries({ queryKey: ['plans'] });
      close();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      width={900}
      title={t('plans.import')}
      onCancel={close}
      footer={[
        <Button key="c" onClick={close}>{t('common.cancel')}</Button>,
        <Button key="s" type="primary" disabled={!preview?.accepted} loading={busy} onClick={save}>{t('plans.import.save')}</Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('plans.import.hint')}</Typography.Paragraph>
      <Upload accept=".xlsx" maxCount={1} showUploadList={false} beforeUpload={(f) => { void choose(f); return false; }}>
        <Button icon={<UploadOutlined />} loading={busy}>{t('plans.import.choose')}</Button>
      </Upload>
      {file && <Typography.Text style={{ marginLeft: 12 }}>{file.name}</Typography.Text>}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {preview && (
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
    </Modal>
  );
}
