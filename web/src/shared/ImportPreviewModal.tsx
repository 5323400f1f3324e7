import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';

/** The calls of an import that is previewed before anything is written. */
export interface ImportCalls<P, R> {
  /** Reads the file and answers what would be written, with errors by row and column; writes nothing. */
  preview(file: File): Promise<P>;
  /** Writes the whole file, or nothing when any row is wrong. */
  apply(file: File): Promise<R>;
  /** After a successful write (refresh lists, say how many). */
  onApplied(result: R): void;
}

/** State of a previewed import: the chosen file, its preview, the last error, and whether a call is under way. */
export function useImportPreview<P, R>(calls: ImportCalls<P, R>, onClose: () => void) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setFile(null);
    setPreview(null);
    setError(null);
    onClose();
  };
  const run = async (call: () => Promise<void>, onError?: () => void) => {
    setError(null);
    setBusy(true);
    try {
      await call();
    } catch (e) {
      onError?.();
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const choose = (f: File) => {
    setFile(f);
    return run(
      async () => setPreview(await calls.preview(f)),
      () => setPreview(null),
    );
  };
  const apply = () =>
    run(async () => {
      if (!file) return;
      calls.onApplied(await calls.apply(file));
      close();
    });
  return { file, preview, error, busy, choose, apply, close };
}

/**
 * The dialog of a previewed import: choose an .xlsx, see the preview the feature draws (children), write it
 * only when the feature says it may be written. State comes from useImportPreview.
 */
export function ImportPreviewModal<P>(props: {
  open: boolean;
  width: number;
  /** The dialog's words: title, hint above the file button, the buttons' labels. */
  texts: { title: string; hint: ReactNode; choose: string; cancel: string; apply: string };
  canApply: boolean;
  state: { file: File | null; preview: P | null; error: string | null; busy: boolean; choose(f: File): Promise<void>; apply(): Promise<void>; close(): void };
  children: (preview: P) => ReactNode;
}) {
  const { state } = props;
  return (
    <Modal
      open={props.open}
      width={props.width}
      title={props.texts.title}
      onCancel={state.close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={state.close}>
          {props.texts.cancel}
        </Button>,
        <Button key="apply" type="primary" disabled={!state.file || !props.canApply} loading={state.busy} onClick={() => void state.apply()}>
          {props.texts.apply}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{props.texts.hint}</Typography.Paragraph>
      <Upload
        accept=".xlsx"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          void state.choose(f);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={state.busy}>
          {props.texts.choose}
        </Button>
      </Upload>
      {state.file && <Typography.Text style={{ marginLeft: 12 }}>{state.file.name}</Typography.Text>}
      {state.error && <Alert type="error" showIcon title={state.error} style={{ marginTop: 12 }} />}
      {state.preview && props.children(state.preview)}
    </Modal>
  );
}
