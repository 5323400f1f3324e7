import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space, Upload } from 'antd';
import { useState } from 'react';
import type { FeedbackDetail } from '../../../../contracts/citizen-feedback';
import { ApiError, api } from '../../api/client';
import { useMe } from '../../auth/use-me';
import { useT } from '../../i18n/core';

const MAX_FILES = 5;

/**
 * The unit's answer with up to five files, uploaded through POST /api/files under the handling unit
 * (so the same unit may later edit the answer); the files become public once the answer is published.
 */
export function AnswerForm({
  f,
  pending,
  onAnswer,
  onError,
}: {
  f: FeedbackDetail;
  pending: boolean;
  onAnswer: (body: { answer: string; attachmentIds: string[] }) => void;
  onError: (message: string) => void;
}) {
  const t = useT();
  const { data: me } = useMe();
  // Files already on the answer keep their ids; their names are not in the detail, so they are numbered.
  const [files, setFiles] = useState<Array<{ id: string; name: string }>>(
    f.answerAttachmentIds.map((id, i) => ({ id, name: `${t('citizen.fb.answerFile')} ${i + 1}` })),
  );
  const [uploading, setUploading] = useState(false);
  const upload = async (file: File) => {
    const data = new FormData();
    data.append('unitId', String(f.assignedUnitId ?? me?.unit.id));
    data.append('purpose', 'feedback-answer');
    data.append('file', file);
    setUploading(true);
    try {
      const stored = await api<{ id: string; name: string }>('POST', '/api/files', data);
      setFiles((list) => [...list, { id: stored.id, name: stored.name }]);
    } catch (e) {
      onError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setUploading(false);
    }
  };
  return (
    <Card size="small" title={t('citizen.fb.answerAction')}>
      <Form
        layout="vertical"
        initialValues={{ answer: f.answer ?? '' }}
        onFinish={(v: { answer: string }) => onAnswer({ answer: v.answer, attachmentIds: files.map((x) => x.id) })}
      >
        <Form.Item name="answer" label={t('citizen.fb.answer')} rules={[{ required: true, message: t('citizen.fb.answer') }]}>
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
        <Form.Item label={t('citizen.fb.answerFiles')} extra={t('citizen.fb.answerFilesHint')}>
          <Space direction="vertical">
            {files.map((x) => (
              <Space key={x.id}>
                <PaperClipOutlined />
                <a href={`/api/feedback/${f.id}/attachments/${x.id}`}>{x.name}</a>
                <Button size="small" type="link" danger onClick={() => setFiles((list) => list.filter((y) => y.id !== x.id))}>
                  {t('citizen.fb.removeFile')}
                </Button>
              </Space>
            ))}
            <Upload showUploadList={false} disabled={files.length >= MAX_FILES} beforeUpload={(file) => (void upload(file), false)}>
              <Button icon={<UploadOutlined />} loading={uploading} disabled={files.length >= MAX_FILES} data-testid="answer-upload">
                {t('citizen.fb.addFile')}
              </Button>
            </Upload>
          </Space>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('citizen.fb.answerAction')}
        </Button>
      </Form>
    </Card>
  );
}
