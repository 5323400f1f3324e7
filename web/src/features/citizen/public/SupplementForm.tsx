import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { PublicFeedbackStatus } from '../../../../../contracts/citizen-public';
import { ApiError, api } from '../../../api/client';
import { useT } from '../../../i18n/core';

/**
 * The citizen adds what the Office asked for: text and up to three files, with the secret shown once
 * when the feedback was sent (the tracking code alone is not enough to write to a feedback).
 */
export function SupplementForm({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useT();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const send = useMutation({
    mutationFn: (form: FormData) => api<PublicFeedbackStatus>('POST', `/api/public/feedback/${encodeURIComponent(code)}/supplement`, form),
    onSuccess: onDone,
    onError: (e) => setFieldErrors(Object.fromEntries((e instanceof ApiError ? (e.details?.fields ?? []) : []).map((f) => [f.field, f.message]))),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setFieldErrors({});
    const form = new FormData(e.currentTarget);
    for (const f of form.getAll('attachments')) if (f instanceof File && f.size === 0 && !f.name) form.delete('attachments');
    send.mutate(form);
  };
  if (send.isSuccess) return <p role="status" data-testid="supplement-done">{t('citizen.fb.supplement.done')}</p>;
  const err = (name: string) => fieldErrors[name] && <span id={`sup-${name}-error`} className="public-error">{fieldErrors[name]}</span>;
  return (
    <form className="public-form" onSubmit={onSubmit} noValidate aria-labelledby="sup-title" data-testid="supplement-form">
      <h3 id="sup-title" style={{ fontSize: 17 }}>{t('citizen.fb.supplement.title')}</h3>
      <label htmlFor="sup-secret">{t('citizen.fb.supplement.secret')}</label>
      <input id="sup-secret" name="secret" autoComplete="off" autoCapitalize="characters" maxLength={40} aria-describedby={fieldErrors.secret ? 'sup-secret-error' : undefined} />
      {err('secret')}
      <label htmlFor="sup-content">{t('citizen.fb.supplement.content')}</label>
      <textarea id="sup-content" name="content" rows={4} maxLength={5000} aria-describedby={fieldErrors.content ? 'sup-content-error' : undefined} />
      {err('content')}
      <label htmlFor="sup-files">{t('citizen.fb.attachments')}</label>
      <input id="sup-files" name="attachments" type="file" multiple accept="image/png,image/jpeg,application/pdf,.doc,.docx,.xls,.xlsx" />
      {send.error && !Object.keys(fieldErrors).length && (
        <p className="public-error" role="alert">
          {send.error.message}
        </p>
      )}
      <button type="submit" className="public-button" disabled={send.isPending}>
        {t('citizen.fb.supplement.send')}
      </button>
    </form>
  );
}
