import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { INITIATIVE_LEVEL_LABELS } from '../../../../contracts/reports-inspections';
import { post, put } from '../../api/client';
import { useT } from '../../i18n/core';
import { useOrgUnits } from '../../shared/use-org-units';
import { vietnamYear } from '../../shared/today';
import { useReportTemplates } from './api';

const KINDS = ['quarter-1', 'six-month', 'quarter-3', 'yearly'] as const;

/** Form in a modal: posts the values, refreshes the lists, shows the server's Vietnamese error. */
function useSubmit(invalidate: string[], onDone: () => void) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const t = useT();
  return useMutation({
    mutationFn: (call: () => Promise<unknown>) => call(),
    onSuccess: () => {
      for (const key of invalidate) void qc.invalidateQueries({ queryKey: [key] });
      message.success(t('frm.saved'));
      onDone();
    },
    onError: (e: Error) => message.error(e.message),
  });
}

function UnitSelect({
  multiple,
  ...props
}: {
  value?: number | number[];
  onChange?: (v: number | number[]) => void;
  multiple?: boolean;
  'aria-label'?: string;
}) {
  const units = useOrgUnits();
  return (
    <Select<number | number[]>
      {...props}
      mode={multiple ? 'multiple' : undefined}
      showSearch
      optionFilterProp="label"
      loading={units.isLoading}
      options={(units.data ?? []).filter((u) => u.parentId !== null && u.active).map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}

/** A button that opens a vertical form in a dialog; "Lưu" sends it through `onSubmit`, refreshes `invalidate` and closes. */
function FormDialogButton<V>(props: {
  label: string;
  button?: ButtonProps;
  invalidate: string[];
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<unknown>;
  children: ReactNode;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const submit = useSubmit(props.invalidate, () => setOpen(false));
  return (
    <>
      <Button {...props.button} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal open={open} title={props.label} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Form<V> layout="vertical" initialValues={props.initialValues} onFinish={(v) => submit.mutate(() => props.onSubmit(v))}>
          {props.children}
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('frm.save')}
          </Button>
        </Form>
      </Modal>
    </>
  );
}

/** The Office opens a reporting window; dates default to the seed-003 calendar. */
export function OpenWindowButton({ year }: { year: number }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const units = useOrgUnits();
  const templates = useReportTemplates(open);
  const submit = useSubmit(['report-windows'], () => setOpen(false));
  const allUnits = (units.data ?? []).filter((u) => u.parentId !== null && u.active).map((u) => u.id);
  return (
    <>
      <Button type="primary" onClick={() => (form.setFieldsValue({ year, kind: 'quarter-1', unitIds: allUnits }), setOpen(true))}>
        {t('frm.openWindow')}
      </Button>
      <Modal
        open={open}
        title={t('frm.openWindow')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={submit.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            submit.mutate(() =>
              post('/api/reports/windows', {
                kind: v.kind,
                year: v.year,
                templateId: v.templateId,
                unitIds: v.unitIds,
                deadline: v.deadline?.format('YYYY-MM-DD'),
              }),
            )
          }
        >
          <Form.Item name="kind" label={t('rp.window')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`frm.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="year" label={t('rp.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="templateId" label={t('frm.template')} rules={[{ required: true, message: t('frm.templateRequired') }]}>
            <Select loading={templates.isLoading} options={(templates.data ?? []).map((tp) => ({ value: tp.id, label: `${tp.name} (v${tp.version})` }))} />
          </Form.Item>
          <Form.Item name="deadline" label={t('frm.deadlineOptional')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="unitIds" label={t('frm.units')} rules={[{ required: true }]}>
            <UnitSelect multiple />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The Office adds a unit to the year's inspection plan. */
export function PlanInspectionButton({ year }: { year: number }) {
  const t = useT();
  return (
    <FormDialogButton
      label={t('frm.planInspection')}
      button={{ type: 'primary' }}
      invalidate={['inspections']}
      onSubmit={(v: { unitId: number; plannedOn?: Dayjs; team?: string }) =>
        post('/api/inspections', { year, unitId: v.unitId, plannedOn: v.plannedOn?.format('YYYY-MM-DD'), team: v.team ?? '' })
      }
    >
      <Form.Item name="unitId" label={t('rp.unit')} rules={[{ required: true }]}>
        <UnitSelect aria-label={t('rp.unit')} />
      </Form.Item>
      <Form.Item name="plannedOn" label={t('ins.planned')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="team" label={t('ins.team')}>
        <Input />
      </Form.Item>
    </FormDialogButton>
  );
}

/** The Office records an inspection's result; each recommendation line becomes a follow-up of the unit. */
export function RecordInspectionButton({ id }: { id: number }) {
  const t = useT();
  return (
    <FormDialogButton
      label={t('frm.record')}
      button={{ size: 'small' }}
      invalidate={['inspections']}
      onSubmit={(v: { inspectedOn?: Dayjs; team: string; findings: string; recommendations?: string; dueOn?: Dayjs }) =>
        put(`/api/inspections/${id}/result`, {
          inspectedOn: v.inspectedOn?.format('YYYY-MM-DD'),
          team: v.team,
          findings: v.findings,
          recommendations: String(v.recommendations ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean)
            .map((text) => ({ text, dueOn: v.dueOn?.format('YYYY-MM-DD') ?? null })),
        })
      }
    >
      <Form.Item name="inspectedOn" label={t('ins.inspected')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="team" label={t('ins.team')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="findings" label={t('ins.findings')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="recommendations" label={t('frm.recsOnePerLine')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('frm.recsDue')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </FormDialogButton>
  );
}

/** The inspected unit reports a recommendation as carried out. */
export function CompleteRecommendationButton({ id }: { id: number }) {
  const t = useT();
  const [note, setNote] = useState<string | null>(null);
  const submit = useSubmit(['inspections'], () => setNote(null));
  return (
    <>
      <Button size="small" type="link" onClick={() => setNote('')}>
        {t('frm.markDone')}
      </Button>
      <Modal
        open={note !== null}
        title={t('frm.markDone')}
        onCancel={() => setNote(null)}
        onOk={() => submit.mutate(() => post(`/api/inspection-recommendations/${id}/done`, { note }))}
        confirmLoading={submit.isPending}
      >
        <Input.TextArea aria-label={t('frm.doneNote')} placeholder={t('frm.doneNote')} rows={3} value={note ?? ''} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </>
  );
}

/** A unit registers an initiative. */
export function RegisterInitiativeButton({ unitId }: { unitId: number }) {
  const t = useT();
  return (
    <FormDialogButton
      label={t('frm.registerInitiative')}
      button={{ type: 'primary' }}
      invalidate={['initiatives']}
      initialValues={{ year: vietnamYear() }}
      onSubmit={(v: { title: string; authors: string; year: number; summary?: string }) => post('/api/initiatives', { ...v, unitId })}
    >
      <Form.Item name="title" label={t('ini.name')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="authors" label={t('ini.authors')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="year" label={t('rp.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item name="summary" label={t('frm.summary')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialogButton>
  );
}

/** The Office records the council's assessment of an initiative. */
export function AssessInitiativeButton({ id }: { id: number }) {
  const t = useT();
  return (
    <FormDialogButton
      label={t('frm.assess')}
      button={{ size: 'small' }}
      invalidate={['initiatives']}
      initialValues={{ recognised: true }}
      onSubmit={(v: { recognised?: boolean; level?: string; assessment: string }) =>
        post(`/api/initiatives/${id}/assessment`, { recognised: !!v.recognised, level: v.level ?? null, assessment: v.assessment })
      }
    >
      <Form.Item name="recognised" valuePropName="checked">
        <Checkbox>{t('ini.st.recognised')}</Checkbox>
      </Form.Item>
      <Form.Item name="level" label={t('ini.level')}>
        <Select allowClear options={Object.entries(INITIATIVE_LEVEL_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="assessment" label={t('frm.assessment')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialogButton>
  );
}
