import { describe, expect, it } from 'vitest';
import { KPI766_WEIGHTS_DASHBOARD, KPI766_WEIGHTS_FIRST, scoreKpi766, type Kpi766Counts } from './index';
import { scoreKpi766Partial, type Kpi766PartialCounts } from './unavailable';

const held: Kpi766Counts = {
  proceduresTotal: 10,
  proceduresPublished: 10,
  received: 20,
  dossiersSynced: 0,
  resolved: 10,
  resolvedEarly: 6,
  resolvedOnTime: 2,
  late: 2,
  proceduresOnline: 8,
  receivedForOnlineProcedures: 20,
  onlineSubmitted: 10,
  proceduresWithFee: 2,
  proceduresPaidOnline: 1,
  paymentsTotal: 4,
  paymentsOnline: 2,
  digitizedResults: 8,
  digitizedDossiers: 0,
  complaints: 0,
  surveyResponses: 0,
  satisfied: 0,
};
const partial: Kpi766PartialCounts = { ...held, dossiersSynced: null, digitizedDossiers: null, complaints: null, surveyResponses: null, satisfied: null };
const find = (s: ReturnType<typeof scoreKpi766>, key: string) => s.groups.flatMap((g) => g.indicators).find((i) => i.key === key)!;

describe('scoreKpi766Partial', () => {
  it('marks every indicator that reads a missing count as no data and leaves the others as scoreKpi766 scores them', () => {
    const s = scoreKpi766Partial(partial);
    const full = scoreKpi766(held);
    for (const key of ['dossiers-synced', 'dossiers-digitized', 'procedure-satisfaction', 'survey-satisfaction']) {
      expect(find(s, key).status).toBe('no-data');
      expect(find(s, key).points).toBeNull();
      expect(find(s, key).explanation).toContain('chưa có dữ liệu');
    }
    expect(find(s, 'procedure-satisfaction').explanation).toContain('Phản ánh, kiến nghị');
    for (const key of ['procedures-published', 'resolved-on-time', 'resolved-early', 'online-submission', 'payments-online']) {
      expect(find(s, key)).toEqual(find(full, key));
    }
    // Worked: 9 + 0(excl.) | 8 + 7.5 | 6 + 6 | 11(excl.) + 0 … max drops 9 + 11 + 18 = 38 points → 62.
    expect(s.max).toBeCloseTo(62, 6);
    // 9 (1.1) + 8 (2.1: 80%×10) + 7.5 (2.2: 60%÷80%×10) + 6 (3.1: 80%≥80%) + 6 (3.2: 50%≥50%) + 11 (5.1: 80%) + 3.125 (4.1: 50%÷80%×5) + 3.125 (4.2)
    expect(s.score).toBeCloseTo(9 + 8 + 7.5 + 6 + 6 + 11 + 3.125 + 3.125, 6);
    expect(s.percent).toBeCloseTo((s.score / 62) * 100, 6);
  });

  it('applies the full and zero policies to missing counts too, on either weight set', () => {
    expect(scoreKpi766Partial(partial, KPI766_WEIGHTS_DASHBOARD, { noDataPolicy: 'full' }).max).toBeCloseTo(100, 6);
    const zero = scoreKpi766Partial(partial, KPI766_WEIGHTS_FIRST, { noDataPolicy: 'zero' });
    expect(zero.max).toBeCloseTo(100, 6);
    expect(find(zero, 'survey-satisfaction').points).toBe(0);
    expect(zero.weightSetId).toBe('766-first');
  });
});
