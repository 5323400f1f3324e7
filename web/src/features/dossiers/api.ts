// Queries and calls of the dossiers feature (register, catalogue, calendar, 766); reply types from contracts.
import { useQuery } from '@tanstack/react-query';
import type { CalendarDayView, DueDateReply } from '../../../../contracts/calendar';
import type { DossierDetail, DossierList, DossierStats, Procedure, ProcedureImportReport, PublicDossier } from '../../../../contracts/dossiers';
import type { Kpi766Report } from '../../../../contracts/kpi766';
import { api, get, qs } from '../../api/client';

type Filter = Record<string, string | number | undefined>;

export const useDossiers = (filter: Filter) => useQuery({ queryKey: ['dossiers', filter], queryFn: () => get<DossierList>(`/api/dossiers${qs(filter)}`) });

export const useDossier = (code: string | null | undefined) =>
  useQuery({ queryKey: ['dossier', code], queryFn: () => get<DossierDetail>(`/api/dossiers/${encodeURIComponent(code!)}`), enabled: !!code });

export const useDossierStats = (filter: Filter) =>
  useQuery({ queryKey: ['dossier-stats', filter], queryFn: () => get<DossierStats>(`/api/dossiers/stats${qs(filter)}`) });

export const useKpi766 = (filter: Filter) => useQuery({ queryKey: ['kpi766', filter], queryFn: () => get<Kpi766Report>(`/api/kpi766${qs(filter)}`) });

/** The procedure catalogue (fetched only when `enabled`, e.g. while the receiving dialog is open). */
export const useProcedures = (enabled = true) => useQuery({ queryKey: ['procedures'], queryFn: () => get<Procedure[]>('/api/procedures'), enabled });

export const useCalendarDays = (year: number) =>
  useQuery({ queryKey: ['calendar', year], queryFn: () => get<CalendarDayView[]>(`/api/calendar/holidays${qs({ year })}`) });

/** The due date of a trial (start date and working days), once one is asked for. */
export const useDueDate = (trial: { start: string; days: number } | null) =>
  useQuery({ queryKey: ['due', trial], queryFn: () => get<DueDateReply>(`/api/calendar/due-date${qs(trial!)}`), enabled: !!trial });

/** A citizen's lookup: asked only with a code and the last four digits of the phone. */
export const usePublicDossier = (code: string, phone4: string) =>
  useQuery({
    queryKey: ['public-dossier', code, phone4],
    queryFn: () => get<PublicDossier>(`/api/public/dossiers/${encodeURIComponent(code)}${qs({ phone4 })}`),
    enabled: code !== '' && /^\d{4}$/.test(phone4),
    retry: false,
  });

/** Sends the catalogue workbook: with `apply` false only the preview (nothing written), with true all of it or nothing. */
export function importProcedures(file: File, apply: boolean): Promise<ProcedureImportReport> {
  const data = new FormData();
  data.append('apply', String(apply)); // before the file: the server reads fields that precede it
  data.append('file', file);
  return api<ProcedureImportReport>('POST', '/api/procedures/import', data);
}
