import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import type { Task } from '../../../../contracts/plans';
import { ApiError, patch, post } from '../../api/client';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { useAreaOptions } from './api';

type TaskForm = {
  content: string;
  areaKey: string;
  leadUnitId: number;
  coordinatingUnitIds: number[];
  timeFrame: string;
  product?: string;
  source: string;
  priority: string;
};

/**
 * Adds one task to a plan, or edits one (task given); the time frame is typed as people write it
 * ("Quý II/2025", "Thường xuyên").
 */
export function TaskFormModal({ plan, task, open, onClose }: { plan: { id: number; year: number }; task?: Task; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const units = useOrgUnits();
  const areaOptions = useAreaOptions();
  const tree = toUnitTree(units.data ?? []);
  const [form] = Form.useForm<TaskForm>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open || !task) return;
    setError(null);
    form.setFieldsValue({ ...task, timeFrame: task.timeFrameText, product: task.product ?? undefined });
  }, [open, task, form]);
  const save = useMutation({
    mutationFn: (v: TaskForm) => {
      if (!task) return post<Task>(`/api/plans/${plan.id}/tasks`, { ...v, product: v.product || null });
      // Coordinating units are sent only when changed: sending them replaces the cell printed at import.
      const { coordinatingUnitIds, ...rest } = v;
      return patch<Task>(`/api/tasks/${task.id}`, {
        ...rest,
        product: v.product || null,
        ...(form.isFieldTouched('coordinatingUnitIds') ? { coordinatingUnitIds } : {}),
      });
    },
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      form.resetFields();
      onClose();
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  return (
    <Modal
      open={open}
      title={task ? t('task.edit') : t('task.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={640}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name={task ? `task-edit-${task.id}` : 'task-add'}
        layout="vertical"
        initialValues={{ source: 'self', priority: 'normal', coordinatingUnitIds: [], timeFrame: `Cả năm ${plan.year}` }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="content" label={t('task.content')} rules={[{ required: true, min: 3, message: 'Nhập nội dung nhiệm vụ (ít nhất 3 ký tự).' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="areaKey" label={t('task.area')} rules={[{ required: true, message: 'Chọn lĩnh vực CCHC.' }]}>
          <Select options={areaOptions} />
        </Form.Item>
        <Form.Item name="leadUnitId" label={t('task.lead')} rules={[{ required: true, message: 'Chọn đơn vị chủ trì.' }]}>
          <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
        <Form.Item name="coordinatingUnitIds" label={t('task.coord')}>
          <TreeSelect treeData={tree} multiple showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
        <Form.Item name="timeFrame" label={t('task.time')} extra="Ví dụ: 15/03/2025, Tháng 6/2025, Quý II/2025, Cả năm 2025, Thường xuyên">
          <Input />
        </Form.Item>
        <Form.Item name="product" label={t('task.product')}>
          <Input />
        </Form.Item>
        <Form.Item name="source" label={t('task.source')}>
          <Select options={['self', 'city', 'ministry'].map((s) => ({ value: s, label: t(`task.source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="priority" label={t('task.priority')}>
          <Select options={['high', 'normal', 'low'].map((s) => ({ value: s, label: t(`task.priority.${s}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
