// Queries and mutations of the frameworks feature; every reply type comes from contracts/frameworks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssessmentDetail,
  AssessmentSummary,
  CriterionTaskReply,
  ExternalIndexResult,
  ForecastReply,
  FrameworkDetail,
  FrameworkSummary,
  LostPointsReply,
  RankingReply,
} from '../../../../contracts/frameworks';
import type { StoredFile } from '../../../../contracts/files';
import { api, get, post, put, qs } from '../../api/client';

export const useFrameworks = () => useQuery({ queryKey: ['frameworks'], queryFn: () => get<FrameworkSummary[]>('/api/frameworks') });

export const useFramework = (code: string | undefined, version?: number) =>
  useQuery({
    queryKey: ['framework', code, version],
    enabled: Boolean(code),
    queryFn: () => get<FrameworkDetail>(`/api/frameworks/${code}${qs({ version })}`),
  });

export const useAssessments = (filter: { year?: number; status?: string }) =>
  useQuery({ queryKey: ['assessments', filter], queryFn: () => get<AssessmentSummary[]>(`/api/assessments${qs(filter)}`) });

export const useAssessment = (id: number) => useQuery({ queryKey: ['assessment', id], queryFn: () => get<AssessmentDetail>(`/api/assessments/${id}`) });

export const useLostPoints = (id: number) =>
  useQuery({ queryKey: ['assessment', id, 'lost'], queryFn: () => get<LostPointsReply>(`/api/assessments/${id}/lost-points`) });

export const useForecast = (id: number, enabled: boolean) =>
  useQuery({ queryKey: ['assessment', id, 'forecast'], enabled, queryFn: () => get<ForecastReply>(`/api/assessments/${id}/forecast`) });

export const useRanking = (code: string | undefined, year: number | undefined) =>
  useQuery({
    queryKey: ['ranking', code, year],
    enabled: Boolean(code && year),
    queryFn: () => get<RankingReply>(`/api/frameworks/${code}/ranking${qs({ year })}`),
  });

export const useExternalResults = () =>
  useQuery({ queryKey: ['external-index-results'], queryFn: () => get<ExternalIndexResult[]>('/api/external-index-results') });

/** Uploads one evidence file for a unit and returns its record. */
export async function uploadFile(file: File, unitId: number): Promise<StoredFile> {
  const form = new FormData();
  form.set('unitId', String(unitId));
  form.set('purpose', 'evidence');
  form.set('file', file);
  return api<StoredFile>('POST', '/api/files', form);
}

/** A mutation on one assessment that replaces its cached detail and refreshes what depends on it. */
export function useAssessmentAction<V>(id: number, call: (v: V) => Promise<AssessmentDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (detail) => {
      qc.setQueryData(['assessment', id], detail);
      void qc.invalidateQueries({ queryKey: ['assessment', id, 'lost'] });
      void qc.invalidateQueries({ queryKey: ['assessment', id, 'forecast'] });
      void qc.invalidateQueries({ queryKey: ['assessments'] });
    },
  });
}

export const assessmentCalls = {
  save: (id: number, code: string, body: { inputs: Record<string, unknown>; explanation?: string | null }) =>
    put<AssessmentDetail>(`/api/assessments/${id}/criteria/${code}`, body),
  refresh: (id: number, code: string) => post<AssessmentDetail>(`/api/assessments/${id}/criteria/${code}/refresh`),
  evidence: (id: number, code: string, fileId: string) => post<AssessmentDetail>(`/api/assessments/${id}/criteria/${code}/evidence`, { fileId }),
  appraise: (id: number, code: string, body: { score: number; comment: string }) =>
    put<AssessmentDetail>(`/api/assessments/${id}/criteria/${code}/appraisal`, body),
  requestEvidence: (id: number, code: string, comment: string) =>
    post<AssessmentDetail>(`/api/assessments/${id}/criteria/${code}/evidence-request`, { comment }),
  submit: (id: number) => post<AssessmentDetail>(`/api/assessments/${id}/submit`),
  publish: (id: number) => post<AssessmentDetail>(`/api/assessments/${id}/publish`),
  createTask: (id: number, code: string) => post<CriterionTaskReply>(`/api/assessments/${id}/criteria/${code}/task`, {}),
};
