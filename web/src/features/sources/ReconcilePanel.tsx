import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Form, InputNumber, List, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Reconciliation, ReportedCountsRequest } from '../../../../contracts/source-reconcile';
import { put } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useReconciliation } from './api';
import { formatTime } from './source-ui';

type Line = Reconciliation['lines'][number];

/** The source's figures for a month beside cchc's, each difference with the dossiers behind it; the Office can type the source's report. */
export function ReconcilePanel({ sourceId, canManage }: { sourceId: number; canManage: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [month, setMonth] = useState<string | undefined>(undefined);
  const rec = useReconciliation(sourceId, month);
  const [form] = Form.useForm<ReportedCountsRequest>();
  const chosen = rec.data?.month ?? undefined;
  const save = useMutation({
    mutationFn: (v: ReportedCountsRequest) => put<Reconciliation>(`/api/sources/${sourceId}/reported-counts/${chosen}`, v),
    onSuccess: (data) => {
      qc.setQueryData(['sources', sourceId, 'reconciliation', month ?? null], data);
      void qc.invalidateQueries({ queryKey: ['sources', sourceId, 'reconciliation'] });
    },
    onError: (e: Error) => message.error(e.message),
  });
  const [y, m] = (chosen ?? '').split('-');
  return (
    <QueryState isLoading={rec.isLoading} error={rec.error} onRetry={() => void rec.refetch()}>
      {rec.data && !rec.data.month ? (
        <Alert type="info" showIcon title={t('sources.reconcile.none')} />
      ) : rec.data ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space>
            <span>{t('sources.reconcile.month')}</span>
            <Select
              aria-label={t('sources.reconcile.month')}
              style={{ width: 140 }}
              value={chosen}
              onChange={setMonth}
              options={rec.data.months.map((mm) => ({ value: mm, label: `${mm.slice(5)}/${mm.slice(0, 4)}` }))}
            />
          </Space>
          {rec.data.reported ? (
            <Typography.Text type="secondary">
              {t(`sources.reconcile.origin.${rec.data.reported.origin}`, { at: formatTime(rec.data.reported.recordedAt) })}
            </Typography.Text>
          ) : (
            <Alert type="warning" showIcon title={t('sources.reconcile.noReport')} />
          )}
          <Table<Line>
            rowKey="key"
            pagination={false}
            dataSource={rec.data.lines}
            aria-label={`${t('sources.tab.reconcile')} ${m}/${y}`}
            expandable={{
              rowExpandable: (l) => l.causes.length > 0,
              expandedRowRender: (l) => (
                <List
                  size="small"
                  header={t('sources.reconcile.causes')}
                  dataSource={l.causes}
                  renderItem={(c) => (
                    <List.Item>
                      <b>{c.code}</b>: {c.reason}
                    </List.Item>
                  )}
                />
              ),
            }}
            columns={[
              { title: t('sources.reconcile.item'), dataIndex: 'label' },
              { title: t('sources.reconcile.reported'), dataIndex: 'reported', align: 'right', render: (v: number | null) => v ?? '—' },
              { title: t('sources.reconcile.computed'), dataIndex: 'computed', align: 'right' },
              {
                title: t('sources.reconcile.difference'),
                align: 'right',
                render: (_, l) =>
                  l.difference === null ? (
                    '—'
                  ) : (
                    <Space direction="vertical" size={0} style={{ alignItems: 'flex-end' }}>
                      <Typography.Text type={l.difference === 0 ? undefined : 'danger'} strong={l.difference !== 0}>
                        {l.difference > 0 ? `+${l.difference}` : l.difference}
                      </Typography.Text>
                      {l.unexplained ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('sources.reconcile.unexplained', { n: Math.abs(l.unexplained) })}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  ),
              },
              {
                title: t('sources.reconcile.causes'),
                render: (_, l) =>
                  l.causes.length
                    ? l.causes
                        .slice(0, 3)
                        .map((c) => c.code)
                        .join(', ') + (l.causes.length > 3 ? ` … (${l.causes.length})` : '')
                    : '',
              },
            ]}
          />
          {canManage && (
            <Form<ReportedCountsRequest> form={form} layout="inline" onFinish={(v) => save.mutate(v)} aria-label={t('sources.reconcile.enter')}>
              <Typography.Text strong style={{ marginRight: 12 }}>
                {t('sources.reconcile.enter')}
              </Typography.Text>
              {(['received', 'resolved', 'onTime', 'late'] as const).map((k) => (
                <Form.Item
                  key={k}
                  name={k}
                  label={t(`sources.reconcile.${k}`)}
                  rules={[{ required: true, message: t('sources.form.required', { what: t(`sources.reconcile.${k}`) }) }]}
                >
                  <InputNumber min={0} style={{ width: 100 }} />
                </Form.Item>
              ))}
              <Button htmlType="submit" type="primary" loading={save.isPending}>
                {t('sources.reconcile.save')}
              </Button>
            </Form>
          )}
        </Space>
      ) : null}
    </QueryState>
  );
}
