import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Descriptions, Drawer, Form, Input, Select, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { DossierDetail } from '../../../../contracts/dossiers';
import { get, post } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { TimelinessTag, viDate } from './dossier-ui';

// Which steps the desk offers in each portal state (the server checks the life cycle again).
// Withdrawal (state 7) and stop (8) follow domain/dossiers/transitions.ts.
const ACTIONS: Record<number, string[]> = {
  2: ['processing-started', 'supplement-requested', 'resolved', 'apology-issued', 'withdrawal-requested', 'stopped'],
  4: ['supplement-requested', 'resolved', 'apology-issued', 'withdrawal-requested', 'stopped'],
  5: ['supplement-received', 'apology-issued', 'withdrawal-requested', 'stopped'],
  6: ['withdrawal-requested', 'stopped'],
  7: ['stopped'],
  9: ['returned', 'apology-issued'],
};
const FORMS = ['receipt', 'supplement', 'rejection', 'apology'];

/** A dossier's facts, history and the next steps the officer may record. */
export function DossierDrawer({ code, onClose }: { code: string | null; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const [form] = Form.useForm();
  const dossier = useQuery({ queryKey: ['dossier', code], queryFn: () => get<DossierDetail>(`/api/dossiers/${encodeURIComponent(code!)}`), enabled: !!code });
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
    if (v.newAppointmentOn) body.newAppointmentOn = (v.newAppointmentOn as dayjs.Dayjs).format('YYYY-MM-DD');
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
              <Descriptions.Item label={t('dossiers.applicant')}>{d.applicantName} – {d.applicantPhone}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.state')}>
                <span data-testid="dossier-state">{d.stateLabel}</span> <TimelinessTag value={d.timeliness} />
                {d.needsApology && <Tag color="red">{t('dossiers.needsApology')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('dossiers.receivedOn')}>{viDate(d.receivedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.dueOn')}>{d.dueOn ? viDate(d.dueOn) : t('dossiers.paused')}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.dueExplanation')}>{d.dueExplanation}</Descriptions.Item>
            </Descriptions>
            <Typography.Text strong>{t('dossiers.actions')}</Typography.Text>
            <Space wrap>
              {(ACTIONS[d.state] ?? []).map((a) => (
                <Button key={a} type={action === a ? 'primary' : 'default'} onClick={() => setAction(a)}>
                  {t(`dossiers.action.${a}`)}
                </Button>
              ))}
            </Space>
            {action && (
              <Form form={form} layout="vertical" initialValues={{ on: dayjs(), returnChannel: d.channel, electronicRouting: true }} onFinish={submit} aria-label={t(`dossiers.action.${action}`)}>
                {act.error && <Alert type="error" showIcon title={(act.error as Error).message} style={{ marginBottom: 8 }} />}
                <Form.Item name="on" label={t('dossiers.on')} rules={[{ required: true }]}>
                  <DatePicker format="DD/MM/YYYY" />
                </Form.Item>
                {['supplement-requested', 'apology-issued', 'rejected', 'stopped', 'withdrawal-requested'].includes(action) && (
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
              {FORMS.map((f) => (
                <a key={f} href={`/api/dossiers/${encodeURIComponent(d.code)}/forms/${f}`} download>
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
