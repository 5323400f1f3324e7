import type { ReportAggregation } from '../../../contracts/reports';
import { aggregateIndicators, type UnitIndicatorValues } from '../../../domain/reports/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { reportRepository } from './report.repository';
import { toTemplate, unitsAsOfWindow } from './report-window.service';

/** Reports that count in the department's roll-up: sent or approved (a returned one is being corrected). */
const COUNTED = new Set(['submitted', 'approved']);

async function windowForManage(exec: Executor, actor: Actor, windowId: number) {
  authorize(actor, 'report:manage');
  const window = await reportRepository.windowById(exec, windowId);
  if (!window) throw actor.scopePath === '/' ? notFound(`kỳ báo cáo số ${windowId}`) : forbidden();
  return window;
}

/** The department's roll-up of a window: indicators summed or averaged, units' texts per section, what is missing. */
export async function aggregateWindow(exec: Executor, actor: Actor, windowId: number): Promise<ReportAggregation> {
  const window = await windowForManage(exec, actor, windowId);
  const template = toTemplate((await reportRepository.templateById(exec, window.templateId))!);
  const units = await unitsAsOfWindow(exec, await reportRepository.requiredUnits(exec, window.id), window);
  const submissions = (await reportRepository.submissionsOf(exec, [window.id])).filter((s) => COUNTED.has(s.status));
  const counted = units.flatMap((u) => {
    const sub = submissions.find((s) => s.unitId === u.id);
    return sub ? [{ unit: u, sub }] : [];
  });
  const unitValues: UnitIndicatorValues[] = counted.map(({ unit, sub }) => ({
    unitId: unit.name,
    unitType: unit.type,
    district: unit.district,
    values: sub.values as Record<string, number | null>,
  }));
  const indicators = template.sections.flatMap((s) => s.indicators);
  const aggregated = aggregateIndicators(indicators, unitValues);
  const officeTexts = window.officeTexts as Record<string, string>;
  return {
    windowId: window.id,
    label: window.label,
    unitsCounted: counted.length,
    missingUnits: units.filter((u) => !counted.some((c) => c.unit.id === u.id)).map((u) => ({ unitId: u.id, unitName: u.name })),
    indicators: aggregated.map((a) => ({ ...a, unit: indicators.find((i) => i.key === a.key)?.unit })),
    sections: template.sections.map((s) => ({
      key: s.key,
      title: s.title,
      officeText: officeTexts[s.key] ?? '',
      unitTexts: counted.flatMap(({ unit, sub }) => {
        const text = ((sub.texts as Record<string, string>)[s.key] ?? '').trim();
        return text ? [{ unitName: unit.name, text }] : [];
      }),
    })),
  };
}

export async function getAggregation(db: Db, actor: Actor, windowId: number): Promise<ReportAggregation> {
  return aggregateWindow(db, actor, windowId);
}

/** Saves the Office's edited text of the department's report, section by section. */
export async function saveOfficeTexts(db: Db, actor: Actor, windowId: number, texts: Record<string, string>): Promise<ReportAggregation> {
  return db.transaction(async (tx) => {
    const window = await windowForManage(tx, actor, windowId);
    const template = toTemplate((await reportRepository.templateById(tx, window.templateId))!);
    for (const key of Object.keys(texts)) {
      if (!template.sections.some((s) => s.key === key))
        throw new DomainError('UNKNOWN_SECTION', `Mẫu báo cáo không có phần "${key}".`, 400, { field: `texts.${key}` });
    }
    const merged = { ...(window.officeTexts as Record<string, string>), ...texts };
    await reportRepository.updateWindow(tx, windowId, { officeTexts: merged });
    await recordAudit(tx, actor, {
      action: 'report-window.office-texts-saved',
      entityType: 'report_window',
      entityId: windowId,
      before: window.officeTexts,
      after: merged,
    });
    return aggregateWindow(tx, actor, windowId);
  });
}

/** A figure as the Vietnamese write it: decimal comma, at most two decimals; '—' when nobody reported it. */
export function formatFigure(value: number | null, unit?: string): string {
  if (value === null) return '—';
  const text = (Math.round(value * 100) / 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  return unit === '%' ? `${text}%` : text;
}
