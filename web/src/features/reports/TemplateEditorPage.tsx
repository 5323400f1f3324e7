import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PublishTemplateRequest, ReportTemplate } from '../../../../contracts/reports';
import { ApiError, get, post } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { TemplateSectionsFields } from './TemplateSectionsFields';
import { useReportTemplates } from './api';

type MetricInfo = { key: string; label: { vi: string; en: string }; unit: '%' | 'count' };
const NEW = '__new';

/** Edits the latest version of a template (code in the URL) and publishes the next version. */
export function TemplateEditorPage() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<PublishTemplateRequest>();
  const [error, setError] = useState<string | null>(null);
  const templates = useReportTemplates();
  const metrics = useQuery({ queryKey: ['metrics', 'list'], queryFn: () => get<MetricInfo[]>('/api/metrics') });
  // The latest version of each code: the one a new window would open with, and the one edited here.
  const latest = useMemo(() => {
    const by = new Map<string, ReportTemplate>();
    for (const x of templates.data ?? []) if ((by.get(x.code)?.version ?? 0) < x.version) by.set(x.code, x);
    return [...by.values()];
  }, [templates.data]);
  const code = params.get('code') ?? latest[0]?.code ?? NEW;
  const current = latest.find((x) => x.code === code);
  useEffect(() => {
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      current
        ? { code: current.code, name: current.name, sections: current.sections }
        : { code: '', name: '', sections: [{ key: 'I', title: '', indicators: [] }] },
    );
  }, [current, form]);
  const publish = useMutation({
    mutationFn: (v: PublishTemplateRequest) => post<ReportTemplate>('/api/reports/templates', v),
    onSuccess: (saved) => {
      message.success(t('tpl.published', { code: saved.code, version: saved.version }));
      void qc.invalidateQueries({ queryKey: ['report-templates'] });
      setParams({ code: saved.code }, { replace: true });
    },
    onError: (e) => {
      setError((e as Error).message);
      // "sections.1.indicators.0.metricKey" (from the server's check or the contract) → that input.
      const fields = e instanceof ApiError ? (e.details?.fields ?? []) : [];
      form.setFields(fields.map((f) => ({ name: f.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as never, errors: [f.message] })));
    },
  });
  // Blank optional inputs are left out rather than sent as empty strings.
  const submit = (v: PublishTemplateRequest) =>
    publish.mutate({
      ...v,
      sections: (v.sections ?? []).map((s) => ({
        ...s,
        indicators: (s.indicators ?? []).map((i) => ({
          key: i.key,
          label: i.label,
          source: i.source,
          aggregate: i.aggregate,
          ...(i.unit ? { unit: i.unit } : {}),
          ...(i.source === 'metric' && i.metricKey ? { metricKey: i.metricKey } : {}),
        })),
      })),
    });
  const metricOptions = (metrics.data ?? []).map((m) => ({ value: m.key, label: `${t.lang === 'en' ? m.label.en : m.label.vi} (${m.key})` }));
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tpl.title')}
        </Typography.Title>
      }
    >
      <QueryState isLoading={templates.isLoading || metrics.isLoading} error={templates.error ?? metrics.error} onRetry={() => void templates.refetch()}>
        <div className="page-toolbar">
          <span>{t('tpl.pick')}</span>
          <Select
            aria-label={t('tpl.pick')}
            style={{ minWidth: 320 }}
            value={code}
            onChange={(v) => setParams({ code: v }, { replace: true })}
            options={[...latest.map((x) => ({ value: x.code, label: `${x.code} — ${x.name} (v${x.version})` })), { value: NEW, label: t('tpl.new') }]}
          />
        </div>
        <Typography.Paragraph type="secondary">
          {current ? t('tpl.version', { version: current.version, next: current.version + 1 }) : t('tpl.firstVersion')}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit}>
          <div style={{ display: 'grid', gridTemplateColumns: '200px 1fr', gap: 8 }}>
            <Form.Item name="code" label={t('tpl.code')} rules={[{ required: true, message: t('tpl.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="name" label={t('tpl.name')} rules={[{ required: true, message: t('tpl.required') }]}>
              <Input />
            </Form.Item>
          </div>
          <TemplateSectionsFields metrics={metricOptions} />
          <div style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={publish.isPending}>
              {t('tpl.publish')}
            </Button>
          </div>
        </Form>
      </QueryState>
    </Card>
  );
}
