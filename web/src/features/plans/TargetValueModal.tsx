import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Modal, Upload } from 'antd';
import { useState } from 'react';
import type { Target } from '../../../../contracts/plans';
import { api, ApiError, put } from '../../api/client';
import { useMe } from '../../auth/use-me';
import { useT } from '../../i18n/core';

/** Types in the actual value of a target the system does not compute, always with an evidence file. */
export function TargetValueModal({ target, onClose }: { target: Target | null; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { data: me } = useMe();
  const [form] = Form.useForm<{ value: number; note?: string }>();
  const [file, setFile] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: { value: number; note?: string }) =>
      put<Target>(`/api/plan-targets/${target!.id}/value`, { value: v.value, note: v.note ?? '', evidenceFileId: file?.id }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      setFile(null);
      setError(null);
      onClose();
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const upload = async (f: File) => {
    const data = new FormData();
    data.append('unitId', String(me?.unit.id));
    data.append('purpose', 'evidence');
    data.append('file', f);
    try {
      setFile(await api<{ id: string; name: string }>('POST', '/api/files', data));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Modal
      open={target !== null}
      title={target?.text}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name="target-value"
        layout="vertical"
        initialValues={{ value: target?.typedValue ?? undefined, note: target?.typedNote ?? '' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="value"
          label={`${t('target.actual')}${target?.unit === '%' ? ' (%)' : ''}`}
          rules={[{ required: true, message: 'Nhập số liệu thực tế.' }]}
        >
          <InputNumber />
        </Form.Item>
        <Form.Item name="note" label={t('task.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t('task.evidence')} required>
          <Upload
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('task.upload')}</Button>
          </Upload>
          {file && (
            <div>
              <PaperClipOutlined /> {file.name}
            </div>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
