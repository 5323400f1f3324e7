import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Radio, Select, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { DossierDetail } from '../../../../contracts/dossiers';
import type { DossierEventType } from '../../../../domain/dossiers/events';
import type { DossierStateCode } from '../../../../domain/dossiers/states';
import { dossierEventsAllowedIn } from '../../../../domain/dossiers/transitions';
import { post } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { TimelinessTag, viDate } from './dossier-ui';
import { vietnamTodayPicker } from '../../shared/today-picker';
import { useDossier } from './api';

// The steps the desk records, in the order of its buttons; which of them a state allows comes from the domain's
// transition table (the server checks it again). Receipt and rejection happen in the receive form instead.
const DESK_ACTIONS: DossierEventType[] = [
  'processing-started',
  'supplement-requested',
  'supplement-received',
  'payment-requested',
  'paid',
  'extended',
  'resolved',
  'returned',
  'apology-issued',
  'withdrawal-requested',
  'stopped',
];
const WITH_REASON = ['supplement-requested', 'apology-issued', 'stopped', 'withdrawal-requested', 'extended'];

function actionsIn(state: number): DossierEventType[] {
  const allowed = dossierEventsAllowedIn(state as DossierStateCode);
  return DESK_ACTIONS.filter((a) => allowed.includes(a));
}

/** The forms of Thông tư 03/2025 the dossier's history gives ground for: form 03 alone for a refused dossier. */
function formsFor(d: DossierDetail): string[] {
  if (d.state === 3) return ['rejection'];
  const has = (type: string) => d.events.some((e) => e.type === type);
  return ['receipt', ...(has('supplement-requested') ? ['supplement'] : []), ...(has('apology-issued') ? ['apology'] : [])];
}

function formLink(code: string, form: string) {
  return `/api/dossiers/${encodeURIComponent(code)}/forms/${form}`;
}

/** A dossier's facts, history and the next steps the officer may record. */
export function DossierDrawer({ code, onClose }: { code: string | null; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const [form] = Form.useForm();
  const dossier = useDossier(code);
  const act = useMutation({
    mutationFn: (v: Record<string, unknown>) => post<DossierDetail>(`/api/dossiers/${encodeURIComponent(code!)}/events`, v),
    onSuccess: (d) => {
      qc.setQueryData(['dossier', code], d);
      qc.invalidateQueries({ queryKey: ['dossiers'] });
      setAction(null);
      form.resetFields();
    },
  });
  const submit = (v: Record<string, unknown>) => {
    const body: Record<string, unknown> = { ...v, type: action, on: (v.on as dayjs.Dayjs).format('YYYY-MM-DD') };
    for (const date of ['newAppointmentOn', 'newDueOn']) if (v[date]) body[date] = (v[date] as dayjs.Dayjs).format('YYYY-MM-DD');
    if (!v.note) delete body.note;
    act.mutate(body);
  };
  const d = dossier.data;
  return (
    <Drawer open={!!code} onClose={onClose} size="large" title={code}>
      <QueryState isLoading={dossier.isLoading} error={dossier.error} onRetry={() => dossier.refetch()}>
        {d && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('dossiers.procedure')}>{d.procedureName}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.applicant')}>
                {d.applicantName} – {d.applicantPhone}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossiers.state')}>
                <span data-testid="dossier-state">{d.stateLabel}</span> <TimelinessTag value={d.timeliness} />
                {d.needsApology && <Tag color="red">{t('dossiers.needsApology')}</Tag>}
                {d.paidOnline && <Tag color="green">{t('dossiers.paidOnlineTag')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossiers.handlingUnit')}>{d.unitName}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.receivingPoint')}>
                {t(`dossiers.rp.${d.receivingPoint}`)}
                {d.receivingUnitName ? ` – ${d.receivingUnitName}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossiers.receivedOn')}>{viDate(d.receivedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.dueOn')}>
                {d.dueOn ? viDate(d.dueOn) : t(d.state === 3 ? 'dossiers.noDue' : d.state === 6 ? 'dossiers.pausedPayment' : 'dossiers.paused')}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossiers.dueExplanation')}>{d.dueExplanation}</Descriptions.Item>
            </Descriptions>
            {d.state === 3 && (
              <Alert
                type="warning"
                showIcon
                title={t('dossiers.rejectedNotice')}
                action={
                  <Button href={formLink(d.code, 'rejection')} download>
                    {t('dossiers.form.rejection')}
                  </Button>
                }
              />
            )}
            {actionsIn(d.state).length > 0 && <Typography.Text strong>{t('dossiers.actions')}</Typography.Text>}
            <Space wrap>
              {actionsIn(d.state).map((a) => (
                <Button key={a} type={action === a ? 'primary' : 'default'} onClick={() => setAction(a)}>
                  {t(`dossiers.action.${a}`)}
                </Button>
              ))}
            </Space>
            {action && (
              <Form
                form={form}
                layout="vertical"
                initialValues={{ on: vietnamTodayPicker(), returnChannel: d.channel, electronicRouting: true, amount: d.procedureFee || undefined }}
                onFinish={submit}
                aria-label={t(`dossiers.action.${action}`)}
              >
                {act.error && <Alert type="error" showIcon title={(act.error as Error).message} style={{ marginBottom: 8 }} />}
                <Form.Item name="on" label={t('dossiers.on')} rules={[{ required: true }]}>
                  <DatePicker format="DD/MM/YYYY" />
                </Form.Item>
                {WITH_REASON.includes(action) && (
                  // A withdrawal needs no reason (the applicant's request is enough); the others must say why.
                  <Form.Item name="reason" label={t('dossiers.reason')} rules={action === 'withdrawal-requested' ? [] : [{ required: true, min: 5 }]}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                )}
                {action === 'apology-issued' && (
                  <>
                    <Form.Item name="newAppointmentOn" label={t('dossiers.newAppointment')} rules={[{ required: true }]}>
                      <DatePicker format="DD/MM/YYYY" />
                    </Form.Item>
                    <Form.Item name="signer" label={t('dossiers.signer')} rules={[{ required: true, min: 2 }]}>
                      <Input />
                    </Form.Item>
                  </>
                )}
                {action === 'payment-requested' && (
                  <>
                    <Form.Item name="amount" label={t('dossiers.amount')} rules={[{ required: true }]}>
                      <InputNumber min={1} step={1000} precision={0} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name="note" label={t('dossiers.note')}>
                      <Input />
                    </Form.Item>
                  </>
                )}
                {action === 'paid' && (
                  <Form.Item name="online" label={t('dossiers.paidHow')} rules={[{ required: true }]}>
                    <Radio.Group
                      options={[
                        { value: true, label: t('dossiers.paidOnline'), disabled: !d.procedureOnlinePayment },
                        { value: false, label: t('dossiers.paidAtDesk') },
                      ]}
                    />
                  </Form.Item>
                )}
                {action === 'paid' && !d.procedureOnlinePayment && (
                  <Typography.Paragraph type="secondary">{t('dossiers.noOnlinePayment')}</Typography.Paragraph>
                )}
                {action === 'extended' && (
                  <Form.Item name="newDueOn" label={t('dossiers.newDueOn')} rules={[{ required: true }]}>
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                )}
                {action === 'resolved' && (
                  <>
                    <Form.Item name="digitized" valuePropName="checked">
                      <Checkbox>{t('dossiers.digitized')}</Checkbox>
                    </Form.Item>
                    <Form.Item name="electronicRouting" valuePropName="checked">
                      <Checkbox>{t('dossiers.electronicRouting')}</Checkbox>
                    </Form.Item>
                  </>
                )}
                {action === 'returned' && (
                  <Form.Item name="returnChannel" label={t('dossiers.returnChannel')} rules={[{ required: true }]}>
                    <Select options={[1, 2, 3].map((c) => ({ value: c, label: t(`dossiers.channel.${c}`) }))} />
                  </Form.Item>
                )}
                <Button type="primary" htmlType="submit" loading={act.isPending}>
                  {t('dossiers.save')}
                </Button>
              </Form>
            )}
            <Typography.Text strong>{t('dossiers.forms')}</Typography.Text>
            <Space wrap>
              {formsFor(d).map((f) => (
                <a key={f} href={formLink(d.code, f)} download>
                  {t(`dossiers.form.${f}`)}
                </a>
              ))}
            </Space>
            <Typography.Text strong>{t('dossiers.history')}</Typography.Text>
            <Timeline items={d.events.map((e) => ({ key: e.seq, children: `${viDate(e.on)} – ${e.summary}${e.actorName ? ` (${e.actorName})` : ''}` }))} />
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}
