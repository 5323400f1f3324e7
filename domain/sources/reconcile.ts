/**
 * Reconciliation of a source and a month: the counts the source reports beside the counts cchc computes from the
 * dossiers it received from that source, and, for each difference, the dossiers that explain it. The usual causes
 * are known: the source counts a dossier resolved by its due date as on time even after two supplement requests
 * (Quyết định 766 counts it late), the source sends no due date and cchc computes one from the working calendar,
 * or a row was refused at import so cchc never counted it.
 */

export type ReconcileKey = 'received' | 'resolved' | 'onTime' | 'late';

export const RECONCILE_LABELS: Record<ReconcileKey, string> = {
  received: 'Tiếp nhận trong tháng',
  resolved: 'Giải quyết xong trong tháng',
  onTime: 'Giải quyết trước và đúng hạn',
  late: 'Giải quyết quá hạn',
};

export type ReportedCounts = Record<ReconcileKey, number>;

/** A dossier of the source as the register holds it, with what the source itself sent for its dates. */
export interface ReconcileDossier {
  code: string;
  state: number;
  receivedOn: string;
  resolvedOn: string | null;
  /** Due date the source sent (null: none; cchc then computed `dueOn`). */
  sourceDueOn: string | null;
  dueOn: string | null;
  supplementCount: number;
  /** cchc's class once resolved. */
  timeliness: 'early' | 'on-time' | 'late' | null;
}

/** A row the import refused (it never reached the register), with the month the source received it, when readable. */
export interface RefusedRow {
  code: string | null;
  month: string | null;
  message: string;
}

export interface ReconcileCause {
  code: string;
  reason: string;
}

export interface ReconcileLine {
  key: ReconcileKey;
  label: string;
  reported: number | null;
  computed: number;
  difference: number | null;
  causes: ReconcileCause[];
  /** Difference the listed dossiers do not account for (the source counts something cchc cannot see). */
  unexplained: number | null;
}

const inMonth = (date: string | null, month: string) => date !== null && date.startsWith(month);

/** The source's own rule: resolved by the due date it knows is on time, whatever happened on the way. */
function sourceOnTime(d: ReconcileDossier): boolean | null {
  if (!d.resolvedOn) return null;
  if (!d.sourceDueOn) return null;
  return d.resolvedOn <= d.sourceDueOn;
}

function whyClassDiffers(d: ReconcileDossier): string {
  if (d.supplementCount > 1) return `yêu cầu bổ sung ${d.supplementCount} lần: Quyết định 766 tính quá hạn, nguồn tính theo ngày hẹn trả`;
  if (!d.sourceDueOn) return `nguồn không gửi ngày hẹn trả; cchc tính hạn ${d.dueOn ?? '—'} theo thời hạn thủ tục và lịch làm việc`;
  return `nguồn so ngày kết thúc ${d.resolvedOn} với hạn ${d.sourceDueOn}, cchc so với hạn ${d.dueOn ?? '—'}`;
}

/** Compares one month: reported counts (null when the source reported none) against the register's dossiers of the source. */
export function reconcileMonth(
  month: string,
  reported: ReportedCounts | null,
  dossiers: readonly ReconcileDossier[],
  refused: readonly RefusedRow[],
): ReconcileLine[] {
  const counted = dossiers.filter((d) => d.state !== 3);
  const received = counted.filter((d) => inMonth(d.receivedOn, month));
  const resolved = counted.filter((d) => inMonth(d.resolvedOn, month));
  const onTime = resolved.filter((d) => d.timeliness === 'early' || d.timeliness === 'on-time');
  const late = resolved.filter((d) => d.timeliness === 'late');
  const refusedHere = refused.filter((r) => r.month === month).map((r) => ({ code: r.code ?? '(không có mã)', reason: `không nhập được: ${r.message}` }));
  // Dossiers the source classes differently (by its own rule) from cchc.
  const flippedToLate = late.filter((d) => sourceOnTime(d) !== false).map((d) => ({ code: d.code, reason: whyClassDiffers(d) }));
  const flippedToOnTime = onTime.filter((d) => sourceOnTime(d) === false).map((d) => ({ code: d.code, reason: whyClassDiffers(d) }));
  const line = (key: ReconcileKey, computed: number, causes: ReconcileCause[], explains: number): ReconcileLine => {
    const r = reported?.[key] ?? null;
    const difference = r === null ? null : r - computed;
    return {
      key,
      label: RECONCILE_LABELS[key],
      reported: r,
      computed,
      difference,
      causes: difference === 0 || difference === null ? [] : causes,
      unexplained: difference === null ? null : difference - explains,
    };
  };
  return [
    line('received', received.length, refusedHere, refusedHere.length),
    // A refused row's resolution month is not known: a difference here stays unexplained.
    line('resolved', resolved.length, [], 0),
    // Source on time − cchc on time = (cchc late by 766, on time by the source) − (the reverse).
    line('onTime', onTime.length, [...flippedToLate, ...flippedToOnTime], flippedToLate.length - flippedToOnTime.length),
    line('late', late.length, [...flippedToOnTime, ...flippedToLate], flippedToOnTime.length - flippedToLate.length),
  ];
}
