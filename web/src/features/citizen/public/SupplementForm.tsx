import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { PublicFeedbackStatus } from '../../../../../contracts/citizen-public';
import { api } from '../../../api/client';
import { useT } from '../../../i18n/core';
import { useFieldErrors } from './field-errors';

const FIELDS = ['secret', 'content', 'attachments'];

/**
 * The citizen adds what the Office asked for: text and up to three files, with the secret shown once
 * when the feedback was sent (the tracking code alone is not enough to write to a feedback).
 */
export function SupplementForm({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useT();
  const errors = useFieldErrors('sup', FIELDS);
  const send = useMutation({
    mutationFn: (form: FormData) => api<PublicFeedbackStatus>('POST', `/api/public/feedback/${encodeURIComponent(code)}/supplement`, form),
    onSuccess: onDone,
    onError: errors.show,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    for (const f of form.getAll('attachments')) if (f instanceof File && f.size === 0 && !f.name) form.delete('attachments');
    send.mutate(form);
  };
  if (send.isSuccess)
    return (
      <p role="status" data-testid="supplement-done">
        {t('citizen.fb.supplement.done')}
      </p>
    );
  return (
    <form ref={errors.formRef} className="public-form" onSubmit={onSubmit} noValidate aria-labelledby="sup-title" data-testid="supplement-form">
      <h3 id="sup-title" style={{ fontSize: 17 }}>
        {t('citizen.fb.supplement.title')}
      </h3>
      <label htmlFor="sup-secret">{t('citizen.fb.supplement.secret')}</label>
      <input id="sup-secret" name="secret" autoComplete="off" autoCapitalize="characters" maxLength={40} {...errors.field('secret')} />
      {errors.message('secret')}
      <label htmlFor="sup-content">{t('citizen.fb.supplement.content')}</label>
      <textarea id="sup-content" name="content" rows={4} maxLength={5000} {...errors.field('content')} />
      {errors.message('content')}
      <label htmlFor="sup-files">{t('citizen.fb.attachments')}</label>
      <input
        id="sup-files"
        name="attachments"
        type="file"
        multiple
        accept="image/png,image/jpeg,application/pdf,.doc,.docx,.xls,.xlsx"
        {...errors.field('attachments')}
      />
      {errors.message('attachments')}
      {send.error && !errors.hasAny && (
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
