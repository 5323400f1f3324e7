import { Fragment, useState, type ReactNode } from 'react';
import { isQuestionShown, type AnswerValue, type SurveyDefinition } from '../../../../../domain/surveys';
import { ApiError } from '../../../api/client';
import { SurveyQuestionField } from './SurveyQuestionField';

type Answers = Record<string, AnswerValue>;
type Section = SurveyDefinition['sections'][number];

/** The answers being typed and the server's message per question, for the citizens' page and the staff's paper entry. */
export function useSurveyAnswers() {
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const answer = (id: string, v: AnswerValue | undefined) =>
    setAnswers((a) => {
      const next = { ...a };
      if (v === undefined) delete next[id];
      else next[id] = v;
      return next;
    });
  return {
    answers,
    errors,
    answer,
    setErrors,
    /** Empties the form for the next respondent. */
    clear: () => {
      setAnswers({});
      setErrors({});
    },
    /** Puts the server's messages ("details.errors") next to their questions. */
    showErrors: (e: Error) => {
      const list = e instanceof ApiError ? ((e.details as { errors?: Array<{ questionId: string; message: string }> } | undefined)?.errors ?? []) : [];
      setErrors(Object.fromEntries(list.map((x) => [x.questionId, x.message])));
    },
  };
}

/**
 * The questions of a survey, section by section, in plain HTML (the public bundle stays free of Ant Design).
 * A question shows only when the answers above it meet its condition, evaluated as the respondent answers,
 * exactly as the server will check them. Each page draws its own section frame with `section`.
 */
export function SurveyQuestions(props: {
  definition: SurveyDefinition;
  form: ReturnType<typeof useSurveyAnswers>;
  section: (section: Section, questions: ReactNode) => ReactNode;
}) {
  const { answers, errors, answer } = props.form;
  const accepted: Answers = {};
  const hidden = new Set<string>();
  return props.definition.sections.map((section) => (
    <Fragment key={section.id}>
      {props.section(
        section,
        section.questions.map((q) => {
          if (!isQuestionShown(q, accepted, hidden)) {
            hidden.add(q.id);
            return null;
          }
          if (answers[q.id] !== undefined) accepted[q.id] = answers[q.id];
          return <SurveyQuestionField key={q.id} question={q} value={answers[q.id]} error={errors[q.id]} onChange={(v) => answer(q.id, v)} />;
        }),
      )}
    </Fragment>
  ));
}
