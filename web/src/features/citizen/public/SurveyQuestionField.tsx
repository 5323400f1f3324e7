import type { AnswerValue, SurveyQuestion } from '../../../../../domain/surveys';
import { useT } from '../../../i18n/core';

/**
 * One question of a survey as accessible form controls: a radio group per Likert scale, checkboxes, number or text.
 * An error is tied to the group or input (aria-describedby) and marks it (data-invalid / aria-invalid) for `focusFirstInvalid`.
 */
export function SurveyQuestionField(props: {
  question: SurveyQuestion;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (v: AnswerValue | undefined) => void;
}) {
  const t = useT();
  const { question: q, value, error, onChange } = props;
  const errorId = error ? `q-${q.id}-error` : undefined;
  const legend = (
    <legend>
      {q.label} {q.required && <span className="public-required">{t('citizen.sv.answer.required')}</span>}
    </legend>
  );
  const errorText = error ? (
    <span id={errorId} className="public-error">
      {error}
    </span>
  ) : null;
  if (q.type === 'likert5' || q.type === 'single') {
    const options = q.type === 'likert5' ? [1, 2, 3, 4, 5].map((n) => ({ value: n, label: `${n} · ${t(`citizen.sv.likert.${n}`)}` })) : q.options;
    return (
      <fieldset className="public-question" aria-describedby={errorId} data-question={q.id} data-invalid={error ? true : undefined}>
        {legend}
        <div className={q.type === 'likert5' ? 'likert-group' : 'choice-group'}>
          {options.map((o) => (
            <label key={o.value} className={`likert-option${value === o.value ? ' checked' : ''}`}>
              <input type="radio" name={q.id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
              {o.label}
            </label>
          ))}
        </div>
        {errorText}
      </fieldset>
    );
  }
  if (q.type === 'multiple') {
    const selected = Array.isArray(value) ? value : [];
    return (
      <fieldset className="public-question" aria-describedby={errorId} data-question={q.id} data-invalid={error ? true : undefined}>
        {legend}
        <div className="choice-group">
          {q.options.map((o) => (
            <label key={o.value} className={`likert-option${selected.includes(o.value) ? ' checked' : ''}`}>
              <input
                type="checkbox"
                name={q.id}
                value={o.value}
                checked={selected.includes(o.value)}
                onChange={(e) => {
                  const next = e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value);
                  onChange(next.length ? next : undefined);
                }}
              />
              {o.label}
            </label>
          ))}
        </div>
        {errorText}
      </fieldset>
    );
  }
  const id = `q-${q.id}`;
  return (
    <div className="public-question public-form" data-question={q.id}>
      <label htmlFor={id}>
        {q.label} {q.required && <span className="public-required">{t('citizen.sv.answer.required')}</span>}
      </label>
      {q.type === 'number' ? (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={q.min}
          max={q.max}
          value={typeof value === 'number' ? value : ''}
          aria-describedby={errorId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      ) : (
        <textarea
          id={id}
          rows={3}
          maxLength={q.maxLength}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={errorId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      )}
      {errorText}
    </div>
  );
}
