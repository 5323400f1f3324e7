import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { CalendarDayView } from '../../../../contracts/calendar';
import { del, post, put } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { viDate } from './dossier-ui';
import { vietnamYear } from '../../shared/today';
import { useCalendarDays, useDueDate } from './api';

/** The administrator's year calendar: statutory days, overrides (add, move = remove + add, remove), CSV import/export. */
export function CalendarPage() {
  const t = useT();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? vietnamYear());
  const [csv, setCsv] = useState('');
  const [trial, setTrial] = useState<{ start: string; days: number } | null>(null);
  const days = useCalendarDays(year);
  const due = useDueDate(trial);
  const refresh = () => qc.invalidateQueries({ queryKey: ['calendar'] });
  const add = useMutation({
    mutationFn: (v: { date: dayjs.Dayjs; kind: string; name: string }) => post('/api/calendar/days', { ...v, date: v.date.format('YYYY-MM-DD') }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (date: string) => del(`/api/calendar/days/${date}`), onSuccess: refresh });
  const importYear = useMutation({ mutationFn: () => put(`/api/calendar/years/${year}`, { format: 'csv', content: csv }), onSuccess: refresh });
  const error = add.error ?? remove.error ?? importYear.error;
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('calendar.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        <span>{t('calendar.year')}</span>
        <InputNumber
          aria-label={t('calendar.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setParams({ year: String(v) }, { replace: true })}
        />
        <Button href={`/api/calendar/years/${year}/export`}>{t('calendar.export')}</Button>
      </div>
      {error && <Alert type="error" showIcon title={(error as Error).message} style={{ marginBottom: 12 }} />}
      <Form layout="inline" onFinish={(v) => add.mutate(v)} style={{ marginBottom: 12 }} aria-label={t('calendar.add')}>
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true }]}>
          <Select style={{ width: 140 }} options={['holiday', 'makeup', 'workday'].map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true }]}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={add.isPending}>
          {t('calendar.add')}
        </Button>
      </Form>
      <QueryState isLoading={days.isLoading} error={days.error} isEmpty={days.data?.length === 0} onRetry={() => days.refetch()}>
        <Table<CalendarDayView>
          rowKey="date"
          size="small"
          pagination={false}
          dataSource={days.data}
          columns={[
            { title: t('calendar.date'), dataIndex: 'date', render: (d: string) => `${viDate(d)} (${dayjs(d).format('ddd')})` },
            {
              title: t('calendar.kind'),
              dataIndex: 'kind',
              render: (k: string) => <Tag color={k === 'workday' ? 'blue' : 'red'}>{t(`calendar.kind.${k}`)}</Tag>,
            },
            { title: t('calendar.name'), dataIndex: 'name' },
            { title: t('calendar.source'), dataIndex: 'source', render: (s: string) => t(`calendar.source.${s}`) },
            {
              title: '',
              render: (_, d) =>
                d.source === 'override' && (
                  <Popconfirm title={t('calendar.remove')} onConfirm={() => remove.mutate(d.date)}>
                    <Button size="small" danger>
                      {t('calendar.remove')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </QueryState>
      <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
        <Typography.Text strong>{t('calendar.import')}</Typography.Text>
        <Typography.Text type="secondary">{t('calendar.importHelp')}</Typography.Text>
        <Input.TextArea
          aria-label={t('calendar.import')}
          rows={4}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          placeholder={'date,kind,name\n2026-02-16,holiday,Nghỉ Tết Nguyên đán'}
        />
        <Button disabled={!csv.trim()} loading={importYear.isPending} onClick={() => importYear.mutate()}>
          {t('calendar.import')}
        </Button>
        <Typography.Text strong>{t('calendar.dueTitle')}</Typography.Text>
        <Form layout="inline" onFinish={(v: { start: dayjs.Dayjs; days: number }) => setTrial({ start: v.start.format('YYYY-MM-DD'), days: v.days })}>
          <Form.Item name="start" label={t('dossiers.receivedOn')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="days" label={t('calendar.days')} rules={[{ required: true }]}>
            <InputNumber min={0} max={365} />
          </Form.Item>
          <Button htmlType="submit">{t('calendar.dueTitle')}</Button>
        </Form>
        {due.data && <Alert type="info" showIcon title={`${t('dossiers.dueOn')}: ${viDate(due.data.due)}`} description={due.data.explanation} />}
      </Space>
    </Card>
  );
}
