import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../i18n/core';
import { viDate } from '../format';
import { PublicLayout } from '../../../shared/PublicLayout';
import { SupplementForm } from './SupplementForm';
import { usePublicFeedback } from '../api';

const CODE = /^PAKN-\d{4}-[A-Z0-9]{6}$/i;

/** Follow a feedback by its tracking code: status, steps, and the answer once published. */
export function PublicFollowPage() {
  const t = useT();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const valid = CODE.test(code);
  const [typed, setTyped] = useState(valid ? code : '');
  const [supplemented, setSupplemented] = useState(false);
  const status = usePublicFeedback(code, valid);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/cong-khai/phan-anh/${typed.trim().toUpperCase()}`);
  };
  const f = status.data;
  return (
    <PublicLayout title={t('citizen.fb.follow.title')}>
      <form className="public-card public-form" onSubmit={onSubmit} role="search">
        <label htmlFor="follow-code">{t('citizen.fb.follow.code')}</label>
        <input id="follow-code" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="PAKN-2026-ABC123" autoCapitalize="characters" />
        <button type="submit" className="public-button">
          {t('citizen.fb.follow.search')}
        </button>
      </form>
      {status.isLoading && <p role="status">{t('common.loading')}</p>}
      {status.error && (
        <p className="public-error" role="alert">
          {status.error.message}
        </p>
      )}
      {f && (
        <section className="public-card" aria-labelledby="follow-result" data-testid="feedback-status">
          <h2 id="follow-result" style={{ fontSize: 19, marginTop: 0 }}>
            {f.code}: {f.title}
          </h2>
          <dl className="public-dl">
            <dt>{t('citizen.fb.status')}</dt>
            <dd data-testid="feedback-status-label">{t(`citizen.fb.status.${f.status}`)}</dd>
            <dt>{t('citizen.fb.receivedOn')}</dt>
            <dd>{viDate(f.receivedOn)}</dd>
            <dt>{t('citizen.fb.handleBy')}</dt>
            <dd>{viDate(f.handleBy)}</dd>
            {f.handlingUnit && (
              <>
                <dt>{t('citizen.fb.handlingUnit')}</dt>
                <dd>{f.handlingUnit}</dd>
              </>
            )}
          </dl>
          {f.publishedAnswer && (
            <>
              <h3 style={{ fontSize: 17 }}>
                {t('citizen.fb.answer')} ({t('citizen.fb.publishedOn').toLowerCase()} {viDate(f.publishedOn)})
              </h3>
              <p className="public-answer" data-testid="published-answer">
                {f.publishedAnswer}
              </p>
              {f.answerFiles.length > 0 && (
                <ul aria-label={t('citizen.fb.answerFiles')} data-testid="answer-files">
                  {f.answerFiles.map((file) => (
                    <li key={file.id}>
                      <a href={`/api/public/feedback/${encodeURIComponent(f.code)}/answer-files/${file.id}`} download={file.name}>
                        {file.name}
                      </a>{' '}
                      ({Math.max(1, Math.round(file.size / 1024))} KB)
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {f.refusedReason && (
            <p>
              <strong>{t('citizen.fb.refusedReason')}:</strong> {f.refusedReason}
            </p>
          )}
          {/* Kept after sending so its confirmation stays visible once the status no longer offers the form. */}
          {(f.canSupplement || supplemented) && <SupplementForm code={f.code} onDone={() => (setSupplemented(true), void status.refetch())} />}
          <h3 style={{ fontSize: 17 }}>{t('citizen.fb.history')}</h3>
          <ol className="public-history">
            {f.history.map((h, i) => (
              <li key={i}>
                {viDate(h.on)} — {t(`citizen.fb.event.${h.kind}`)}
                {h.note ? `: ${h.note}` : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
    </PublicLayout>
  );
}
