/**
 * Checks one filled-in survey against its definition. Questions hidden by their showIf condition are
 * neither required nor kept: a respondent who changed an earlier answer may leave stale values behind.
 */
import { surveyQuestions, type SurveyDefinition, type SurveyQuestion } from './survey-definition';

export type AnswerValue = string | number | string[];

export interface ResponseError {
  questionId: string;
  message: string;
}

export interface ResponseCheck {
  valid: boolean;
  errors: ResponseError[];
  /** Answers to shown questions that passed their checks. */
  answers: Record<string, AnswerValue>;
  /** Questions not shown to this respondent. */
  hidden: string[];
}

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Whether a question is shown, given the accepted answers to the questions before it. */
export function isQuestionShown(question: SurveyQuestion, accepted: Readonly<Record<string, AnswerValue>>, hidden: ReadonlySet<string>): boolean {
  const condition = question.showIf;
  if (!condition) return true;
  if (hidden.has(condition.questionId)) return false;
  const answer = accepted[condition.questionId];
  if (answer === undefined) return false;
  const wanted = 'in' in condition ? condition.in : [condition.equals];
  // A multiple-choice answer matches when any of its selections is wanted.
  const given = Array.isArray(answer) ? answer : [answer];
  return given.some((v) => wanted.includes(v));
}

/** The Vietnamese problem with a non-empty answer, or null when it is acceptable. */
function checkAnswer(q: SurveyQuestion, value: unknown): string | null {
  const name = `Câu «${q.label}»`;
  switch (q.type) {
    case 'likert5':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5 ? null : `${name}: chọn một mức từ 1 đến 5.`;
    case 'single':
      if (typeof value !== 'string') return `${name}: chọn một phương án.`;
      return q.options.some((o) => o.value === value) ? null : `${name}: phương án «${value}» không có trong danh sách.`;
    case 'multiple': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return `${name}: chọn một hoặc nhiều phương án.`;
      const unknown = value.filter((v) => !q.options.some((o) => o.value === v));
      if (unknown.length > 0) return `${name}: phương án ${unknown.map((v) => `«${v}»`).join(', ')} không có trong danh sách.`;
      if (new Set(value).size !== value.length) return `${name}: một phương án được chọn nhiều lần.`;
      if (q.minSelected !== undefined && value.length < q.minSelected) return `${name}: chọn ít nhất ${q.minSelected} phương án.`;
      if (q.maxSelected !== undefined && value.length > q.maxSelected) return `${name}: chọn tối đa ${q.maxSelected} phương án.`;
      return null;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${name}: phải là một số.`;
      if (q.integer && !Number.isInteger(value)) return `${name}: phải là số nguyên.`;
      if (q.min !== undefined && value < q.min) return `${name}: không được nhỏ hơn ${viNumber.format(q.min)}.`;
      if (q.max !== undefined && value > q.max) return `${name}: không được lớn hơn ${viNumber.format(q.max)}.`;
      return null;
    case 'text':
      if (typeof value !== 'string') return `${name}: phải là văn bản.`;
      return value.length > q.maxLength ? `${name}: tối đa ${q.maxLength} ký tự (hiện có ${value.length}).` : null;
  }
}

/** Validates answers against a survey: Vietnamese error per question, showIf respected, unknown ids refused. */
export function validateResponse(survey: SurveyDefinition, answers: Readonly<Record<string, unknown>>): ResponseCheck {
  const questions = surveyQuestions(survey);
  const errors: ResponseError[] = [];
  const accepted: Record<string, AnswerValue> = {};
  const hidden = new Set<string>();
  for (const q of questions) {
    if (!isQuestionShown(q, accepted, hidden)) {
      hidden.add(q.id);
      continue;
    }
    const value = answers[q.id];
    if (isEmpty(value)) {
      if (q.required) errors.push({ questionId: q.id, message: `Câu «${q.label}» là câu bắt buộc, vui lòng trả lời.` });
      continue;
    }
    const problem = checkAnswer(q, value);
    if (problem) errors.push({ questionId: q.id, message: problem });
    else accepted[q.id] = typeof value === 'string' && q.type === 'text' ? value.trim() : (value as AnswerValue);
  }
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) errors.push({ questionId: id, message: `Câu hỏi «${id}» không có trong phiếu khảo sát «${survey.title}».` });
  }
  return { valid: errors.length === 0, errors, answers: accepted, hidden: [...hidden] };
}
