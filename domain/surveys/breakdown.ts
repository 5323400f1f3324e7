/**
 * Satisfaction by group (unit, procedure, month) and across surveys, built on computeSatisfaction so a
 * group's figure is the same calculation as the survey's, only on fewer responses.
 */
import { computeSatisfaction, shareInterval, type ConfidenceInterval, type SatisfactionMethodKey } from './satisfaction';
import type { SurveyDefinition } from './survey-definition';

export interface GroupSatisfaction {
  key: string;
  responses: number;
  value: number | null;
  ci: ConfidenceInterval | null;
}

/**
 * The overall index with an interval. Answers of one respondent are correlated, so the interval
 * counts respondents (not answers): wider, and honest about how many people were asked.
 */
export function overallWithInterval(
  survey: SurveyDefinition,
  responses: readonly Readonly<Record<string, unknown>>[],
  method: SatisfactionMethodKey,
): { value: number | null; used: number; ci: ConfidenceInterval | null; ciNote: string | null } {
  const result = computeSatisfaction(survey, responses, method);
  const value = result.overall.value;
  if (method !== 'share-satisfied') return { value, used: result.responsesUsed, ci: null, ciNote: 'không áp dụng cho điểm trung bình' };
  return { value, used: result.responsesUsed, ...shareInterval(value, result.responsesUsed) };
}

/** Satisfaction per group of responses, groups in the order of their keys. */
export function satisfactionByGroup<R extends { answers: Readonly<Record<string, unknown>> }>(
  survey: SurveyDefinition,
  responses: readonly R[],
  groupOf: (r: R) => string,
  method: SatisfactionMethodKey,
): GroupSatisfaction[] {
  const groups = new Map<string, R[]>();
  for (const r of responses) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
  return [...groups.keys()].sort().map((key) => {
    const rows = groups.get(key) ?? [];
    const o = overallWithInterval(
      survey,
      rows.map((r) => r.answers),
      method,
    );
    return { key, responses: o.used, value: o.value, ci: o.ci };
  });
}

/** Combines several surveys' indices into one, weighting each by the respondents behind it. */
export function combineSatisfaction(parts: readonly { value: number | null; responses: number }[]): { value: number | null; responses: number } {
  const withData = parts.filter((p) => p.value !== null && p.responses > 0);
  const responses = withData.reduce((s, p) => s + p.responses, 0);
  if (responses === 0) return { value: null, responses: 0 };
  return { value: withData.reduce((s, p) => s + (p.value ?? 0) * p.responses, 0) / responses, responses };
}
