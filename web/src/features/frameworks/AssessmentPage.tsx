import { App, Button, Card, Drawer, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import type { AssessmentCriterion } from '../../../../contracts/frameworks';
import { useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { assessmentCalls, useAssessment, useAssessmentAction, useForecast } from './api';
import { STATUS_COLOR } from './AssessmentsPage';
import { CriterionPanel } from './CriterionPanel';
import { LostPointsTab } from './LostPointsTab';

const pts = (v: number | null) => (v === null ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));
const KIND_LABEL: Record<string, string> = {
  opened: 'Mở đợt đánh giá',
  'self-scored': 'Tự chấm',
  measured: 'Lấy lại số liệu hệ thống',
  'evidence-added': 'Thêm tài liệu kiểm chứng',
  submitted: 'Nộp thẩm định',
  appraised: 'Chấm thẩm định',
  'evidence-requested': 'Yêu cầu bổ sung',
  'evidence-answered': 'Đơn vị bổ sung',
  published: 'Công bố kết quả',
  'task-created': 'Tạo nhiệm vụ',
};

/** One assessment: the criteria tree with scores, a drawer per criterion, lost points, forecast, history. */
export function AssessmentPage() {
  const t = useT();
  const { modal, message } = App.useApp();
  const id = Number(useParams().id);
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'criteria';
  const code = params.get('tieuchi');
  const detail = useAssessment(id);
  const forecast = useForecast(id, tab === 'forecast');
  const submit = useAssessmentAction(id, () => assessmentCalls.submit(id));
  const publish = useAssessmentAction(id, () => assessmentCalls.publish(id));
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const d = detail.data;
  const selected = d?.criteria.find((c) => c.code === code);
  const confirm = (text: string, run: () => void) => modal.confirm({ content: text, onOk: run, okText: t('ad.confirm'), cancelText: t('ad.cancel') });
  const onError = (e: Error) => message.error(e.message);
  return (
    <QueryState isLoading={detail.isLoading} error={detail.error} onRetry={() => detail.refetch()}>
      {d && (
        <Card
          title={
            <Space wrap>
              <Typography.Title level={3} style={{ margin: 0 }}>{`${d.unitName} — ${d.year}`}</Typography.Title>
              <Tag color={STATUS_COLOR[d.status]}>{t(`as.status.${d.status}`)}</Tag>
            </Space>
          }
          extra={
            <Space wrap>
              {d.can.submit && (
                <Button type="primary" loading={submit.isPending} onClick={() => confirm(t('ad.confirmSubmit'), () => submit.mutate(undefined, { onError }))}>
                  {t('ad.submit')}
                </Button>
              )}
              {d.can.publish && (
                <Button
                  type="primary"
                  loading={publish.isPending}
                  onClick={() => confirm(t('ad.confirmPublish'), () => publish.mutate(undefined, { onError }))}
                >
                  {t('ad.publish')}
                </Button>
              )}
              <Button href={`/api/assessments/${id}/export.xlsx`}>{t('ad.excel')}</Button>
              <Button href={`/api/assessments/${id}/export.docx`}>{t('ad.word')}</Button>
            </Space>
          }
        >
          <Typography.Paragraph>
            {`${d.frameworkName} (${d.frameworkCode} v${d.frameworkVersion}). `}
            {t('as.self')}: <b data-testid="self-total">{pts(d.selfTotal)}</b>/{pts(d.max)} — {t('as.appraised')}:{' '}
            <b data-testid="appraised-total">{pts(d.appraisedTotal)}</b>
          </Typography.Paragraph>
          <Tabs
            activeKey={tab}
            onChange={(k) => set('tab', k)}
            items={[
              {
                key: 'criteria',
                label: t('ad.criteria'),
                children: (
                  <Table<AssessmentCriterion>
                    rowKey="code"
                    size="small"
                    pagination={false}
                    dataSource={d.criteria}
                    onRow={(c) => ({
                      onClick: () => c.isLeaf && !c.placeholder && set('tieuchi', c.code),
                      style: { cursor: c.isLeaf && !c.placeholder ? 'pointer' : undefined },
                    })}
                    rowClassName={(c) => (c.isLeaf ? '' : 'criterion-parent')}
                    columns={[
                      {
                        title: t('fw.code'),
                        dataIndex: 'code',
                        width: 80,
                        render: (v: string, c) => <span style={{ paddingLeft: c.depth * 12, fontWeight: c.isLeaf ? undefined : 600 }}>{v}</span>,
                      },
                      {
                        title: t('fw.criterion'),
                        dataIndex: 'title',
                        render: (v: string, c) =>
                          c.placeholder ? (
                            <Typography.Text type="secondary">
                              {v} ({t('fw.placeholder')})
                            </Typography.Text>
                          ) : (
                            v
                          ),
                      },
                      { title: t('ad.max'), dataIndex: 'max', render: pts, align: 'right', width: 70 },
                      { title: t('as.self'), dataIndex: 'selfScore', render: pts, align: 'right', width: 90 },
                      { title: t('as.appraised'), dataIndex: 'appraisedScore', render: pts, align: 'right', width: 90 },
                      {
                        title: t('ad.evidence'),
                        render: (_, c) => (c.isLeaf ? c.evidence.length || (c.explanation ? '✎' : '') : ''),
                        width: 80,
                        align: 'center',
                      },
                      {
                        title: '',
                        width: 120,
                        render: (_, c) =>
                          c.reviewState === 'evidence-requested' ? (
                            <Tag color="orange">{t('ad.requestEvidence')}</Tag>
                          ) : c.canEdit ? (
                            <Tag color="blue">✎</Tag>
                          ) : null,
                      },
                    ]}
                  />
                ),
              },
              { key: 'lost', label: t('ad.lost'), children: <LostPointsTab detail={d} /> },
              {
                key: 'forecast',
                label: t('ad.forecast'),
                children: (
                  <QueryState isLoading={forecast.isLoading} error={forecast.error} onRetry={() => forecast.refetch()}>
                    <Typography.Title level={4}>
                      {t('ad.forecast.total')}: {forecast.data && `${pts(forecast.data.total)}/${pts(forecast.data.max)}`}
                    </Typography.Title>
                    <Table
                      rowKey={(r) => `${r.code}-${r.key}`}
                      size="small"
                      pagination={false}
                      dataSource={forecast.data?.sources}
                      columns={[
                        { title: t('fw.code'), dataIndex: 'code', width: 80 },
                        { title: t('ad.inputs'), dataIndex: 'key', width: 140 },
                        { title: t('as.score'), dataIndex: 'value', render: (v: number | null) => v ?? '—', width: 100 },
                        { title: t('ad.forecast.source'), dataIndex: 'source' },
                      ]}
                    />
                  </QueryState>
                ),
              },
              {
                key: 'history',
                label: t('ad.history'),
                children: (
                  <Timeline
                    items={d.history.map((e) => ({
                      children: `${new Date(e.createdAt).toLocaleString('vi-VN')} — ${e.actorName ?? ''}: ${KIND_LABEL[e.kind] ?? e.kind}${e.code ? ` ${e.code}` : ''}`,
                    }))}
                  />
                ),
              },
            ]}
          />
          <Drawer
            open={Boolean(selected)}
            width={720}
            title={selected && `${selected.code} ${selected.title}`}
            onClose={() => set('tieuchi', null)}
            destroyOnHidden
          >
            {selected && me.data && <CriterionPanel key={`${selected.code}-${d.status}`} detail={d} criterion={selected} unitId={me.data.unit.id} />}
          </Drawer>
        </Card>
      )}
    </QueryState>
  );
}
