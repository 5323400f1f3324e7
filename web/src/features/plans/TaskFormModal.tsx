import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import type { Plan, Task } from '../../../../contracts/plans';
import { ApiError, post } from '../../api/client';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../admin/use-org-units';
import { AREA_OPTIONS } from './api';

type TaskForm = { content: string; areaKey: string; leadUnitId: number; coordinatingUnitIds: number[]; timeFrame: string; product?: string; source: string; priority: string };

/** Adds one task to a plan; the time frame is typed as people write it ("Quý II/2025", "Thường xuyên"). */
export function TaskFormModal({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const units = useOrgUnits();
  const tree = toUnitTree(units.data ?? []);
  const [form] = Form.useForm<TaskForm>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: TaskForm) => post<Task>(`/api/plans/${plan.id}/tasks`, { ...v, product: v.product || null }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      form.resetFields();
      onClose();
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  return (
    <Modal open={open} title={t('task.add')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isPending} width={640}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ source: 'self', priority: 'normal', coordinatingUnitIds: [], timeFrame: `Cả năm ${plan.year}` }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="content" label={t('task.content')} rules={[{ required: true, min: 3, message: 'Nhập nội dung nhiệm vụ (ít nhất 3 ký tự).' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="areaKey" label={t('task.area')} rules={[{ required: true, message: 'Chọn lĩnh vực CCHC.' }]}>
          <Select options={AREA_OPTIONS} />
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
