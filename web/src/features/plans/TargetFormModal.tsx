import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { Target } from '../../../../contracts/plans';
import { ApiError, get, patch, post } from '../../api/client';
import { useLang, useT } from '../../i18n/core';

type TargetForm = { code: string; text: string; comparison: Target['comparison']; value: number; unit: Target['unit']; metricKey?: string; deadline?: Dayjs };
type MetricInfo = { key: string; label: { vi: string; en: string }; unit: '%' | 'count' };

/**
 * Adds a target to a plan or edits one (target given). Binding: a metric the system computes, or
 * none (the value is typed in later with evidence).
 */
export function TargetFormModal({ planId, target, open, onClose }: { planId: number; target: Target | null; open: boolean; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const [form] = Form.useForm<TargetForm>();
  const [error, setError] = useState<string | null>(null);
  const metrics = useQuery({ queryKey: ['metrics', 'list'], queryFn: () => get<MetricInfo[]>('/api/metrics'), enabled: open });
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (target) form.setFieldsValue({ ...target, metricKey: target.metricKey ?? undefined, deadline: target.deadline ? dayjs(target.deadline) : undefined });
  }, [open, target, form]);
  const save = useMutation({
    mutationFn: (v: TargetForm) => {
      const body = { ...v, metricKey: v.metricKey ?? null, deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null };
      return target ? patch<Target>(`/api/plan-targets/${target.id}`, body) : post<Target>(`/api/plans/${planId}/targets`, body);
    },
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['plans'] });
      onClose();
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  return (
    <Modal
      open={open}
      title={target ? t('target.edit') : t('target.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={600}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="target-form" layout="vertical" initialValues={{ comparison: '>=', unit: '%' }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="code" label={t('target.code')} rules={[{ required: true, message: 'Nhập mã chỉ tiêu.' }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="text" label={t('target.text')} rules={[{ required: true, min: 3, message: 'Nhập nội dung chỉ tiêu (ít nhất 3 ký tự).' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item label={t('target.value')} required style={{ marginBottom: 0 }}>
          <Form.Item name="comparison" style={{ display: 'inline-block', width: 90, marginRight: 8 }}>
            <Select
              aria-label={t('target.comparison')}
              options={['>=', '<=', '=', '>', '<'].map((c) => ({ value: c, label: c.replace('>=', '≥').replace('<=', '≤') }))}
            />
          </Form.Item>
          <Form.Item
            name="value"
            rules={[{ required: true, message: 'Nhập giá trị chỉ tiêu.' }]}
            style={{ display: 'inline-block', width: 140, marginRight: 8 }}
          >
            <InputNumber aria-label={t('target.value')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="unit" style={{ display: 'inline-block', width: 150 }}>
            <Select aria-label={t('target.unit')} options={(['%', 'count', 'yes-no'] as const).map((u) => ({ value: u, label: t(`target.unit.${u}`) }))} />
          </Form.Item>
        </Form.Item>
        <Form.Item name="metricKey" label={t('target.binding')} extra={t('target.binding.hint')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={metrics.isLoading}
            placeholder={t('target.typed')}
            options={(metrics.data ?? []).map((m) => ({ value: m.key, label: `${m.label[lang]} (${m.key})` }))}
          />
        </Form.Item>
        <Form.Item name="deadline" label={t('task.deadline')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
