// Starting an import: the decision's appendix as a Word/Excel file or pasted text, with the framework's code, name
// and year; the recent imports below, each opening its review.
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Radio, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { FrameworkImportDetail, StartImportRequest } from '../../../../contracts/framework-imports';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { fileToBase64, importCalls, useImports } from './import-api';

type Values = { code: string; name: string; year: number; source: 'file' | 'text'; text?: string };

/** The upload form and the list of imports. */
export function ImportStartPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const imports = useImports();
  const [file, setFile] = useState<File | null>(null);
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('source', form) ?? 'file';
  const start = useMutation({
    mutationFn: async (v: Values): Promise<FrameworkImportDetail> => {
      const base = { code: v.code, name: v.name, year: v.year };
      let body: StartImportRequest;
      if (v.source === 'text') body = { ...base, kind: 'text', fileName: 'Nội dung dán', text: v.text ?? '' };
      else {
        if (!file) throw new Error('Chọn tệp phụ lục (.docx hoặc .xlsx).');
        const kind = /\.xlsx$/i.test(file.name) ? 'xlsx' : 'docx';
        body = { ...base, kind, fileName: file.name, contentBase64: await fileToBase64(file) };
      }
      return importCalls.start(body);
    },
    onSuccess: (d) => navigate(`/bo-chi-so/nhap/${d.id}`),
    onError: (e: Error) => message.error(e.message),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('fi.title')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">{t('fi.help')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ source: 'file', year: new Date().getFullYear() }}
          onFinish={(v) => start.mutate(v)}
          style={{ maxWidth: 760 }}
        >
          <Space wrap align="start">
            <Form.Item
              name="code"
              label={t('fi.code')}
              rules={[{ required: true, pattern: /^[A-Z0-9][A-Z0-9-]*$/, message: 'Mã chỉ gồm chữ in hoa, số và dấu gạch ngang (ví dụ HP-SO-NGANH).' }]}
            >
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="year" label={t('fi.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
          </Space>
          <Form.Item name="name" label={t('fi.name')} rules={[{ required: true, message: 'Nhập tên bộ chỉ số.' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="source" label={t('fi.source')}>
            <Radio.Group
              options={[
                { value: 'file', label: t('fi.source.file') },
                { value: 'text', label: t('fi.source.text') },
              ]}
            />
          </Form.Item>
          {source === 'file' ? (
            <Form.Item label={t('fi.file')} required>
              <Upload accept=".docx,.xlsx" maxCount={1} beforeUpload={(f) => (setFile(f), false)} onRemove={() => setFile(null)}>
                <Button icon={<UploadOutlined />}>{t('fi.pick')}</Button>
              </Upload>
            </Form.Item>
          ) : (
            <Form.Item name="text" label={t('fi.text')} rules={[{ required: true, message: 'Dán nội dung bảng phụ lục.' }]}>
              <Input.TextArea rows={12} style={{ fontFamily: 'monospace', fontSize: 12 }} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={start.isPending}>
            {t('fi.read')}
          </Button>
        </Form>
      </Card>
      <Card title={t('fi.recent')}>
        <QueryState isLoading={imports.isLoading} error={imports.error} isEmpty={imports.data?.length === 0} onRetry={() => imports.refetch()}>
          <Table
            rowKey="id"
            size="small"
            dataSource={imports.data}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t('fi.code'), dataIndex: 'code', render: (v: string, r) => <Link to={`/bo-chi-so/nhap/${r.id}`}>{v}</Link> },
              { title: t('fi.name'), dataIndex: 'name' },
              { title: t('fi.source'), dataIndex: 'sourceName' },
              { title: t('fi.flagged'), dataIndex: 'flagged', align: 'right' },
              {
                title: '',
                dataIndex: 'status',
                render: (s: string, r) => (
                  <Tag color={s === 'published' ? 'green' : 'blue'}>
                    {t(`fi.status.${s}`)}
                    {r.publishedVersion ? ` v${r.publishedVersion}` : ''}
                  </Tag>
                ),
              },
            ]}
          />
        </QueryState>
      </Card>
    </Space>
  );
}
