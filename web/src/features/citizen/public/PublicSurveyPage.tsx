import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { SurveyDefinition } from '../../../../../domain/surveys';
import { post } from '../../../api/client';
import { useT } from '../../../i18n/core';
import { PublicLayout } from '../../../shared/PublicLayout';
import { focusFirstInvalid } from './field-errors';
import { SurveyQuestions, useSurveyAnswers } from './SurveyQuestions';
import { usePublicSurvey } from '../api';

const KIOSK_RESET_SECONDS = 8;

/** Answer a survey from its QR link, an invitation link, or on the desk tablet (?kiosk=1, resets after each answer). */
export function PublicSurveyPage() {
  const t = useT();
  const { key = '' } = useParams();
  const [params] = useSearchParams();
  const kiosk = params.get('kiosk') === '1';
  const survey = usePublicSurvey(key);
  const form = useSurveyAnswers();
  const [website, setWebsite] = useState('');
  const openedAt = useRef(Date.now());
  const [countdown, setCountdown] = useState(KIOSK_RESET_SECONDS);
  const formRef = useRef<HTMLFormElement>(null);
  // The server names the questions to fix: the keyboard lands on the first one, which reads its message.
  useEffect(() => {
    if (Object.keys(form.errors).length) focusFirstInvalid(formRef.current);
  }, [form.errors]);
  const submit = useMutation({
    mutationFn: () =>
      post<{ ok: true }>(`/api/public/surveys/${encodeURIComponent(key)}/responses`, {
        answers: form.answers,
        website,
        kiosk,
        elapsedMs: Date.now() - openedAt.current,
        unitId: params.get('donvi') ? Number(params.get('donvi')) : undefined,
        procedureCode: params.get('thutuc') ?? undefined,
      }),
    onError: form.showErrors,
  });
  const reset = () => {
    form.clear();
    submit.reset();
    openedAt.current = Date.now();
    setCountdown(KIOSK_RESET_SECONDS);
    window.scrollTo(0, 0);
  };
  useEffect(() => {
    if (!kiosk || !submit.isSuccess) return;
    if (countdown <= 0) return reset();
    const timer = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kiosk, submit.isSuccess, countdown]);

  const definition = survey.data?.definition as SurveyDefinition | undefined;
  const title = survey.data?.title ?? t('citizen.sv.title');
  const body = () => {
    if (survey.isLoading) return <p role="status">{t('common.loading')}</p>;
    if (survey.error)
      return (
        <p className="public-error" role="alert">
          {survey.error.message}
        </p>
      );
    if (!definition) return null;
    if (submit.isSuccess) {
      return (
        <div className="public-card" role="status" data-testid="survey-thanks">
          <p style={{ fontSize: 20 }}>
            <strong>{t('citizen.sv.answer.thanks')}</strong>
          </p>
          {kiosk && (
            <>
              <p>{t('citizen.sv.answer.resetIn', { n: countdown })}</p>
              <button type="button" className="public-button" onClick={reset}>
                {t('citizen.sv.answer.again')}
              </button>
            </>
          )}
        </div>
      );
    }
    const onSubmit = (e: FormEvent) => {
      e.preventDefault();
      form.setErrors({});
      submit.mutate();
    };
    return (
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <p>{survey.data?.unitName}</p>
        <SurveyQuestions
          definition={definition}
          form={form}
          section={(section, questions) => (
            <section className="public-card" aria-labelledby={`s-${section.id}`}>
              <h2 id={`s-${section.id}`} style={{ fontSize: 18, marginTop: 0 }}>
                {section.title}
              </h2>
              {questions}
            </section>
          )}
        />
        <div className="public-hp" aria-hidden="true">
          <label htmlFor="sv-website">Website</label>
          <input id="sv-website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
        </div>
        {submit.error && (
          <p className="public-error" role="alert">
            {Object.keys(form.errors).length ? t('citizen.sv.answer.fix') + ' ' : ''}
            {submit.error.message}
          </p>
        )}
        <button type="submit" className="public-button" disabled={submit.isPending} style={{ width: '100%' }}>
          {t('citizen.sv.answer.submit')}
        </button>
      </form>
    );
  };
  return (
    <div className={kiosk ? 'public-kiosk' : undefined}>
      <PublicLayout title={title}>{body()}</PublicLayout>
    </div>
  );
}
