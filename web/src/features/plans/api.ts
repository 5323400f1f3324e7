import { useQuery } from '@tanstack/react-query';
import type { ImportPreview, Plan, PlanStats, Target, Task } from '../../../../contracts/plans';
import { api, get, qs } from '../../api/client';
import { useLang, type Lang } from '../../i18n/core';
import { REFORM_AREAS } from '../../../../domain/plans/reform-areas';

/** Queries of the plans pages; keys start with 'plans' so one invalidation refreshes them all. */
export const usePlans = (year?: number) => useQuery({ queryKey: ['plans', 'list', year], queryFn: () => get<Plan[]>(`/api/plans${qs({ year })}`) });
export const usePlan = (id: number) => useQuery({ queryKey: ['plans', 'one', id], queryFn: () => get<Plan>(`/api/plans/${id}`) });
export const usePlanTasks = (id: number, filter: Record<string, string | undefined>) =>
  useQuery({ queryKey: ['plans', 'tasks', id, filter], queryFn: () => get<Task[]>(`/api/plans/${id}/tasks${qs(filter)}`) });
export const usePlanStats = (id: number, asOf?: string, structure?: string) =>
  useQuery({ queryKey: ['plans', 'stats', id, asOf, structure], queryFn: () => get<PlanStats>(`/api/plans/${id}/stats${qs({ asOf, structure })}`) });
export const usePlanTargets = (id: number, asOf?: string) =>
  useQuery({ queryKey: ['plans', 'targets', id, asOf], queryFn: () => get<Target[]>(`/api/plans/${id}/targets${qs({ asOf })}`) });

const fileForm = (file: File) => {
  const data = new FormData();
  data.append('file', file);
  return data;
};
/** Reads an appendix workbook into the rows it would add to the plan, with errors by row and column; stores nothing. */
export const previewAppendix = (planId: number, file: File) => api<ImportPreview>('POST', `/api/plans/${planId}/import/preview`, fileForm(file));
/** Stores every row of an appendix workbook as tasks of the plan, or none when a row is wrong. */
export const importAppendix = (planId: number, file: File) => api<{ created: number }>('POST', `/api/plans/${planId}/import`, fileForm(file));

/** A reform area's name in the given language (English names come from the domain's list). */
export const areaLabel = (key: string, lang: Lang = 'vi') => {
  const a = REFORM_AREAS.find((x) => x.key === key);
  return a ? (lang === 'en' ? a.labelEn : a.shortVi) : key;
};
/** Area options of the selects, in the user's language. */
export function useAreaOptions() {
  const { lang } = useLang();
  return REFORM_AREAS.map((a) => ({ value: a.key, label: areaLabel(a.key, lang) }));
}
export const OUTCOMES = ['done-on-time', 'done-late', 'done-no-deadline', 'open-within-time', 'open-overdue', 'open-no-deadline'] as const;
export const OUTCOME_COLORS: Record<string, string> = {
  'done-on-time': 'green',
  'done-late': 'orange',
  'done-no-deadline': 'cyan',
  'open-within-time': 'blue',
  'open-overdue': 'red',
  'open-no-deadline': 'default',
};
/** 'dd/mm/yyyy' or '—'; the plans pages' name for the domain's formatter. */
export { formatViDateOrDash as viDate } from '../../../../domain/time/vietnam-date';
