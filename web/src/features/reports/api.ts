// Queries of the reports feature (reporting windows, submissions, templates, inspections, initiatives, external
// indices, the leaders' dashboard); reply types from contracts.
import { useQuery } from '@tanstack/react-query';
import type { ReportAggregation, ReportBoard, ReportSubmission, ReportTemplate, ReportWindowSummary } from '../../../../contracts/reports';
import type { ExternalIndexOverview } from '../../../../contracts/reports-external';
import type { Initiative, InspectionPlan, LeaderDashboard } from '../../../../contracts/reports-inspections';
import { get, qs } from '../../api/client';

export const useReportWindows = (year: number) =>
  useQuery({ queryKey: ['report-windows', year], queryFn: () => get<ReportWindowSummary[]>(`/api/reports/windows${qs({ year })}`) });

/** Who has sent a window's report (asked once a window is chosen). */
export const useReportBoard = (windowId: number | null) =>
  useQuery({ queryKey: ['report-board', windowId], enabled: windowId !== null, queryFn: () => get<ReportBoard>(`/api/reports/windows/${windowId}/board`) });

/** A unit's report of a window; `url` is the submission's address, which its actions extend. */
export const useReportSubmission = (windowId: string | undefined, unitId: string | undefined, url: string) =>
  useQuery({ queryKey: ['report-submission', windowId, unitId], queryFn: () => get<ReportSubmission>(url) });

export const useReportAggregate = (id: string | undefined) =>
  useQuery({ queryKey: ['report-aggregate', id], queryFn: () => get<ReportAggregation>(`/api/reports/windows/${id}/aggregate`) });

/** The report templates (fetched only when `enabled`, e.g. while a dialog is open). */
export const useReportTemplates = (enabled = true) =>
  useQuery({ queryKey: ['report-templates'], queryFn: () => get<ReportTemplate[]>('/api/reports/templates'), enabled });

export const useInspectionPlan = (year: number) =>
  useQuery({ queryKey: ['inspections', year], queryFn: () => get<InspectionPlan>(`/api/inspections${qs({ year })}`) });

export const useInitiatives = (filter: Record<string, string | undefined>) =>
  useQuery({ queryKey: ['initiatives', filter], queryFn: () => get<Initiative[]>(`/api/initiatives${qs(filter)}`) });

export const useExternalIndices = (index: string) =>
  useQuery({ queryKey: ['external-indices', index], queryFn: () => get<ExternalIndexOverview>(`/api/external-indices${qs({ index })}`) });

export const useLeaderDashboard = (year: number | undefined) =>
  useQuery({ queryKey: ['dashboard', year], queryFn: () => get<LeaderDashboard>(`/api/dashboard${qs({ year })}`) });
