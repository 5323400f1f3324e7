import { useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Collapse, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PORTAL_PULL_PRESET, type FieldMapping, type PullConfig, type SourceView } from '../../../../contracts/sources';
import { PORTAL_FIELD_NOTES, PORTAL_MAPPING } from '../../../../domain/sources/portal-format';
import { api, ApiError } from '../../api/client';
import { useT } from '../../i18n/core';
import { FIELD_LABELS } from './field-labels';
import { MappingEditor } from './MappingEditor';
import { scheduleOf, SourceBasicsFields, type BasicsValues } from './SourceBasics';

interface Values extends BasicsValues {
  baseUrl: string;
  username?: string;
  password?: string;
  advanced: string;
}

/**
 * A source pulled over HTTP: the address and account of the province's one-stop system, the field mapping (the
 * national portal's synchronisation names by default, fields no public document names marked), and the
 * connection's paths and parameters as JSON for what differs from system to system.
 */
export function PullSourceForm() {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [mapping, setMapping] = useState<FieldMapping>(PORTAL_MAPPING);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notFound = PORTAL_FIELD_NOTES.filter((n) => n.provenance !== 'portal');
  const save = async (v: Values) => {
    let advanced: Omit<PullConfig, 'baseUrl' | 'mapping'>;
    try {
      advanced = JSON.parse(v.advanced);
    } catch {
      setError(t('sources.pull.badJson'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = {
        kind: 'pull',
        name: v.name,
        code: v.code,
        unitId: v.unitId,
        schedule: scheduleOf(v),
        config: { ...advanced, baseUrl: v.baseUrl, mapping },
        credentials: v.username && v.password ? { username: v.username, password: v.password } : null,
      };
      const created = await api<SourceView>('POST', '/api/sources', body);
      void qc.invalidateQueries({ queryKey: ['sources'] });
      message.success(t('sources.form.saved'));
      navigate(`/nguon-du-lieu/${created.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('sources.pull.title')}>
      <Typography.Paragraph type="secondary">{t('sources.pull.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{ scheduleKind: 'interval', minutes: 15, advanced: JSON.stringify(PORTAL_PULL_PRESET, null, 2) }}
      >
        <div style={{ maxWidth: 640 }}>
          <SourceBasicsFields />
          <Form.Item
            name="baseUrl"
            label={t('sources.pull.baseUrl')}
            rules={[{ required: true, pattern: /^https?:\/\/\S+$/, message: t('sources.pull.baseUrl') }]}
          >
            <Input placeholder="https://motcua.haiphong.gov.vn/api" />
          </Form.Item>
          <Space>
            <Form.Item name="username" label={t('sources.pull.username')}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="password" label={t('sources.pull.password')}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Space>
        </div>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={notFound.map((n) => `${n.field === 'updatedAt' ? 'Thời điểm cập nhật' : FIELD_LABELS[n.field]}: ${n.note}`).join(' · ')}
        />
        <MappingEditor mapping={mapping} onChange={setMapping} columns={null} />
        <Collapse
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'adv',
              label: t('sources.pull.advanced'),
              children: (
                <Form.Item name="advanced" noStyle>
                  <Input.TextArea autoSize={{ minRows: 8, maxRows: 30 }} style={{ fontFamily: 'monospace' }} />
                </Form.Item>
              ),
            },
          ]}
        />
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>
          {t('sources.form.save')}
        </Button>
      </Form>
    </Card>
  );
}
