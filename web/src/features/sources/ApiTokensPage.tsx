import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { ApiToken, CreatedApiToken } from '../../../../contracts/outbound';
import { get, post } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useOrgUnits } from '../../shared/use-org-units';
import { formatTime } from './source-ui';

type Token = z.infer<typeof ApiToken>;

/** Keys other systems (the province's reporting system) use to pull the 766 figures and register extracts. */
export function ApiTokensPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const units = useOrgUnits();
  const tokens = useQuery({ queryKey: ['api-tokens'], queryFn: () => get<{ items: Token[] }>('/api/api-tokens') });
  const [created, setCreated] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string; unitId: number }>();
  const create = useMutation({
    mutationFn: (v: { name: string; unitId: number }) => post<z.infer<typeof CreatedApiToken>>('/api/api-tokens', v),
    onSuccess: (k) => {
      setCreated(k.token);
      form.resetFields();
      void qc.invalidateQueries({ queryKey: ['api-tokens'] });
    },
    onError: (e: Error) => message.error(e.message),
  });
  const revoke = useMutation({
    mutationFn: (id: number) => post<Token>(`/api/api-tokens/${id}/revoke`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['api-tokens'] }),
    onError: (e: Error) => message.error(e.message),
  });
  return (
    <Card title={t('tokens.title')}>
      <Typography.Paragraph type="secondary">{t('tokens.intro')}</Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={(v) => create.mutate(v)} style={{ marginBottom: 16 }}>
        <Form.Item
          name="name"
          label={t('tokens.name')}
          rules={[{ required: true, min: 3, message: t('sources.form.required', { what: t('tokens.name').toLowerCase() }) }]}
        >
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('tokens.unit')}
          rules={[{ required: true, message: t('sources.form.required', { what: t('tokens.unit').toLowerCase() }) }]}
        >
          <Select
            style={{ width: 300 }}
            showSearch
            optionFilterProp="label"
            options={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('tokens.add')}
        </Button>
      </Form>
      {created && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setCreated(null)}
          style={{ marginBottom: 16 }}
          title={t('tokens.shownOnce')}
          description={
            <Typography.Text code copyable>
              {created}
            </Typography.Text>
          }
        />
      )}
      <QueryState isLoading={tokens.isLoading} error={tokens.error} isEmpty={tokens.data?.items.length === 0}>
        <Table<Token>
          rowKey="id"
          dataSource={tokens.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t('tokens.name'), dataIndex: 'name' },
            { title: t('tokens.unit'), dataIndex: 'unitName' },
            { title: t('tokens.prefix'), dataIndex: 'prefix', render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
            { title: t('tokens.created'), dataIndex: 'createdAt', render: formatTime },
            { title: t('tokens.lastUsed'), dataIndex: 'lastUsedAt', render: formatTime },
            {
              title: '',
              render: (_, k) =>
                k.revokedAt ? (
                  <Tag>{t('tokens.revoked')}</Tag>
                ) : (
                  <Space>
                    <Popconfirm title={t('tokens.revoke')} onConfirm={() => revoke.mutate(k.id)}>
                      <Button danger size="small">
                        {t('tokens.revoke')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
