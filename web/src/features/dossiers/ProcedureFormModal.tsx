import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import type { CreateProcedureRequest, Procedure } from '../../../../contracts/dossiers';
import { api } from '../../api/client';
import { useT } from '../../i18n/core';
import { useOrgUnits } from '../../shared/use-org-units';

interface Values extends Omit<CreateProcedureRequest, 'workingDays' | 'workingHours' | 'steps'> {
  amount: number;
  unit: 'days' | 'hours';
}

/** Adds a procedure (procedure null) or edits one; the time is in working days or in working hours, never both. */
export function ProcedureFormModal({ procedure, open, onClose }: { procedure: Procedure | null; open: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const units = useOrgUnits();
  const [form] = Form.useForm<Values>();
  const fee = Form.useWatch('fee', form) ?? 0;
  const onlineLevel = Form.useWatch('onlineLevel', form);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (procedure)
      form.setFieldsValue({
        ...procedure,
        amount: procedure.workingHours ?? procedure.workingDays ?? 1,
        unit: procedure.workingHours != null ? 'hours' : 'days',
      });
  }, [open, procedure, form]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const { amount, unit, ...rest } = v;
      // A switch hidden by a free fee or a fully online level keeps its old state; send what it means.
      const flags = { onlinePayment: rest.fee > 0 && rest.onlinePayment, fullyOnlineEligible: rest.onlineLevel === 'full' || rest.fullyOnlineEligible };
      const body = {
        ...rest,
        ...flags,
        workingDays: unit === 'days' ? amount : null,
        workingHours: unit === 'hours' ? amount : null,
        steps: procedure?.steps ?? [],
      };
      return procedure ? api<Procedure>('PUT', `/api/procedures/${procedure.id}`, body) : api<Procedure>('POST', '/api/procedures', body);
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['procedures'] });
      message.success(t('procedures.saved'));
      onClose();
    },
    onError: (e: Error) => message.error(e.message),
  });
  const option = (prefix: string, keys: string[]) => keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));
  return (
    <Modal
      open={open}
      title={procedure ? t('procedures.edit') : t('procedures.add')}
      okText={t('dossiers.save')}
      cancelText={t('procedures.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{
          level: 'province',
          onlineLevel: 'partial',
          channels: [1, 2, 3],
          fee: 0,
          unit: 'days',
          amount: 5,
          published: true,
          legacyLevel: null,
          onlinePayment: false,
          fullyOnlineEligible: true,
        }}
      >
        <Form.Item name="code" label={t('procedures.code')} rules={[{ required: true, message: t('procedures.required.code') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('dossiers.procedure')} rules={[{ required: true, min: 3, message: t('procedures.required.name') }]}>
          <Input.TextArea autoSize />
        </Form.Item>
        <Form.Item name="field" label={t('procedures.field')} rules={[{ required: true, message: t('procedures.required.field') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={t('dossiers.unit')} rules={[{ required: true, message: t('procedures.required.unit') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={units.isLoading}
            options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item label={t('procedures.time')} required style={{ marginBottom: 0 }}>
          <Form.Item
            name="amount"
            rules={[{ required: true, message: t('procedures.required.time') }]}
            style={{ display: 'inline-block', width: 120, marginRight: 8 }}
          >
            <InputNumber aria-label={t('procedures.time')} min={1} />
          </Form.Item>
          <Form.Item name="unit" style={{ display: 'inline-block', width: 200 }}>
            <Select aria-label={t('procedures.timeUnit')} options={option('procedures.timeUnit', ['days', 'hours'])} />
          </Form.Item>
        </Form.Item>
        <Form.Item name="level" label={t('procedures.level')}>
          <Select options={option('procedures.level', ['province', 'district', 'commune'])} />
        </Form.Item>
        <Form.Item name="fee" label={t('procedures.fee')}>
          <InputNumber min={0} step={1000} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="onlineLevel" label={t('procedures.online')}>
          <Select options={option('procedures.online', ['full', 'partial', 'none'])} />
        </Form.Item>
        <Form.Item name="legacyLevel" label={t('procedures.legacy')}>
          <Input />
        </Form.Item>
        <Form.Item name="channels" label={t('dossiers.channel')} rules={[{ required: true, message: t('procedures.required.channels') }]}>
          <Select mode="multiple" options={[1, 2, 3].map((c) => ({ value: c, label: t(`dossiers.channel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="published" label={t('procedures.published')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="onlinePayment"
          label={t('procedures.onlinePayment')}
          valuePropName="checked"
          extra={fee > 0 ? undefined : t('procedures.onlinePayment.free')}
        >
          <Switch disabled={!(fee > 0)} />
        </Form.Item>
        <Form.Item
          name="fullyOnlineEligible"
          label={t('procedures.eligible')}
          valuePropName="checked"
          extra={onlineLevel === 'full' ? t('procedures.eligible.full') : t('procedures.eligible.hint')}
        >
          <Switch disabled={onlineLevel === 'full'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
