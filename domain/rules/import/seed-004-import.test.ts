// Importing seed 004's appendix (kept in fixtures/ as the seed writes it) gives HP-SGDDT-2023's criteria, maxima
// and scores at every edge, once the one gap the seed leaves (7.3: exactly 200 posts) is closed as 0006 decided.
import { describe, expect, it } from 'vitest';
import { findCriterion, listLeaves } from '../framework-ops';
import { Framework, StoredFramework, type Criterion } from '../framework-schema';
import { HP_SGDDT_2023 } from '../frameworks/hp-sgddt-2023';
import { scoreCriterion } from '../score';
import { appendixFromText, buildImportDraft, type ImportDraft } from './index';
import { formulaGrid, inputsFor, probesOf } from './fixtures/edge-probes';
import { SEED_004_APPENDIX as SEED } from '../frameworks/sources/seed-004-appendix';
import { closeSeed004Gap } from '../frameworks/sources/seed-004-gap';

const draft: ImportDraft = buildImportDraft(appendixFromText(SEED), {
  code: 'HP-SO-NGANH-2023',
  name: 'Bộ chỉ số (nhập từ seed 004)',
  year: 2023,
  sourceName: 'Kế hoạch CNTT 2023 (seed 004)',
});

// Formula inputs named differently in the two frameworks: HP key → imported key.
const FORMULA_KEYS: Record<string, Record<string, string>> = {
  '7.1.3': { a: 'a', b: 'b', c: 'c' },
  '8.1': { done: 'nhiemVuHoanThanh', assigned: 'nhiemVuDuocGiao' },
  '8.2': { onTime: 'nhiemVuHoanThanhDung', assigned: 'nhiemVuDuocGiao' },
};

describe('seed 004 pasted as text', () => {
  it('builds the tree of areas 3, 7, 8 with HP-SGDDT-2023’s codes and maxima', () => {
    const fw = draft.document;
    expect(fw.areas.map((a) => [a.code, a.maxPoints])).toEqual([
      ['3', 7.75],
      ['7', 10.8],
      ['8', 5],
    ]);
    expect(fw.partial).toBe(true);
    const imported = listLeaves(fw as Framework, { includePlaceholders: true }).map((l) => [l.code, l.maxPoints]);
    const shipped = listLeaves(HP_SGDDT_2023, { includePlaceholders: true })
      .filter((l) => !['1', '2', '4', '5', '6'].includes(l.code))
      .map((l) => [l.code, l.maxPoints]);
    expect(imported).toEqual(shipped);
    expect(findCriterion(fw as Framework, '3.3.1')?.responsibleUnits).toEqual(['VP', 'CAC-PHONG']);
    expect(findCriterion(fw as Framework, '3.4.5')?.responsibleUnits).toEqual(['VP', 'TTr', 'CAC-PHONG']);
    // Input labels come from the words; where the words name no counted thing (3.5), the labels say so.
    expect(findCriterion(fw as Framework, '7.1.4')?.inputs?.map((i) => i.label)).toEqual(['Số văn bản điện tử ký số cá nhân', 'Tổng số văn bản điện tử']);
    expect(findCriterion(fw as Framework, '3.5')?.inputs?.map((i) => i.label)).toEqual([
      'Số trường hợp đạt yêu cầu (Số hóa kết quả giải quyết thủ tục hành chính)',
      'Tổng số trường hợp (Số hóa kết quả giải quyết thủ tục hành chính)',
    ]);
  });

  it('recognises every scored leaf; 3.4.1 and 7.3 are flagged with the reason; 7.1.1/7.1.2/7.1.5 hold places', () => {
    const status = Object.fromEntries(draft.reviews.filter((r) => r.status !== 'parent').map((r) => [r.code, r.status]));
    expect(Object.entries(status).filter(([, s]) => s !== 'recognised')).toEqual([
      ['3.4.1', 'partly'],
      ['7.1.1', 'unrecognised'],
      ['7.1.2', 'unrecognised'],
      ['7.1.5', 'unrecognised'],
      ['7.3', 'partly'],
    ]);
    expect(draft.reviews.find((r) => r.code === '7.3')?.reasons.join(' ')).toContain('giá trị đúng bằng 200 không thuộc khoảng nào');
    expect(draft.reviews.find((r) => r.code === '3.4.1')?.reasons.join(' ')).toContain('hiểu là phần còn lại');
    const types = Object.fromEntries(listLeaves(draft.document as Framework).map((l) => [l.code, l.rule?.type]));
    expect(types).toMatchObject({
      '3.1': 'level',
      '3.3.2': 'bands',
      '3.4.2': 'linearAboveFloor',
      '3.4.5': 'bands',
      '3.5': 'linearAboveFloor',
      '7.1.3': 'formula',
      '7.2': 'sum',
      '7.3': 'bands',
      '7.4.2': 'linearAboveFloor',
      '7.6.3': 'sum',
      '8.1': 'formula',
    });
  });

  it('flags the two unnumbered lines on decentralisation under 3.5 instead of merging them', () => {
    const warnings = draft.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => w.code)).toEqual(['3.5', '3.5']);
    expect(warnings[0].message).toContain('phân cấp quản lý nhà nước');
    expect(draft.reviews.find((r) => r.code === '3.5')?.orphans).toHaveLength(2);
  });

  it('cannot be validated while 7.3 leaves 200 in no band; closing the gap makes it a valid framework', () => {
    const open = Framework.safeParse(draft.document);
    expect(open.success).toBe(false);
    expect(open.error?.issues.map((i) => i.message).join(' ')).toContain('khoảng bỏ trống: giá trị đúng bằng 200');
    expect(Framework.safeParse(closeSeed004Gap(draft.document)).success).toBe(true);
    // A version stored before gaps were refused is still read (and scores as it did).
    expect(StoredFramework.safeParse(draft.document).success).toBe(true);
  });

  it('scores as HP-SGDDT-2023 at every band edge of every criterion', () => {
    const imported = Framework.parse(closeSeed004Gap(draft.document));
    let compared = 0;
    for (const hp of listLeaves(HP_SGDDT_2023)) {
      const mine = findCriterion(imported, hp.code)!;
      if (hp.rule!.type === 'formula') {
        const map = FORMULA_KEYS[hp.code];
        for (const values of formulaGrid(hp.inputs!.length)) {
          const hpInputs = Object.fromEntries(hp.inputs!.map((i, n) => [i.key, values[n]]));
          const myInputs = Object.fromEntries(Object.entries(hpInputs).map(([k, v]) => [map[k], v]));
          expect(scoreCriterion(mine, myInputs).score, `${hp.code} ${JSON.stringify(hpInputs)}`).toBe(scoreCriterion(hp, hpInputs).score);
          compared++;
        }
        continue;
      }
      if (hp.rule!.type !== mine.rule!.type) {
        // 3.4.3 names no share ("Thực hiện đầy đủ, đúng hạn" / "Có hồ sơ … chưa được công khai xin lỗi"): two levels.
        expect([hp.code, mine.rule!.type]).toEqual(['3.4.3', 'level']);
        const points = (c: Criterion) => probesOf(c).map((p) => scoreCriterion(c, inputsFor(c, p)).score);
        expect(new Set(points(mine))).toEqual(new Set(points(hp)));
        continue;
      }
      for (const probe of probesOf(hp)) {
        expect(scoreCriterion(mine, inputsFor(mine, probe)).score, `${hp.code} ${probe.label}`).toBe(scoreCriterion(hp, inputsFor(hp, probe)).score);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
