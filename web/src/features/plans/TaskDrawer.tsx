import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, DatePicker, Popconfirm, Space, Descriptions, Drawer, Form, Input, InputNumber, List, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Task } from '../../../../contracts/plans';
import { api, ApiError, del, get, post } from '../../api/client';
import { useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { areaLabel, viDate } from './api';
import { cancellationText, TaskCancelActions, TaskOutcomeTag } from './TaskCancel';
import { TaskFormModal } from './TaskFormModal';

type Detail = {
  task: Task;
  updates: Array<{
    id: number;
    kind: string;
    progress: number | null;
    note: string;
    files: Array<{ id: string; name: string }>;
    unitName: string;
    userName: string;
    createdAt: string;
  }>;
};
type UpdateForm = { progress?: number; doneOn?: Dayjs; note?: string; doneProduct?: string };

/** A task with its history; the lead unit reports progress (100% with the date done), coordinating units add notes; both attach evidence. */
export function TaskDrawer({ taskId, onClose }: { taskId: number | null; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const { data: me } = useMe();
  const detail = useQuery({ queryKey: ['plans', 'task', taskId], queryFn: () => get<Detail>(`/api/tasks/${taskId}`), enabled: taskId !== null });
  const [form] = Form.useForm<UpdateForm>();
  const [files, setFiles] = useState<Array<{ id: string; name: string }>>([]);
  const [error, setError] = useState<string | null>(null);
  const progress = Form.useWatch('progress', form);
  const [editing, setEditing] = useState(false);
  const task = detail.data?.task;
  const save = useMutation({
    mutationFn: (v: UpdateForm) =>
      post<Task>(`/api/tasks/${taskId}/updates`, {
        progress: task?.canUpdate ? v.progress : undefined,
        doneOn: v.progress === 100 && v.doneOn ? v.doneOn.format('YYYY-MM-DD') : undefined,
        doneProduct: v.doneProduct || undefined,
        note: v.note ?? '',
        fileIds: files.map((f) => f.id),
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      qc.invalidateQueries({ queryKey: ['my-tasks'] });
      message.success(t('task.saved'));
      form.resetFields();
      setFiles([]);
      setError(null);
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const remove = useMutation({
    mutationFn: () => del<void>(`/api/tasks/${taskId}`),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      qc.invalidateQueries({ queryKey: ['my-tasks'] });
      message.success(t('task.deleted'));
      onClose();
    },
    onError: (e) => message.error(e instanceof ApiError ? e.message : String(e)),
  });
  const upload = async (file: File) => {
    const data = new FormData();
    data.append('unitId', String(task?.canUpdate ? task.leadUnitId : me?.unit.id));
    data.append('purpose', 'evidence');
    data.append('file', file);
    try {
      const stored = await api<{ id: string; name: string }>('POST', '/api/files', data);
      setFiles((list) => [...list, { id: stored.id, name: stored.name }]);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Drawer
      open={taskId !== null}
      onClose={onClose}
      size="large"
      title={task ? `${task.no ? task.no + '. ' : ''}${task.content.slice(0, 80)}` : ''}
      destroyOnHidden
    >
      <QueryState isLoading={detail.isLoading} error={detail.error} onRetry={() => detail.refetch()}>
        {task && (
          <>
            {task.canEdit && (
              <Space style={{ marginBottom: 12 }}>
                <Button onClick={() => setEditing(true)}>{t('task.edit')}</Button>
                <TaskCancelActions task={task} />
                <Popconfirm title={t('task.deleteConfirm')} okText={t('plans.delete')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate()}>
                  <Button danger loading={remove.isPending}>
                    {t('plans.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            )}
            {task.cancellation && (
              <Alert type="warning" showIcon data-testid="task-cancellation" title={cancellationText(t, task)} style={{ marginBottom: 12 }} />
            )}
            <TaskFormModal plan={{ id: task.planId, year: task.planYear }} task={task} open={editing} onClose={() => setEditing(false)} />
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('task.content')}>{task.content}</Descriptions.Item>
              <Descriptions.Item label={t('task.area')}>{areaLabel(task.areaKey, t.lang)}</Descriptions.Item>
              <Descriptions.Item label={t('task.lead')}>{task.leadUnitName}</Descriptions.Item>
              <Descriptions.Item label={t('task.coord')}>{task.coordinatingUnitNames.join(', ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('task.time')}>{`${task.timeFrameLabel} (${t('task.deadline')}: ${viDate(task.deadline)})`}</Descriptions.Item>
              <Descriptions.Item label={t('task.product')}>{task.product ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('task.source')}>{t(`task.source.${task.source}`)}</Descriptions.Item>
              <Descriptions.Item label={t('task.priority')}>{t(`task.priority.${task.priority}`)}</Descriptions.Item>
              <Descriptions.Item
                label={t('task.progress')}
              >{`${task.progress}%${task.doneOn ? ` — ${t('task.doneOn')} ${viDate(task.doneOn)}` : ''}`}</Descriptions.Item>
              <Descriptions.Item label={t('task.outcome')}>
                <TaskOutcomeTag task={task} />
              </Descriptions.Item>
            </Descriptions>
            {(task.canUpdate || task.canNote) && (
              <Form form={form} name="task-update" layout="vertical" style={{ marginTop: 16 }} onFinish={(v) => save.mutate(v)}>
                <Typography.Title level={5}>{task.canUpdate ? t('task.update') : t('task.addNote')}</Typography.Title>
                {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
                {task.canUpdate && (
                  <Form.Item name="progress" label={`${t('task.progress')} (%)`}>
                    <InputNumber min={0} max={100} />
                  </Form.Item>
                )}
                {task.canUpdate && progress === 100 && (
                  <>
                    <Form.Item name="doneOn" label={t('task.doneOn')} rules={[{ required: true, message: 'Nhập ngày hoàn thành.' }]}>
                      <DatePicker format="DD/MM/YYYY" />
                    </Form.Item>
                    <Form.Item name="doneProduct" label={t('task.doneProduct')}>
                      <Input />
                    </Form.Item>
                  </>
                )}
                <Form.Item name="note" label={t('task.note')}>
                  <Input.TextArea rows={3} />
                </Form.Item>
                <Form.Item label={t('task.evidence')}>
                  <Upload
                    showUploadList={false}
                    beforeUpload={(f) => {
                      void upload(f);
                      return false;
                    }}
                  >
                    <Button icon={<UploadOutlined />}>{t('task.upload')}</Button>
                  </Upload>
                  {files.map((f) => (
                    <div key={f.id}>
                      <PaperClipOutlined /> {f.name}
                    </div>
                  ))}
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Form>
            )}
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('task.history')}
            </Typography.Title>
            <List
              size="small"
              dataSource={detail.data?.updates ?? []}
              locale={{ emptyText: t('common.empty') }}
              renderItem={(u) => (
                <List.Item>
                  <div>
                    <b>{new Date(u.createdAt).toLocaleString('vi-VN')}</b> — {u.userName} ({u.unitName}){u.progress !== null ? ` — ${u.progress}%` : ''}
                    {u.note && <div>{u.note}</div>}
                    {u.files.map((f) => (
                      <div key={f.id}>
                        <a href={`/api/files/${f.id}/download`}>
                          <PaperClipOutlined /> {f.name}
                        </a>
                      </div>
                    ))}
                  </div>
                </List.Item>
              )}
            />
          </>
        )}
      </QueryState>
    </Drawer>
  );
}
