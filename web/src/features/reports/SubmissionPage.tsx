import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Input, InputNumber, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ReportSubmission } from '../../../../contracts/reports';
import { formatViDate } from '../../../../domain/time/iso-date';
import { formatViDateOrDash } from '../../../../domain/time/vietnam-date';
import { post, put } from '../../api/client';
import { useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { STATUS_COLORS } from './ReportsPage';
import { useReportSubmission } from './api';

/** One unit's report of a window: the unit writes and sends it; the Office returns or approves it. */
export function SubmissionPage() {
  const t = useT();
  const { message } = App.useApp();
  const { windowId, unitId } = useParams();
  const url = `/api/reports/windows/${windowId}/units/${unitId}`;
  const me = useMe();
  const qc = useQueryClient();
  const report = useReportSubmission(windowId, unitId, url);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [values, setValues] = useState<Record<string, number | null>>({});
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  useEffect(() => {
    if (report.data) {
      setTexts(report.data.texts);
      setValues(report.data.values);
    }
  }, [report.data]);
  const done = (key: string) => (data: ReportSubmission) => {
    qc.setQueryData(['report-submission', windowId, unitId], data);
    void qc.invalidateQueries({ queryKey: ['report-board'] });
    void qc.invalidateQueries({ queryKey: ['report-windows'] });
    message.success(t(key));
  };
  const onError = (e: Error) => message.error(e.message);
  const save = useMutation({ mutationFn: () => put<ReportSubmission>(url, { texts, values }), onSuccess: done('rp.saved'), onError });
  // Sending saves the latest edits first, so nothing typed is lost.
  const submit = useMutation({
    mutationFn: async () => (await put<ReportSubmission>(url, { texts, values }), post<ReportSubmission>(`${url}/submit`)),
    onSuccess: done('rp.submitted'),
    onError,
  });
  const ret = useMutation({
    mutationFn: () => post<ReportSubmission>(`${url}/return`, { comment }),
    onSuccess: (d) => (setReturning(false), done('rp.returned')(d)),
    onError,
  });
  const approve = useMutation({ mutationFn: () => post<ReportSubmission>(`${url}/approve`), onSuccess: done('rp.approved'), onError });
  const r = report.data;
  const canWrite = !!r?.editable && !!me.data?.permissions.includes('report:submit') && me.data.unit.id === r.unitId;
  const canReview = !!me.data?.permissions.includes('report:review') && r?.status === 'submitted';
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {r ? `${r.windowLabel} — ${r.unitName}` : t('rp.title')}
        </Typography.Title>
      }
      extra={<Link to={`/reports?window=${windowId}`}>{t('rp.back')}</Link>}
    >
      <QueryState isLoading={report.isLoading} error={report.error} onRetry={() => report.refetch()}>
        {r && (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Descriptions size="small" column={3}>
              <Descriptions.Item label={t('rp.reportStatus')}>
                <Tag color={STATUS_COLORS[r.status]} data-testid="report-status">
                  {t(`rp.st.${r.status}`)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('rp.deadline')}>{formatViDate(r.deadline)}</Descriptions.Item>
              <Descriptions.Item label={t('rp.submittedAt')}>{formatViDateOrDash(r.submittedAt)}</Descriptions.Item>
            </Descriptions>
            {r.status === 'returned' && r.returnComment && <Alert type="warning" showIcon title={t('rp.returnedAlert', { comment: r.returnComment })} />}
            {r.template.sections.map((s) => (
              <Card key={s.key} type="inner" size="small" title={s.title}>
                <Space direction="vertical" style={{ width: '100%' }}>
                  {s.indicators.map((i) => (
                    <div key={i.key} style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                      <label htmlFor={`ind-${i.key}`} style={{ flex: 1 }}>
                        {i.label}
                        {i.unit ? ` (${i.unit})` : ''}
                      </label>
                      {i.source === 'metric' ? (
                        <span title={r.metricSources[i.key]}>
                          <Tag>{t('rp.fromSystem')}</Tag>
                          {values[i.key] ?? t('rp.noData')}
                        </span>
                      ) : (
                        <InputNumber
                          id={`ind-${i.key}`}
                          aria-label={i.label}
                          disabled={!canWrite}
                          min={0}
                          value={values[i.key] ?? null}
                          onChange={(v) => setValues({ ...values, [i.key]: v })}
                          style={{ width: 140 }}
                        />
                      )}
                    </div>
                  ))}
                  <Input.TextArea
                    aria-label={s.title}
                    disabled={!canWrite}
                    autoSize={{ minRows: 2, maxRows: 10 }}
                    value={texts[s.key] ?? ''}
                    onChange={(e) => setTexts({ ...texts, [s.key]: e.target.value })}
                  />
                </Space>
              </Card>
            ))}
            <Space>
              {canWrite && (
                <Button onClick={() => save.mutate()} loading={save.isPending}>
                  {t('rp.save')}
                </Button>
              )}
              {canWrite && (
                <Button type="primary" onClick={() => submit.mutate()} loading={submit.isPending}>
                  {t('rp.submit')}
                </Button>
              )}
              {canReview && (
                <Button danger onClick={() => setReturning(true)}>
                  {t('rp.return')}
                </Button>
              )}
              {canReview && (
                <Button type="primary" onClick={() => approve.mutate()} loading={approve.isPending}>
                  {t('rp.approve')}
                </Button>
              )}
            </Space>
            {r.history.length > 0 && (
              <Card type="inner" size="small" title={t('rp.history')}>
                <Timeline
                  items={r.history.map((h) => ({ children: `${formatViDate(h.on)}: ${t(`rp.st.${h.status}`)}${h.comment ? ` — ${h.comment}` : ''}` }))}
                />
              </Card>
            )}
          </Space>
        )}
      </QueryState>
      <Modal
        open={returning}
        title={t('rp.return')}
        onCancel={() => setReturning(false)}
        onOk={() => ret.mutate()}
        okText={t('rp.return')}
        confirmLoading={ret.isPending}
      >
        <Input.TextArea
          aria-label={t('rp.returnComment')}
          placeholder={t('rp.returnComment')}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
