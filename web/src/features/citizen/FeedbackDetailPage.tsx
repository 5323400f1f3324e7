import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Descriptions, Form, Input, Space, Tag, Timeline, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import type { FeedbackDetail } from '../../../../contracts/citizen-feedback';
import { ApiError, post } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { AnswerForm } from './AnswerForm';
import { TIMELINESS_COLORS } from './FeedbackListPage';
import { viDate } from './format';
import { useFeedback } from './api';

type Action = 'route' | 'request-more' | 'refuse' | 'answer' | 'publish';

/** One feedback: content, deadlines, history, and the step the reader may take next (route, answer, publish…). */
export function FeedbackDetailPage() {
  const t = useT();
  const { id } = useParams();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const { data: me } = useMe();
  const units = useOrgUnits();
  const detail = useFeedback(id);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: ({ action, body }: { action: Action; body?: unknown }) => post<FeedbackDetail>(`/api/feedback/${id}/${action}`, body),
    onSuccess: async (updated) => {
      setError(null);
      message.success(t('citizen.fb.done'));
      qc.setQueryData(['feedback', id], updated);
      await qc.invalidateQueries({ queryKey: ['feedback'] });
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const f = detail.data;
  const can = (p: string) => hasPermission(me, p);
  const open = f && ['received', 'more-requested', 'routed'].includes(f.status);
  return (
    <QueryState isLoading={detail.isLoading} error={detail.error} onRetry={() => detail.refetch()}>
      {f && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card
            title={<Typography.Title level={3} style={{ margin: 0 }}>{`${f.code}: ${f.title}`}</Typography.Title>}
            extra={<Tag color={TIMELINESS_COLORS[f.timeliness]}>{t(`citizen.fb.t.${f.timeliness}`)}</Tag>}
          >
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
              <Descriptions.Item label={t('citizen.fb.status')}>
                <span data-testid="feedback-detail-status">{t(`citizen.fb.status.${f.status}`)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('citizen.fb.channel')}>{t(`citizen.fb.channel.${f.channel}`)}</Descriptions.Item>
              <Descriptions.Item
                label={t('citizen.fb.subjectKind')}
              >{`${t(`citizen.fb.kind.${f.subjectKind}`)}${f.subjectRef ? ` — ${f.subjectRef}` : ''}`}</Descriptions.Item>
              <Descriptions.Item label={t('citizen.fb.sender')}>
                {[f.senderName, f.senderContact].filter(Boolean).join(', ') || t('citizen.fb.anonymous')}
              </Descriptions.Item>
              <Descriptions.Item label={t('citizen.fb.receivedOn')}>{viDate(f.receivedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('citizen.fb.handlingUnit')}>{f.assignedUnitName ?? t('citizen.fb.unassigned')}</Descriptions.Item>
              <Descriptions.Item label={t('citizen.fb.deadlines')} span={2}>
                {`${t('citizen.fb.refuseBy')} ${viDate(f.refuseBy)} · ${t('citizen.fb.requestMoreBy')} ${viDate(f.requestMoreBy)} · ${t('citizen.fb.handleBy')} ${viDate(f.handleBy)}${f.publishBy ? ` · ${t('citizen.fb.publishBy')} ${viDate(f.publishBy)}` : ''}`}
                {f.deadlines.map((d) => (
                  <div key={d.step}>
                    <Tag color={TIMELINESS_COLORS[d.state]}>{t(`citizen.fb.step.${d.step}`)}</Tag> {d.explanation}
                  </div>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('citizen.fb.content')} span={2}>
                <div style={{ whiteSpace: 'pre-wrap' }}>{f.content}</div>
              </Descriptions.Item>
              {f.attachmentIds.length > 0 && (
                <Descriptions.Item label={t('citizen.fb.attachmentsOf')} span={2}>
                  {f.attachmentIds.map((fileId, i) => (
                    <a key={fileId} href={`/api/feedback/${f.id}/attachments/${fileId}`} style={{ marginRight: 12 }}>
                      {`${t('citizen.fb.attachmentsOf')} ${i + 1}`}
                    </a>
                  ))}
                </Descriptions.Item>
              )}
              {f.answer && (
                <Descriptions.Item label={t('citizen.fb.answer')} span={2}>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{f.answer}</div>
                  {f.answerAttachmentIds.map((fileId, i) => (
                    <a key={fileId} href={`/api/feedback/${f.id}/attachments/${fileId}`} style={{ marginRight: 12 }}>
                      {`${t('citizen.fb.answerFile')} ${i + 1}`}
                    </a>
                  ))}
                </Descriptions.Item>
              )}
              {f.refusedReason && (
                <Descriptions.Item label={t('citizen.fb.refusedReason')} span={2}>
                  {f.refusedReason}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {error && <Alert type="error" showIcon title={error} />}
          {open && can('feedback:route') && (
            <Card size="small" title={t('citizen.fb.route')}>
              <Form layout="inline" onFinish={(v: { unitId: number; note?: string }) => act.mutate({ action: 'route', body: v })}>
                <Form.Item name="unitId" label={t('citizen.fb.routeTo')} rules={[{ required: true, message: t('citizen.fb.routeTo') }]}>
                  <TreeSelect showSearch treeNodeFilterProp="title" treeData={toUnitTree(units.data ?? [])} style={{ width: 280 }} data-testid="route-unit" />
                </Form.Item>
                <Form.Item name="note" label={t('citizen.fb.note')}>
                  <Input style={{ width: 240 }} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={act.isPending}>
                  {t('citizen.fb.route')}
                </Button>
              </Form>
            </Card>
          )}
          {(f.status === 'received' || f.status === 'more-requested') && can('feedback:route') && (
            <Card size="small" title={`${t('citizen.fb.requestMore')} / ${t('citizen.fb.refuse')}`}>
              <Space wrap>
                <Input
                  aria-label={t('citizen.fb.reason')}
                  placeholder={t('citizen.fb.reason')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  style={{ width: 360 }}
                />
                {f.status === 'received' && (
                  <Button disabled={!reason.trim()} onClick={() => act.mutate({ action: 'request-more', body: { reason } })}>
                    {t('citizen.fb.requestMore')}
                  </Button>
                )}
                <Button danger disabled={!reason.trim()} onClick={() => act.mutate({ action: 'refuse', body: { reason } })}>
                  {t('citizen.fb.refuse')}
                </Button>
              </Space>
            </Card>
          )}
          {(open || f.status === 'answered') && can('feedback:answer') && (
            <AnswerForm f={f} pending={act.isPending} onAnswer={(body) => act.mutate({ action: 'answer', body })} onError={setError} />
          )}
          {f.status === 'answered' && can('feedback:publish') && (
            <Button type="primary" onClick={() => act.mutate({ action: 'publish' })} loading={act.isPending}>
              {t('citizen.fb.publish')}
            </Button>
          )}
          <Card size="small" title={t('citizen.fb.history')}>
            <Timeline
              items={f.history.map((h) => ({
                children: `${viDate(h.on)} — ${t(`citizen.fb.event.${h.kind}`)}${h.actorName ? ` (${h.actorName})` : ''}${h.note ? `: ${h.note}` : ''}`,
              }))}
            />
          </Card>
        </Space>
      )}
    </QueryState>
  );
}
