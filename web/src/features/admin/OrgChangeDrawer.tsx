import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Drawer, Form, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { OrgChange, OrgChangeOutcome, OrgChangeRequest } from '../../../../contracts/org-changes';
import type { OrgUnit } from '../../../../contracts/org-units';
import { ApiError, post } from '../../api/client';
import { useT } from '../../i18n/core';
import { OrgChangeForm } from './OrgChangeForm';
import { OrgChangePreview } from './OrgChangePreview';
import { toChangeRequest, type ChangeFormValues } from './org-change-request';

/**
 * Records a change of the organisation in two steps: the form, then a preview of exactly what the change
 * does (computed by the server in a transaction it rolls back), where the administrator can send each
 * record elsewhere, before confirming.
 */
export function OrgChangeDrawer(props: { open: boolean; onClose: () => void; units: OrgUnit[]; initial?: Partial<ChangeFormValues> }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ChangeFormValues>();
  const [values, setValues] = useState<ChangeFormValues | null>(null);
  const [destinations, setDestinations] = useState<Record<string, number | null>>({});
  const [historyGrants, setHistoryGrants] = useState<number[]>([]);
  const [outcome, setOutcome] = useState<OrgChangeOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!props.open) return;
    setValues(null);
    setOutcome(null);
    setDestinations({});
    setHistoryGrants([]);
    setError(null);
  }, [props.open]);

  const fail = (err: unknown) => setError(err instanceof ApiError ? err.message : String(err));
  const preview = useMutation({
    mutationFn: (req: OrgChangeRequest) => post<OrgChangeOutcome>('/api/org-changes/preview', req),
    onSuccess: (o) => {
      setError(null);
      setOutcome(o);
    },
    onError: fail,
  });
  const confirm = useMutation({
    mutationFn: (req: OrgChangeRequest) => post<OrgChange>('/api/org-changes', req),
    onSuccess: async (change) => {
      message.success(`${t('units.change.done')} ${change.outcome.summary}`);
      await qc.invalidateQueries({ queryKey: ['org-units'] });
      await qc.invalidateQueries({ queryKey: ['org-changes'] });
      await qc.invalidateQueries({ queryKey: ['unit-history'] });
      props.onClose();
    },
    onError: fail,
  });

  const request = (v: ChangeFormValues, d = destinations, g = historyGrants) => toChangeRequest(v, { destinations: d, historyGrants: g });
  const newUnits = (values?.successors ?? []).map((s, i) => ({ ref: -(i + 1), name: s.name ?? '' })).filter((_, i) => values?.successors?.[i].mode === 'new');

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      size={Math.min(1040, window.innerWidth - 48)}
      title={t('units.change.new')}
      destroyOnHidden
      footer={
        <Space>
          {outcome ? (
            <>
              <Button onClick={() => setOutcome(null)}>{t('units.change.back')}</Button>
              <Button type="primary" loading={confirm.isPending} onClick={() => values && confirm.mutate(request(values))}>
                {t('units.change.confirm')}
              </Button>
            </>
          ) : (
            <Button type="primary" loading={preview.isPending} onClick={() => form.submit()}>
              {t('units.change.preview')}
            </Button>
          )}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <div style={{ display: outcome ? 'none' : 'block' }}>
        <OrgChangeForm
          form={form}
          units={props.units}
          initial={props.initial}
          onFinish={(v) => {
            setValues(v);
            preview.mutate(request(v));
          }}
        />
      </div>
      {outcome && values && (
        <OrgChangePreview
          outcome={outcome}
          units={props.units}
          newUnits={newUnits}
          historyGrants={historyGrants}
          onDestination={(key, to) => {
            const next = { ...destinations, [key]: to };
            setDestinations(next);
            preview.mutate(request(values, next));
          }}
          onGrant={(userId, granted) => {
            const next = granted ? [...historyGrants, userId] : historyGrants.filter((id) => id !== userId);
            setHistoryGrants(next);
            preview.mutate(request(values, destinations, next));
          }}
        />
      )}
    </Drawer>
  );
}
