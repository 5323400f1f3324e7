import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { PublicFeedbackCreated } from '../../../../../contracts/citizen-public';
import { api } from '../../../api/client';
import { useT } from '../../../i18n/core';
import { viDate } from '../format';
import { PublicLayout, usePublicSite } from '../../../shared/PublicLayout';
import { useFieldErrors } from './field-errors';

const KINDS = ['procedure', 'regulation', 'officer', 'dossier', 'other'] as const;
const FIELDS = ['subjectKind', 'subjectRef', 'title', 'content', 'addressedUnitId', 'senderName', 'senderContact', 'attachments'];

/** The public feedback form: plain HTML so it is light on a cheap phone and works with a keyboard and a screen reader. */
export function PublicFeedbackPage() {
  const t = useT();
  const site = usePublicSite();
  const errors = useFieldErrors('fb', FIELDS);
  const send = useMutation({
    mutationFn: (form: FormData) => api<PublicFeedbackCreated>('POST', '/api/public/feedback', form),
    onError: errors.show,
  });
  const required = site.data?.senderRequired ?? false;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    // Drop the empty file entry a browser sends when no file was chosen.
    for (const f of form.getAll('attachments')) if (f instanceof File && f.size === 0 && !f.name) form.delete('attachments');
    send.mutate(form);
  };
  if (send.data) {
    return (
      <PublicLayout title={t('citizen.fb.form.title')}>
        <div className="public-card" role="status" data-testid="feedback-sent">
          <p>
            <strong>{t('citizen.fb.sent')}</strong>
          </p>
          <p>
            {t('citizen.fb.keepCode')}{' '}
            <strong data-testid="feedback-code" style={{ fontSize: 20 }}>
              {send.data.code}
            </strong>
          </p>
          <p>
            {t('citizen.fb.keepSecret')}{' '}
            <strong data-testid="feedback-secret" style={{ fontSize: 20 }}>
              {send.data.secret}
            </strong>
          </p>
          <p>
            {t('citizen.fb.handleBy')}: {viDate(send.data.handleBy)}
          </p>
          <Link to={`/cong-khai/phan-anh/${send.data.code}`}>{t('citizen.fb.followLink')}</Link>
        </div>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout title={t('citizen.fb.form.title')}>
      <form ref={errors.formRef} className="public-card public-form" onSubmit={onSubmit} noValidate>
        <label htmlFor="fb-kind">{t('citizen.fb.subjectKind')}</label>
        <select id="fb-kind" name="subjectKind" defaultValue="procedure" {...errors.field('subjectKind')}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`citizen.fb.kind.${k}`)}
            </option>
          ))}
        </select>
        {errors.message('subjectKind')}
        <label htmlFor="fb-ref">{t('citizen.fb.subjectRef')}</label>
        <input id="fb-ref" name="subjectRef" maxLength={300} {...errors.field('subjectRef')} />
        {errors.message('subjectRef')}
        <label htmlFor="fb-title">
          {t('citizen.fb.title')} <span aria-hidden="true">*</span>
        </label>
        <input id="fb-title" name="title" required maxLength={200} {...errors.field('title')} />
        {errors.message('title')}
        <label htmlFor="fb-content">
          {t('citizen.fb.content')} <span aria-hidden="true">*</span>
        </label>
        <textarea id="fb-content" name="content" required rows={6} maxLength={5000} {...errors.field('content')} />
        {errors.message('content')}
        <label htmlFor="fb-unit">{t('citizen.fb.unit')}</label>
        <select id="fb-unit" name="addressedUnitId" defaultValue="" {...errors.field('addressedUnitId')}>
          {(site.data?.units ?? []).map((u, i) => (
            <option key={u.id} value={i === 0 ? '' : u.id}>
              {u.name}
            </option>
          ))}
        </select>
        {errors.message('addressedUnitId')}
        <label htmlFor="fb-name">
          {t('citizen.fb.senderName')} {t(required ? 'citizen.fb.required' : 'citizen.fb.optional')}
        </label>
        <input id="fb-name" name="senderName" autoComplete="name" required={required} maxLength={200} {...errors.field('senderName')} />
        {errors.message('senderName')}
        <label htmlFor="fb-contact">
          {t('citizen.fb.senderContact')} {t(required ? 'citizen.fb.required' : 'citizen.fb.optional')}
        </label>
        <input id="fb-contact" name="senderContact" autoComplete="tel" required={required} maxLength={200} {...errors.field('senderContact')} />
        {errors.message('senderContact')}
        <label htmlFor="fb-files">{t('citizen.fb.attachments')}</label>
        <input
          id="fb-files"
          name="attachments"
          type="file"
          multiple
          accept="image/png,image/jpeg,application/pdf,.doc,.docx,.xls,.xlsx"
          {...errors.field('attachments')}
        />
        {errors.message('attachments')}
        <div className="public-hp" aria-hidden="true">
          <label htmlFor="fb-website">Website</label>
          <input id="fb-website" name="website" tabIndex={-1} autoComplete="off" />
        </div>
        {send.error && !errors.hasAny && (
          <p className="public-error" role="alert">
            {send.error.message}
          </p>
        )}
        <button type="submit" className="public-button" disabled={send.isPending}>
          {send.isPending ? t('citizen.fb.sending') : t('citizen.fb.send')}
        </button>
      </form>
    </PublicLayout>
  );
}
