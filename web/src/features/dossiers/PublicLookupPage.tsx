import { Alert, Button, Descriptions, Form, Input, Spin, Timeline } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../i18n/core';
import { PublicLayout } from '../../shared/PublicLayout';
import { viDate } from './dossier-ui';
import { usePublicDossier } from './api';

/** Citizens look up their dossier with its code and the last 4 digits of their phone (no account). */
export function PublicLookupPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const code = params.get('ma') ?? '';
  const phone4 = params.get('so') ?? '';
  const result = usePublicDossier(code, phone4);
  return (
    <PublicLayout title={t('public.lookup.title')}>
      <p>{t('public.lookup.help')}</p>
      <Form
        layout="vertical"
        initialValues={{ code, phone4 }}
        onFinish={(v: { code: string; phone4: string }) => setParams({ ma: v.code.trim(), so: v.phone4.trim() })}
      >
        <Form.Item name="code" label={t('public.lookup.code')} rules={[{ required: true }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone4" label={t('public.lookup.phone4')} rules={[{ required: true, pattern: /^\d{4}$/ }]}>
          <Input inputMode="numeric" maxLength={4} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('public.lookup.submit')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {result.isFetching && <Spin />}
        {result.error && <Alert type="error" showIcon title={(result.error as Error).message} />}
        {result.data && (
          <>
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label={t('public.lookup.code')}>{result.data.code}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.procedure')}>{result.data.procedureName}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.state')}>
                <strong data-testid="public-state">{result.data.stateLabel}</strong>
              </Descriptions.Item>
              <Descriptions.Item label={t('dossiers.receivedOn')}>{viDate(result.data.receivedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('dossiers.dueOn')}>{viDate(result.data.dueOn)}</Descriptions.Item>
              {result.data.appointmentOn && <Descriptions.Item label={t('dossiers.newAppointment')}>{viDate(result.data.appointmentOn)}</Descriptions.Item>}
            </Descriptions>
            <h2 style={{ fontSize: 18, marginTop: 16 }}>{t('dossiers.history')}</h2>
            <Timeline items={result.data.history.map((h, i) => ({ key: i, children: `${viDate(h.on)} – ${h.summary}` }))} />
          </>
        )}
      </div>
    </PublicLayout>
  );
}
