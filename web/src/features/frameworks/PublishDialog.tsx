// Publishing a reviewed import as a version carrying its decision: number, date, period, and the version it amends.
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import type { FrameworkImportDetail, PublishImportRequest } from '../../../../contracts/framework-imports';
import type { FrameworkDetail } from '../../../../contracts/frameworks';
import { useT } from '../../i18n/core';
import { importCalls } from './import-api';

type Props = { detail: FrameworkImportDetail; onClose: () => void; onPublished: (d: FrameworkDetail) => void };
type Values = { decisionNumber: string; decisionDate: string; effectiveFrom: string; effectiveTo?: string; amendsVersion?: number | null };

const DATE = { pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'Ngày có dạng YYYY-MM-DD.' };

/** The decision form; the server refuses while the draft still has problems and says which. */
export function PublishDialog({ detail, onClose, onPublished }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const publish = useMutation({
    mutationFn: (v: Values) => {
      const body: PublishImportRequest = { ...v, effectiveTo: v.effectiveTo || null, amendsVersion: v.amendsVersion ?? null };
      return importCalls.publish(detail.id, body);
    },
    onSuccess: (d) => {
      void message.success(t('fi.published', { code: d.code, version: d.version }));
      onPublished(d);
    },
    onError: (e: Error) => message.error(e.message),
  });
  return (
    <Modal
      open
      title={t('fi.publish')}
      onCancel={onClose}
      okText={t('fi.publish')}
      okButtonProps={{ htmlType: 'submit', form: 'fi-publish' }}
      confirmLoading={publish.isPending}
    >
      <Form
        id="fi-publish"
        layout="vertical"
        initialValues={{ effectiveFrom: `${detail.year}-01-01`, amendsVersion: detail.existingVersions.at(-1) ?? null }}
        onFinish={(v: Values) => publish.mutate(v)}
      >
        <Form.Item name="decisionNumber" label={t('fi.decisionNumber')} rules={[{ required: true, message: 'Nhập số quyết định (ví dụ 3087/QĐ-UBND).' }]}>
          <Input placeholder="3087/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('fi.decisionDate')} rules={[{ required: true, message: 'Nhập ngày ký.' }, DATE]}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('fi.effectiveFrom')} rules={[{ required: true }, DATE]}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="effectiveTo" label={t('fi.effectiveTo')} rules={[DATE]}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="amendsVersion" label={t('fi.amends')}>
          <Select
            options={[{ value: null, label: t('fi.amendsNone') }, ...detail.existingVersions.map((v) => ({ value: v, label: `${detail.code} v${v}` }))]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
