import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import ReactECharts from 'echarts-for-react';
import { useState } from 'react';
import type { ExternalIndexResult, SaveExternalIndexResultRequest } from '../../../../contracts/frameworks';
import { post } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useExternalResults } from './api';
import { vietnamYear } from '../../shared/today';

/** The province's published results (score, rank "02/18") by year, with the trend of the PAR Index. */
export function ExternalResultsCard() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const results = useExternalResults();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<SaveExternalIndexResultRequest>();
  const save = useMutation({
    mutationFn: (v: SaveExternalIndexResultRequest) => post<ExternalIndexResult>('/api/external-index-results', v),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['external-index-results'] });
      setAdding(false);
    },
    onError: (e) => message.error((e as Error).message),
  });
  const par = (results.data ?? []).filter((r) => r.indexCode === 'PAR');
  return (
    <Card
      title={t('as.external')}
      extra={hasPermission(me.data, 'index-result:manage') && <Button onClick={() => setAdding(true)}>{t('as.externalAdd')}</Button>}
    >
      <QueryState isLoading={results.isLoading} error={results.error} isEmpty={results.data?.length === 0} onRetry={() => results.refetch()}>
        {par.length > 1 && (
          <ReactECharts
            style={{ height: 220 }}
            option={{
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: par.map((r) => String(r.year)) },
              yAxis: [
                { type: 'value', name: t('as.score'), min: (v: { min: number }) => Math.floor(v.min - 2) },
                { type: 'value', name: t('as.rank'), inverse: true, minInterval: 1 },
              ],
              series: [
                { name: t('as.score'), type: 'line', data: par.map((r) => r.score), label: { show: true } },
                {
                  name: t('as.rank'),
                  type: 'bar',
                  yAxisIndex: 1,
                  data: par.map((r) => r.rank),
                  label: { show: true, formatter: (p: { dataIndex: number }) => par[p.dataIndex]?.rankLabel ?? '' },
                },
              ],
            }}
          />
        )}
        <Table<ExternalIndexResult>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={results.data}
          columns={[
            { title: t('as.index'), dataIndex: 'indexCode', width: 90 },
            { title: t('fw.year'), dataIndex: 'year', width: 80 },
            { title: t('as.unit'), dataIndex: 'unitName' },
            { title: t('as.score'), dataIndex: 'score', align: 'right' },
            { title: t('as.rank'), dataIndex: 'rankLabel' },
            { title: t('as.note'), dataIndex: 'note' },
          ]}
        />
      </QueryState>
      {adding && (
        <Modal open title={t('as.externalAdd')} onCancel={() => setAdding(false)} onOk={() => form.submit()} confirmLoading={save.isPending}>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ indexCode: 'PAR', unitId: me.data?.unit.id, year: vietnamYear() - 1, rankOf: 18 }}
            onFinish={(v) => save.mutate({ ...v, score: v.score ?? null, rank: v.rank ?? null, rankOf: v.rankOf ?? null })}
          >
            <Form.Item name="unitId" hidden>
              <InputNumber />
            </Form.Item>
            <Form.Item name="indexCode" label={t('as.index')}>
              <Select options={['PAR', 'SIPAS', 'PAPI', 'PCI', 'ICT', 'DTI'].map((c) => ({ value: c, label: c }))} />
            </Form.Item>
            <Form.Item name="year" label={t('fw.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="score" label={t('as.score')}>
              <InputNumber min={0} max={100} step={0.01} />
            </Form.Item>
            <Form.Item name="rank" label={t('as.rank')}>
              <InputNumber min={1} />
            </Form.Item>
            <Form.Item name="rankOf" label={t('as.rankOf')}>
              <InputNumber min={1} />
            </Form.Item>
            <Form.Item name="note" label={t('as.note')}>
              <Input />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
