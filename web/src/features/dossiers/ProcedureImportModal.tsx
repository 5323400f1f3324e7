import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Modal, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import type { ProcedureImportReport } from '../../../../contracts/dossiers';
import { api, ApiError } from '../../api/client';
import { useT } from '../../i18n/core';

const form = (file: File, apply: boolean) => {
  const data = new FormData();
  data.append('apply', String(apply)); // before the file: the server reads fields that precede it
  data.append('file', file);
  return data;
};

/** Import of the catalogue workbook: previewed (what changes, errors by row and column), written only when all of it is accepted. */
export function ProcedureImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ProcedureImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setFile(null);
    setPreview(null);
    setError(null);
    onClose();
  };
  const send = async (f: File, apply: boolean) => {
    setError(null);
    setBusy(true);
    try {
      const report = await api<ProcedureImportReport>('POST', '/api/procedures/import', form(f, apply));
      if (apply) {
        void qc.invalidateQueries({ queryKey: ['procedures'] });
        message.success(t('procedures.import.done', { n: report.rows.filter((r) => r.action !== 'unchanged').length }));
        close();
      } else setPreview(report);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const changes = preview?.rows.filter((r) => r.action !== 'unchanged') ?? [];
  return (
    <Modal open={open} title={t('procedures.import.title')} onCancel={close} width={820} destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>{t('procedures.cancel')}</Button>,
        <Button key="apply" type="primary" loading={busy} disabled={!file || !preview || preview.problems.length > 0 || changes.length === 0} onClick={() => file && send(file, true)}>
          {t('procedures.import.apply', { n: changes.length })}
        </Button>,
      ]}>
      <p>{t('procedures.import.hint')}</p>
      <Upload accept=".xlsx" maxCount={1} showUploadList={false} beforeUpload={(f) => { setFile(f); void send(f, false); return false; }}>
        <Button icon={<UploadOutlined />} loading={busy}>{file ? file.name : t('procedures.import.choose')}</Button>
      </Upload>
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} />}
      {preview && preview.problems.length > 0 && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('procedures.import.problems', { n: preview.problems.length })}
          description={<ul style={{ margin: 0 }}>{preview.problems.map((p) => <li key={p.message}>{p.message}</li>)}</ul>} />
      )}
      {preview && (
        <Table rowKey="row" size="small" style={{ marginTop: 12 }} pagination={{ pageSize: 8 }} dataSource={preview.rows} columns={[
          { title: t('procedures.import.row'), dataIndex: 'row', width: 60 },
          { title: 'Mã', dataIndex: 'code', width: 100 },
          { title: t('dossiers.procedure'), dataIndex: 'name' },
          { title: t('procedures.import.action'), dataIndex: 'action', width: 120, render: (a: string) => <Tag color={a === 'create' ? 'green' : a === 'update' ? 'blue' : undefined}>{t(`procedures.import.${a}`)}</Tag> },
        ]} />
      )}
    </Modal>
  );
}
