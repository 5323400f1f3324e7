import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, DatePicker, Form, Input, Modal, Popconfirm, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Task } from '../../../../contracts/plans';
import { ApiError, post } from '../../api/client';
import { useT } from '../../i18n/core';
import { OUTCOME_COLORS, viDate } from './api';

type CancelForm = { reason: string; decisionNo?: string; decisionDate?: Dayjs };

/** The "Đã hủy" tag of a cancelled task, with the reason and decision on hover. */
export function CancelledTag({ task }: { task: Task }) {
  const t = useT();
  const c = task.cancellation;
  if (!c) return null;
  return (
    <Tag color="default" data-testid="task-cancelled" title={cancellationText(t, task)}>
      {t('task.cancelled')} {viDate(c.on)}
    </Tag>
  );
}

/** The task's outcome class, or "Đã hủy" for a cancelled task (it has left the counts). */
export function TaskOutcomeTag({ task }: { task: Task }) {
  const t = useT();
  if (task.cancellation) return <CancelledTag task={task} />;
  return (
    <Tag color={OUTCOME_COLORS[task.outcome]} data-testid="task-outcome">
      {t(`outcome.${task.outcome}`)}
    </Tag>
  );
}

/** One line on a cancelled task: when, why, and by which adjusting decision. */
export function cancellationText(t: ReturnType<typeof useT>, task: Task): string {
  const c = task.cancellation;
  if (!c) return '';
  const on = c.decisionDate ? ` ${t('task.cancelDecisionOn', { date: viDate(c.decisionDate) })}` : '';
  const decision = c.decisionNo ? ` — ${t('task.cancelDecision', { no: c.decisionNo })}${on}` : '';
  return `${t('task.cancelledOn', { date: viDate(c.on) })}: ${c.reason}${decision}`;
}

function useTaskAction(onDone: () => void, okMessage: string) {
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  return (mutationFn: () => Promise<Task>, onError: (e: unknown) => void) => ({
    mutationFn,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      qc.invalidateQueries({ queryKey: ['my-tasks'] });
      message.success(okMessage);
      onDone();
    },
    onError,
  });
}

/**
 * "Hủy nhiệm vụ" (with the reason and the adjusting decision) or "Khôi phục" for a cancelled task.
 * Shown to those who may edit the task; the server checks the same right.
 */
export function TaskCancelActions({ task }: { task: Task }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<CancelForm>();
  const close = () => {
    setOpen(false);
    setError(null);
    form.resetFields();
  };
  const cancel = useMutation(
    useTaskAction(close, t('task.cancelledDone'))(
      () => {
        const v = form.getFieldsValue();
        return post<Task>(`/api/tasks/${task.id}/cancel`, {
          reason: v.reason,
          decisionNo: v.decisionNo || null,
          decisionDate: v.decisionDate ? v.decisionDate.format('YYYY-MM-DD') : null,
        });
      },
      (e) => setError(e instanceof ApiError ? e.message : String(e)),
    ),
  );
  const restore = useMutation(
    useTaskAction(() => undefined, t('task.restored'))(
      () => post<Task>(`/api/tasks/${task.id}/restore`, {}),
      (e) => message.error(e instanceof ApiError ? e.message : String(e)),
    ),
  );
  if (task.cancellation) {
    return (
      <Popconfirm title={t('task.restoreConfirm')} okText={t('task.restore')} cancelText={t('common.cancel')} onConfirm={() => restore.mutate()}>
        <Button loading={restore.isPending}>{t('task.restore')}</Button>
      </Popconfirm>
    );
  }
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('task.cancel')}
      </Button>
      <Modal
        open={open}
        title={t('task.cancelTitle')}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('task.cancel')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={cancel.isPending}
        destroyOnHidden
      >
        <Alert type="info" showIcon title={t('task.cancelHint')} style={{ marginBottom: 12 }} />
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} name="task-cancel" layout="vertical" onFinish={() => cancel.mutate()}>
          <Form.Item
            name="reason"
            label={t('task.cancelReason')}
            rules={[{ required: true, min: 5, whitespace: true, message: t('task.cancelReasonRequired') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="decisionNo" label={t('task.cancelDecisionNo')}>
            <Input placeholder="123/QĐ-SGDĐT" />
          </Form.Item>
          <Form.Item name="decisionDate" label={t('task.cancelDecisionDate')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
