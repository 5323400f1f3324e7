import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import type { DossierDetail } from '../../../../contracts/dossiers';
import { post } from '../../api/client';
import { useT } from '../../i18n/core';
import { vietnamTodayPicker } from '../../shared/today-picker';
import { useProcedures } from './api';

interface ReceiveValues {
  procedureId: number;
  channel: number;
  applicantName: string;
  applicantPhone: string;
  receivedOn: dayjs.Dayjs;
  outcome: 'receive' | 'reject';
  rejectionReason?: string;
}

/**
 * The one-stop receipt form: procedure, channel, applicant and date; the server computes code and due date.
 * After checking the papers the officer may refuse the dossier with a reason instead (form 03 in the drawer).
 */
export function ReceiveDossierModal({ open, onClose, onReceived }: { open: boolean; onClose: () => void; onReceived: (d: DossierDetail) => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const outcome = Form.useWatch('outcome', form);
  const procedures = useProcedures(open);
  const receive = useMutation({
    mutationFn: ({ outcome, rejectionReason, ...v }: ReceiveValues) =>
      post<DossierDetail>('/api/dossiers', { ...v, receivedOn: v.receivedOn.format('YYYY-MM-DD'), ...(outcome === 'reject' ? { rejectionReason } : {}) }),
    onSuccess: (d) => {
      qc.invalidateQueries({ queryKey: ['dossiers'] });
      form.resetFields();
      onReceived(d);
    },
  });
  return (
    <Modal
      open={open}
      title={t('dossiers.receive')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('dossiers.save')}
      confirmLoading={receive.isPending}
      destroyOnHidden
    >
      {receive.error && <Alert type="error" showIcon title={(receive.error as Error).message} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ channel: 1, receivedOn: vietnamTodayPicker(), outcome: 'receive' }}
        onFinish={(v) => receive.mutate(v)}
      >
        <Form.Item name="procedureId" label={t('dossiers.procedure')} rules={[{ required: true }]}>
          <Select
            showSearch
            loading={procedures.isLoading}
            optionFilterProp="label"
            options={(procedures.data ?? []).map((p) => ({ value: p.id, label: `${p.code} – ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('dossiers.channel')} rules={[{ required: true }]}>
          <Select options={[1, 2, 3].map((c) => ({ value: c, label: t(`dossiers.channel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="applicantName" label={t('dossiers.applicant')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="applicantPhone" label={t('dossiers.phone')} rules={[{ required: true, pattern: /^[0-9+ .-]{8,20}$/ }]}>
          <Input />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('dossiers.receivedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="outcome" label={t('dossiers.outcome')}>
          <Radio.Group options={(['receive', 'reject'] as const).map((o) => ({ value: o, label: t(`dossiers.outcome.${o}`) }))} />
        </Form.Item>
        {outcome === 'reject' && (
          <Form.Item name="rejectionReason" label={t('dossiers.rejectionReason')} rules={[{ required: true, min: 5 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
