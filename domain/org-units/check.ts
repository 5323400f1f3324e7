/**
 * Whole-timeline checks, run after every change: a unit has one state per day (no overlapping periods),
 * a parent exists for as long as its child hangs under it, and no unit is ever its own ancestor.
 */
import { addDays, formatViDate, type IsoDate } from '../time/iso-date';
import { OrgRuleError } from './org-rule-error';
import { coversDate, OrgTimeline, type UnitVersion } from './timeline';

export interface TimelineIssue {
  code: 'UNIT_PERIODS_OVERLAP' | 'UNIT_PERIOD_EMPTY' | 'UNIT_PARENT_MISSING' | 'UNIT_PARENT_CYCLE';
  unitId: number;
  message: string;
}

/** "từ 01/07/2025", "từ 01/01/2024 đến 30/06/2025", "đến 30/06/2025" (the last day, inclusive). */
export function describePeriod(from: IsoDate | null, to: IsoDate | null): string {
  const start = from ? `từ ${formatViDate(from)}` : '';
  const end = to ? `đến ${formatViDate(addDays(to, -1))}` : '';
  return [start, end].filter(Boolean).join(' ') || 'trong mọi thời gian';
}

function overlaps(timeline: OrgTimeline, unitId: number): TimelineIssue[] {
  const list = timeline.versionsOf(unitId);
  const issues: TimelineIssue[] = [];
  list.forEach((v, i) => {
    if (v.validFrom && v.validTo && v.validTo <= v.validFrom)
      issues.push({
        code: 'UNIT_PERIOD_EMPTY',
        unitId,
        message: `Đơn vị «${v.name}»: ngày kết thúc (${formatViDate(v.validTo)}) phải sau ngày bắt đầu (${formatViDate(v.validFrom)}).`,
      });
    const next = list[i + 1];
    if (!next) return;
    const clash = next.validFrom === null || v.validTo === null || next.validFrom < v.validTo;
    if (clash)
      issues.push({
        code: 'UNIT_PERIODS_OVERLAP',
        unitId,
        message: `Đơn vị «${v.name}» có hai giai đoạn chồng lên nhau: ${describePeriod(v.validFrom, v.validTo)} và ${describePeriod(next.validFrom, next.validTo)}. Mỗi ngày một đơn vị chỉ có một trạng thái; kiểm tra lại ngày hiệu lực.`,
      });
  });
  return issues;
}

// The parent must exist on every day the version does: at its start and at each change inside it.
function parentIssues(timeline: OrgTimeline, v: UnitVersion, points: readonly IsoDate[]): TimelineIssue | null {
  if (v.parentId === null) return null;
  const parentLife = timeline.lifeOf(v.parentId);
  const parentName = timeline.lastVersion(v.parentId)?.name ?? `#${v.parentId}`;
  const fail = (): TimelineIssue => ({
    code: 'UNIT_PARENT_MISSING',
    unitId: v.unitId,
    message: `Đơn vị cấp trên «${parentName}» không tồn tại trong suốt thời gian «${v.name}» trực thuộc (${describePeriod(v.validFrom, v.validTo)}). Chọn đơn vị cấp trên còn hoạt động trong thời gian đó.`,
  });
  if (!parentLife) return fail();
  if (v.validFrom === null ? parentLife.from !== null : parentLife.from !== null && parentLife.from > v.validFrom) return fail();
  if (parentLife.to !== null && (v.validTo === null || v.validTo > parentLife.to)) return fail();
  for (const p of points) if (coversDate(v, p) && !timeline.existsAt(v.parentId, p)) return fail();
  return null;
}

function cycleAt(timeline: OrgTimeline, date: IsoDate): TimelineIssue | null {
  const structure = timeline.structureAt(date);
  for (const start of structure.values()) {
    const seen: UnitVersion[] = [];
    let v: UnitVersion | undefined = start;
    while (v && v.parentId !== null) {
      if (seen.some((s) => s.unitId === v!.unitId)) {
        const names = seen.map((s) => `«${s.name}»`).join(' → ');
        return {
          code: 'UNIT_PARENT_CYCLE',
          unitId: start.unitId,
          message: `Từ ngày ${formatViDate(date)} các đơn vị ${names} lại là cấp trên của nhau (vòng lặp). Một đơn vị không thể trực thuộc chính nó hay đơn vị cấp dưới của nó.`,
        };
      }
      seen.push(v);
      v = structure.get(v.parentId);
    }
  }
  return null;
}

/** Every problem of the timeline, in a stable order (overlaps, parents, cycles). */
export function checkTimeline(timeline: OrgTimeline): TimelineIssue[] {
  const issues: TimelineIssue[] = [];
  const ids = timeline.unitIds().sort((a, b) => a - b);
  for (const id of ids) issues.push(...overlaps(timeline, id));
  if (issues.length) return issues;
  const points = timeline.breakpoints();
  for (const id of ids)
    for (const v of timeline.versionsOf(id)) {
      const issue = parentIssues(timeline, v, points);
      if (issue) issues.push(issue);
    }
  const days = points.length ? [addDays(points[0], -1), ...points] : ['2000-01-01'];
  for (const d of days) {
    const issue = cycleAt(timeline, d);
    if (issue) {
      issues.push(issue);
      break;
    }
  }
  return issues;
}

/** Throws the first problem of the timeline as an OrgRuleError. */
export function assertTimeline(timeline: OrgTimeline): void {
  const [first] = checkTimeline(timeline);
  if (first) throw new OrgRuleError(first.code, first.message);
}
