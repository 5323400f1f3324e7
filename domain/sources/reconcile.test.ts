import { describe, expect, it } from 'vitest';
import { reconcileMonth, type ReconcileDossier } from './reconcile';
import { describeDataAge, isRunDue, retryDelayMs } from './run-timing';

const d = (code: string, over: Partial<ReconcileDossier>): ReconcileDossier => ({
  code,
  state: 10,
  receivedOn: '2025-03-03',
  resolvedOn: '2025-03-10',
  sourceDueOn: '2025-03-12',
  dueOn: '2025-03-12',
  supplementCount: 0,
  timeliness: 'early',
  ...over,
});

describe('reconciliation of a month', () => {
  it('explains on-time and late differences by the dossiers the source classes otherwise', () => {
    const dossiers = [
      d('A', {}),
      d('B', { supplementCount: 2, timeliness: 'late' }),
      d('C', { resolvedOn: '2025-03-14', timeliness: 'late' }),
      d('D', { receivedOn: '2025-02-27', state: 4, resolvedOn: null, timeliness: null }),
    ];
    const lines = reconcileMonth('2025-03', { received: 4, resolved: 3, onTime: 2, late: 1 }, dossiers, [
      { code: 'E', month: '2025-03', message: "cột 'MaTTHC': thủ tục không có trong danh mục" },
    ]);
    const byKey = Object.fromEntries(lines.map((l) => [l.key, l]));
    expect(byKey.received).toMatchObject({ reported: 4, computed: 3, difference: 1, unexplained: 0 });
    expect(byKey.received.causes).toEqual([{ code: 'E', reason: "không nhập được: cột 'MaTTHC': thủ tục không có trong danh mục" }]);
    expect(byKey.resolved).toMatchObject({ difference: 0, causes: [] });
    expect(byKey.onTime).toMatchObject({ reported: 2, computed: 1, difference: 1, unexplained: 0 });
    expect(byKey.onTime.causes[0]).toEqual({ code: 'B', reason: 'yêu cầu bổ sung 2 lần: Quyết định 766 tính quá hạn, nguồn tính theo ngày hẹn trả' });
    expect(byKey.late).toMatchObject({ reported: 1, computed: 2, difference: -1, unexplained: 0 });
  });

  it('shows computed counts alone when the source reported nothing', () => {
    const lines = reconcileMonth('2025-03', null, [d('A', {})], []);
    expect(lines.map((l) => [l.computed, l.reported, l.difference])).toEqual([
      [1, null, null],
      [1, null, null],
      [1, null, null],
      [0, null, null],
    ]);
  });
});

describe('run timing', () => {
  const at = (iso: string) => Date.parse(iso);
  it('knows when a schedule is due', () => {
    expect(isRunDue({ kind: 'manual' }, null, at('2025-03-14T01:00:00Z'))).toBe(false);
    expect(isRunDue({ kind: 'interval', minutes: 15 }, at('2025-03-14T01:00:00Z'), at('2025-03-14T01:14:00Z'))).toBe(false);
    expect(isRunDue({ kind: 'interval', minutes: 15 }, at('2025-03-14T01:00:00Z'), at('2025-03-14T01:15:00Z'))).toBe(true);
    // 06:30 in Vietnam is 23:30 UTC the day before.
    expect(isRunDue({ kind: 'daily', at: '06:30' }, at('2025-03-12T23:31:00Z'), at('2025-03-13T23:20:00Z'))).toBe(false);
    expect(isRunDue({ kind: 'daily', at: '06:30' }, at('2025-03-12T23:31:00Z'), at('2025-03-13T23:31:00Z'))).toBe(true);
    expect(isRunDue({ kind: 'daily', at: '06:30' }, at('2025-03-13T23:35:00Z'), at('2025-03-14T02:00:00Z'))).toBe(false);
  });

  it('backs off exponentially with bounded jitter', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 500, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(10, 500, () => 1)).toBe(72_000);
  });

  it('says how fresh the data is', () => {
    expect(describeDataAge({ date: '2025-03-14', time: '14:05:09' }, '2025-03-14')).toBe('14:05 hôm nay');
    expect(describeDataAge({ date: '2025-03-13', time: '14:05:09' }, '2025-03-14')).toBe('14:05 hôm qua');
    expect(describeDataAge({ date: '2025-03-01', time: '07:00:00' }, '2025-03-14')).toBe('07:00 ngày 01/03/2025');
  });
});
