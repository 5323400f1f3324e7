import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, DatePicker, Form, InputNumber, Progress, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { InvitationListItem, SampleReply } from '../../../../contracts/citizen-surveys';
import { ApiError, post } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { vietnamTodayPicker } from '../../shared/today-picker';
import { useSurvey, useSurveyInvitations } from './api';

/**
 * Draw a sample of returned dossiers (period, size, stratified by procedure) for a survey, list the
 * invitation links, export them with a QR code each, and follow the response rate against invitations.
 * The period and size live in the URL so a sample can be redrawn with the same settings.
 */
export function SurveySamplePage() {
  const t = useT();
  const { id } = useParams();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [params, setParams] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [strata, setStrata] = useState<SampleReply['strata'] | null>(null);
  const survey = useSurvey(id);
  const list = useSurveyInvitations(id);
  const from = params.get('from') ?? vietnamTodayPicker().subtract(1, 'month').startOf('month').format('YYYY-MM-DD');
  const to = params.get('to') ?? vietnamTodayPicker().subtract(1, 'month').endOf('month').format('YYYY-MM-DD');
  const size = Number(params.get('size') ?? 50);
  const draw = useMutation({
    mutationFn: () => post<SampleReply>(`/api/surveys/${id}/sample`, { from, to, size }),
    onSuccess: async (reply) => {
      setError(null);
      setStrata(reply.strata);
      message.success(`${t('citizen.sample.drawn')} ${reply.invitations.length}`);
      await qc.invalidateQueries({ queryKey: ['survey-invitations', id] });
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const set = (patch: Record<string, string>) => setParams({ from, to, size: String(size), ...patch }, { replace: true });
  const l = list.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<Typography.Title level={3} style={{ margin: 0 }}>{`${t('citizen.sample.title')}: ${survey.data?.title ?? ''}`}</Typography.Title>}
        extra={<Link to="/khao-sat">{t('citizen.sv.title')}</Link>}
      >
        <Form layout="inline" onFinish={() => draw.mutate()}>
          <Form.Item label={t('citizen.sample.period')}>
            <DatePicker.RangePicker
              format="DD/MM/YYYY"
              allowClear={false}
              value={[dayjs(from), dayjs(to)]}
              onChange={(v) => v?.[0] && v[1] && set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
            />
          </Form.Item>
          <Form.Item label={t('citizen.sample.size')}>
            <InputNumber min={1} max={5000} value={size} onChange={(v) => v && set({ size: String(v) })} aria-label={t('citizen.sample.size')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={draw.isPending}>
            {t('citizen.sample.draw')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('citizen.sample.hint')}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
        {strata && (
          <Table
            size="small"
            rowKey="procedureCode"
            pagination={false}
            style={{ marginTop: 12 }}
            dataSource={strata}
            columns={[
              { title: t('citizen.sample.procedure'), dataIndex: 'procedureCode' },
              { title: t('citizen.sample.population'), dataIndex: 'population' },
              { title: t('citizen.sample.drawnCol'), dataIndex: 'drawn' },
            ]}
          />
        )}
      </Card>
      <Card
        title={t('citizen.sample.invitations')}
        extra={
          <Button icon={<DownloadOutlined />} href={`/api/surveys/${id}/invitations.xlsx`} disabled={!l?.sent}>
            {t('citizen.sample.export')}
          </Button>
        }
      >
        <QueryState isLoading={list.isLoading} error={list.error} isEmpty={l?.sent === 0} onRetry={() => list.refetch()}>
          {l && (
            <>
              <Space size="large" wrap style={{ marginBottom: 12 }}>
                <Statistic title={t('citizen.sample.sent')} value={l.sent} />
                <Statistic title={t('citizen.sample.answered')} value={l.answered} />
                <div data-testid="response-rate">
                  <Typography.Text type="secondary">{t('citizen.sample.rate')}</Typography.Text>
                  <Progress type="circle" size={72} percent={l.responseRate ?? 0} format={() => `${l.responseRate ?? 0}%`} />
                </div>
              </Space>
              <Table
                size="small"
                rowKey="procedureCode"
                pagination={false}
                style={{ marginBottom: 12 }}
                dataSource={l.byProcedure}
                columns={[
                  { title: t('citizen.sample.procedure'), dataIndex: 'procedureCode' },
                  { title: t('citizen.sample.sent'), dataIndex: 'sent' },
                  { title: t('citizen.sample.answered'), dataIndex: 'answered' },
                  { title: t('citizen.sample.rate'), key: 'rate', render: (_: unknown, g) => `${Math.round((g.answered / g.sent) * 1000) / 10}%` },
                ]}
              />
              <Table<InvitationListItem>
                size="small"
                rowKey="token"
                dataSource={l.items}
                pagination={{ pageSize: 50 }}
                columns={[
                  { title: t('citizen.sample.dossier'), dataIndex: 'dossierCode' },
                  { title: t('citizen.sample.procedure'), dataIndex: 'procedureCode' },
                  { title: t('citizen.sv.unit'), dataIndex: 'unitName' },
                  {
                    title: t('citizen.sv.link'),
                    dataIndex: 'url',
                    render: (u: string) => (
                      <Typography.Text copyable={{ text: u }} style={{ fontSize: 12 }}>
                        {u}
                      </Typography.Text>
                    ),
                  },
                  {
                    title: t('citizen.sample.answered'),
                    dataIndex: 'used',
                    render: (u: boolean) => <Tag color={u ? 'green' : 'default'}>{u ? t('citizen.sample.yes') : t('citizen.sample.no')}</Tag>,
                  },
                ]}
              />
            </>
          )}
        </QueryState>
      </Card>
    </Space>
  );
}
