import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FrameworkImportDetail } from '../../../contracts/framework-imports';
import { findCriterion, HP_SGDDT_2023, listLeaves, type Criterion, type Framework } from '../../../domain/rules/index';
import { formulaGrid, inputsFor, probesOf } from '../../../domain/rules/import/fixtures/edge-probes';
import { SEED_004_APPENDIX } from '../../../domain/rules/frameworks/sources/seed-004-appendix';
import { closeSeed004Gap } from '../../../domain/rules/frameworks/sources/seed-004-gap';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { secondLayoutDocx, seed004Docx } from './appendix-fixtures';

const t = useTestApp();

type Inputs = Record<string, Record<string, unknown>>;

async function start(payload: Record<string, unknown>, as = 'vanphong') {
  return t.request({ method: 'POST', url: '/api/framework-imports', as, payload: { name: 'Bộ chỉ số CCHC các sở, ban, ngành', year: 2023, ...payload } });
}
const fromText = (code: string, text = SEED_004_APPENDIX) => start({ kind: 'text', fileName: 'seed-004.txt', text, code });
const fromDocx = async (code: string, bytes: Buffer, fileName = 'phu-luc.docx') =>
  start({ kind: 'docx', fileName, contentBase64: bytes.toString('base64'), code });

async function closeAndPublish(draft: FrameworkImportDetail, decision: Record<string, unknown>) {
  const saved = await t.request({
    method: 'PUT',
    url: `/api/framework-imports/${draft.id}`,
    as: 'vanphong',
    payload: { document: closeSeed004Gap(draft.document as Framework) },
  });
  expect(saved.statusCode).toBe(200);
  expect(saved.json().problems).toEqual([]);
  const published = await t.request({ method: 'POST', url: `/api/framework-imports/${draft.id}/publish`, as: 'vanphong', payload: decision });
  expect(published.statusCode).toBe(201);
  return published.json();
}

const FORMULA_KEYS: Record<string, Record<string, string>> = {
  '7.1.3': { a: 'a', b: 'b', c: 'c' },
  '8.1': { done: 'nhiemVuHoanThanh', assigned: 'nhiemVuDuocGiao' },
  '8.2': { onTime: 'nhiemVuHoanThanhDung', assigned: 'nhiemVuDuocGiao' },
};

/** Rounds of inputs for both frameworks: the k-th probe of every criterion in one evaluate call. */
function rounds(imported: Framework): { hp: Inputs[]; mine: Inputs[]; labels: string[][] } {
  const hp: Inputs[] = [];
  const mine: Inputs[] = [];
  const labels: string[][] = [];
  const put = (k: number, code: string, a: Record<string, unknown>, b: Record<string, unknown>, label: string) => {
    (hp[k] ??= {})[code] = a;
    (mine[k] ??= {})[code] = b;
    (labels[k] ??= []).push(`${code} ${label}`);
  };
  for (const leaf of listLeaves(HP_SGDDT_2023)) {
    const other = findCriterion(imported, leaf.code) as Criterion;
    if (leaf.rule!.type === 'formula') {
      // Each round is one HTTP call per framework: a coarser grid than the domain test's keeps the rounds few.
      formulaGrid(leaf.inputs!.length, [0, 1, 10, 100]).forEach((values, k) => {
        const a = Object.fromEntries(leaf.inputs!.map((i, n) => [i.key, values[n]]));
        put(k, leaf.code, a, Object.fromEntries(Object.entries(a).map(([key, v]) => [FORMULA_KEYS[leaf.code][key], v])), JSON.stringify(a));
      });
    } else if (leaf.rule!.type === other.rule!.type) {
      probesOf(leaf).forEach((p, k) => put(k, leaf.code, inputsFor(leaf, p), inputsFor(other, p), p.label));
    }
  }
  return { hp, mine, labels };
}

async function evaluate(code: string, inputs: Inputs): Promise<Record<string, number>> {
  const res = await t.request({ method: 'POST', url: `/api/frameworks/${code}/evaluate`, as: 'tccb', payload: { inputs } });
  expect(res.statusCode).toBe(200);
  return Object.fromEntries(res.json().criteria.map((c: { code: string; score: number }) => [c.code, c.score]));
}

async function expectSameScoresAsShipped(code: string) {
  const imported = (await t.request({ method: 'GET', url: `/api/frameworks/${code}`, as: 'tccb' })).json().document as Framework;
  const { hp, mine, labels } = rounds(imported);
  let compared = 0;
  for (let k = 0; k < hp.length; k++) {
    const [a, b] = await Promise.all([evaluate('HP-SGDDT-2023', hp[k]), evaluate(code, mine[k])]);
    for (const leafCode of Object.keys(hp[k])) {
      expect(
        b[leafCode],
        labels[k].find((l) => l.startsWith(`${leafCode} `)),
      ).toBe(a[leafCode]);
      compared++;
    }
  }
  // 3.4.3 reads as two levels (the seed names no share): the same two scores, 0,5 and 0.
  const levels = findCriterion(imported, '3.4.3')!;
  expect(levels.rule).toMatchObject({ type: 'level', points: [{ points: 0.5 }, { points: 0 }] });
  expect(compared).toBeGreaterThan(200);
}

describe('importing seed 004 as pasted text', () => {
  it('builds a draft, flags 7.3’s gap and 3.4.1’s assumption, refuses to publish until the gap is closed, then scores as HP-SGDDT-2023 at every edge', async () => {
    const res = await fromText('HP-SO-NGANH');
    expect(res.statusCode).toBe(201);
    const draft: FrameworkImportDetail = res.json();
    expect(draft).toMatchObject({ status: 'draft', code: 'HP-SO-NGANH', sourceKind: 'text', totals: { table: null, computed: 23.55 } });
    expect(draft.reviews.filter((r) => r.status === 'partly').map((r) => r.code)).toEqual(['3.4.1', '7.3']);
    const r73 = draft.reviews.find((r) => r.code === '7.3')!;
    expect(r73.sentences).toEqual([
      'Trên 200 tin, bài/năm đạt 0,5',
      'Từ 52 – 199 tin, bài/năm đạt 0,3',
      'Từ 12-51 tin, bài/năm đạt 0,2',
      'Dưới 12 tin, bài/năm: 0',
    ]);
    expect(draft.problems.map((p) => p.message).join(' ')).toContain('khoảng bỏ trống: giá trị đúng bằng 200 không thuộc khoảng nào');

    const refused = await t.request({
      method: 'POST',
      url: `/api/framework-imports/${draft.id}/publish`,
      as: 'vanphong',
      payload: { decisionNumber: '3087/QĐ-UBND', decisionDate: '2022-09-21', effectiveFrom: '2023-01-01' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('Chưa ban hành được');
    expect((await t.request({ method: 'GET', url: '/api/frameworks/HP-SO-NGANH', as: 'vanphong' })).statusCode).toBe(404);

    const fw = await closeAndPublish(draft, { decisionNumber: '3087/QĐ-UBND', decisionDate: '2022-09-21', effectiveFrom: '2023-01-01' });
    expect(fw).toMatchObject({
      code: 'HP-SO-NGANH',
      version: 1,
      decisionNumber: '3087/QĐ-UBND',
      decisionDate: '2022-09-21',
      effectiveFrom: '2023-01-01',
      effectiveTo: null,
      max: 23.55,
      partial: true,
    });
    await expectSameScoresAsShipped('HP-SO-NGANH');
    expect(
      (await t.request({ method: 'PUT', url: `/api/framework-imports/${draft.id}`, as: 'vanphong', payload: { document: draft.document } })).statusCode,
    ).toBe(409);
  }, 180_000); // a few hundred scored calls: slow on a loaded machine, not a timed assertion

  it('offers bindings to the metrics the system counts, with their definitions', async () => {
    const draft: FrameworkImportDetail = (await fromText('HP-BINDINGS')).json();
    const by = (code: string) => draft.bindings.filter((b) => b.code === code).map((b) => [b.inputKey, b.metric]);
    expect(by('3.4.2')).toEqual([
      ['achieved', 'dossiers.resolvedOnTime'],
      ['total', 'dossiers.resolved'],
    ]);
    expect(by('3.5')).toEqual([
      ['achieved', 'dossiers.digitizedResults'],
      ['total', 'dossiers.resolved'],
    ]);
    expect(by('7.4.2')).toEqual([
      ['achieved', 'dossiers.onlineSubmitted'],
      ['total', 'dossiers.received'],
    ]);
    expect(by('8.2')).toEqual([
      ['nhiemVuHoanThanhDung', 'tasks.doneOnTime'],
      ['nhiemVuDuocGiao', 'tasks.assigned'],
    ]);
    expect(by('7.5.1')).toEqual([]); // counts procedures, not dossiers
    expect(draft.bindings.find((b) => b.code === '3.4.5')).toMatchObject({
      metric: 'feedback.handled',
      definition: 'Số phản ánh, kiến nghị về TTHC đã xử lý hoặc kiến nghị xử lý',
    });
  });
});

describe('importing seed 004 as a Word file', () => {
  it('reads the tables from the document XML into the same tree and, once published, the same scores', async () => {
    const res = await fromDocx('HP-SO-NGANH-DOCX', await seed004Docx(), 'Ke-hoach-CNTT-2023.docx');
    expect(res.statusCode).toBe(201);
    const draft: FrameworkImportDetail = res.json();
    const text: FrameworkImportDetail = (await fromText('HP-SO-NGANH-TXT')).json();
    const shape = (d: FrameworkImportDetail) =>
      listLeaves(d.document as Framework, { includePlaceholders: true }).map((l) => [l.code, l.maxPoints, l.rule?.type ?? null]);
    expect(shape(draft)).toEqual(shape(text));
    expect(draft.reviews.map((r) => r.status)).toEqual(text.reviews.map((r) => r.status));
    expect(draft.issues.filter((i) => i.severity === 'warning').map((i) => i.code)).toEqual(['3.5', '3.5']);
    await closeAndPublish(draft, { decisionNumber: '3087/QĐ-UBND', decisionDate: '2022-09-21', effectiveFrom: '2023-01-01' });
    await expectSameScoresAsShipped('HP-SO-NGANH-DOCX');
  }, 180_000);

  it('answers a file that is not Word with what to do', async () => {
    const res = await fromDocx('X-BAD', Buffer.from('không phải tệp Word'), 'phu-luc.docx');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'Không đọc được tệp "phu-luc.docx" (không phải tệp Word .docx hợp lệ): cần tệp Word (.docx), Excel (.xlsx) hoặc dán nội dung bảng phụ lục.',
    );
  });
});

describe('a second, differently laid-out appendix', () => {
  it('builds the tree from Roman areas, merged cells and points in their own column, joins a title across the page break, and flags what it cannot read', async () => {
    const res = await fromDocx('TINH-MAU-2025', await secondLayoutDocx());
    expect(res.statusCode).toBe(201);
    const d: FrameworkImportDetail = res.json();
    const doc = d.document as Framework;
    expect(doc.areas.map((a) => [a.code, a.maxPoints, (a.children ?? []).map((c) => [c.code, c.maxPoints])])).toEqual([
      [
        '1',
        2,
        [
          ['1.1', 1],
          ['1.2', 1],
        ],
      ],
      [
        '2',
        2,
        [
          ['2.1', 1],
          ['2.2', 1],
        ],
      ],
      ['3', 1, [['3.1', 1]]],
    ]);
    const node = (code: string) => findCriterion(doc, code)!;
    expect(node('1.1')).toMatchObject({ evidence: 'Kế hoạch CCHC năm', rule: { type: 'level', points: [{ points: 1 }, { points: 0.5 }, { points: 0 }] } });
    expect(node('1.1').inputs?.[0].levels?.map((l) => l.label)).toEqual(['Ban hành kịp thời, đúng quy định', 'Ban hành chậm', 'Không ban hành']);
    expect(node('1.2').rule).toMatchObject({
      type: 'bands',
      bands: [
        { min: 0.9, points: 1 },
        { min: 0.7, max: 0.9, points: 0.5 },
        { max: 0.7, points: 0 },
      ],
    });
    expect(node('2.2')).toMatchObject({
      title: 'Xử lý văn bản sau kiểm tra và theo dõi thi hành pháp luật trên địa bàn',
      rule: { type: 'formula', expr: 'min(vanBanDuocXuLy × 0.25, 1)' },
    });
    const status = Object.fromEntries(d.reviews.map((r) => [r.code, r.status]));
    expect(status).toMatchObject({ '1.1': 'recognised', '1.2': 'recognised', '2.1': 'unrecognised', '2.2': 'recognised', '3.1': 'unrecognised' });
    expect(d.reviews.find((r) => r.code === '3.1')!.reasons[0]).toContain('dùng b, a nhưng văn bản không giải thích');
    const messages = d.issues.map((i) => `${i.severity} ${i.code ?? ''} ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('info 2.2 Tên tiêu chí 2.2 tiếp tục sang trang sau'),
        expect.stringContaining('warning 3 Cột điểm tối đa ghi «x», không phải một số'),
        expect.stringContaining('error  Tổng điểm ghi trong bảng là 6, nhưng tổng điểm tối đa các lĩnh vực là 5'),
        expect.stringContaining('info  STT dạng La Mã'),
      ]),
    );
    expect(d.totals).toEqual({ table: 6, computed: 5 });
    expect(d.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['areas[1].children[0].rule', 'areas[2].children[0].rule']));
  });
});

describe('an appendix in Excel', () => {
  it('reads merged cells once, points in their own column, and checks the total row', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Phụ lục');
    sheet.addRows([
      ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Tài liệu kiểm chứng'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 1.5, ''],
      ['1', 'Ban hành kế hoạch CCHC năm', 1, 'Kế hoạch CCHC'],
      ['', 'Ban hành đúng hạn', 1, ''],
      ['', 'Ban hành chậm', 0.5, ''],
      ['', 'Không ban hành', 0, ''],
      ['2', 'Báo cáo CCHC định kỳ', 0.5, 'Các báo cáo'],
      ['', 'Đầy đủ, đúng hạn: 0,5\nCó báo cáo chậm: 0,25\nKhông báo cáo: 0', '', ''],
      ['Tổng cộng', '', 1.5, ''],
    ]);
    sheet.mergeCells('A3:A6');
    sheet.mergeCells('D3:D6');
    sheet.mergeCells('A9:B9');
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const res = await start({ kind: 'xlsx', fileName: 'phu-luc.xlsx', contentBase64: bytes.toString('base64'), code: 'TINH-MAU-XLSX' });
    expect(res.statusCode).toBe(201);
    const d: FrameworkImportDetail = res.json();
    const doc = d.document as Framework;
    expect(doc.areas.map((a) => [a.code, a.maxPoints, a.children!.map((c) => [c.code, c.maxPoints, c.rule?.type, c.evidence])])).toEqual([
      [
        '1',
        1.5,
        [
          ['1.1', 1, 'level', 'Kế hoạch CCHC'],
          ['1.2', 0.5, 'level', 'Các báo cáo'],
        ],
      ],
    ]);
    expect(findCriterion(doc, '1.2')!.inputs![0].levels!.map((l) => l.label)).toEqual(['Đầy đủ, đúng hạn', 'Có báo cáo chậm', 'Không báo cáo']);
    expect(d.totals).toEqual({ table: 1.5, computed: 1.5 });
    expect(d.problems).toEqual([]);
  });
});

describe('versions by decision', () => {
  it('an amending decision ends the amended version’s period; a year’s assessment opens on the version in force; the comparison lists what changed', async () => {
    const first: FrameworkImportDetail = (await fromText('HP-VERSIONS')).json();
    await closeAndPublish(first, { decisionNumber: '3087/QĐ-UBND', decisionDate: '2022-09-21', effectiveFrom: '2023-01-01' });
    const amended = SEED_004_APPENDIX.replace('Trên 200 tin, bài/năm đạt 0,5', 'Trên 250 tin, bài/năm đạt 0,5').replace(
      'Từ 52 – 199 tin, bài/năm đạt 0,3',
      'Từ 52 – 250 tin, bài/năm đạt 0,3',
    );
    const second: FrameworkImportDetail = (await fromText('HP-VERSIONS', amended)).json();
    expect(second.existingVersions).toEqual([1]);
    expect(second.problems).toEqual([]); // the amended wording leaves no gap
    const v2 = await t.request({
      method: 'POST',
      url: `/api/framework-imports/${second.id}/publish`,
      as: 'vanphong',
      payload: { decisionNumber: '2901/QĐ-UBND', decisionDate: '2024-12-20', effectiveFrom: '2025-01-01', amendsVersion: 1 },
    });
    expect(v2.statusCode).toBe(201);
    expect(v2.json()).toMatchObject({ version: 2, amendsVersion: 1, decisionNumber: '2901/QĐ-UBND' });
    expect((await t.request({ method: 'GET', url: '/api/frameworks/HP-VERSIONS?version=1', as: 'vanphong' })).json()).toMatchObject({
      effectiveTo: '2024-12-31',
    });

    const open = async (year: number) =>
      (
        await t.request({ method: 'POST', url: '/api/assessments', as: 'vanphong', payload: { frameworkCode: 'HP-VERSIONS', unitId: t.unitId('SGDDT'), year } })
      ).json();
    expect((await open(2024)).frameworkVersion).toBe(1);
    expect((await open(2025)).frameworkVersion).toBe(2);
    const none = await t.request({
      method: 'POST',
      url: '/api/assessments',
      as: 'vanphong',
      payload: { frameworkCode: 'HP-VERSIONS', unitId: t.unitId('SGDDT'), year: 2021 },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain('không có phiên bản có hiệu lực trong năm 2021');

    const diff = (await t.request({ method: 'GET', url: '/api/frameworks/HP-VERSIONS/compare?from=1&to=2', as: 'tccb' })).json();
    expect(diff).toMatchObject({
      from: { version: 1, decisionNumber: '3087/QĐ-UBND' },
      to: { version: 2, decisionNumber: '2901/QĐ-UBND' },
      added: [],
      removed: [],
    });
    expect(diff.changed).toEqual([
      {
        code: '7.3',
        title: expect.any(String),
        changes: [
          {
            field: 'Quy tắc chấm',
            before: 'khoảng: (200; +∞) → 0,5; [52; 200] → 0,3; [12; 51] → 0,2; (−∞; 12) → 0',
            after: 'khoảng: (250; +∞) → 0,5; [52; 250] → 0,3; [12; 51] → 0,2; (−∞; 12) → 0',
          },
        ],
      },
    ]);
    const bad = await t.request({
      method: 'POST',
      url: `/api/framework-imports/${(await fromText('HP-VERSIONS', amended)).json().id}/publish`,
      as: 'vanphong',
      payload: { decisionNumber: '1/QĐ-UBND', decisionDate: '2025-01-01', effectiveFrom: '2025-06-01', amendsVersion: 9 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('không có phiên bản 9 để sửa đổi');
  });
});

describe('who may import', () => {
  it('divisions, leaders and appraisers cannot import, read or publish drafts; the audit log has the Office’s steps', async () => {
    const draft: FrameworkImportDetail = (await fromText('HP-PERM')).json();
    expect((await fromText('HP-PERM-2')).statusCode).toBe(201);
    for (const as of ['tccb', 'lanhdao', 'thamdinh', 'truong']) {
      expect((await start({ kind: 'text', fileName: 'a.txt', text: SEED_004_APPENDIX, code: 'HP-X' }, as)).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url: `/api/framework-imports/${draft.id}`, as })).statusCode).toBe(403);
      expect(
        (
          await t.request({
            method: 'POST',
            url: `/api/framework-imports/${draft.id}/publish`,
            as,
            payload: { decisionNumber: '3087/QĐ-UBND', decisionDate: '2022-09-21', effectiveFrom: '2023-01-01' },
          })
        ).statusCode,
      ).toBe(403);
    }
    const audit = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_type = 'framework-import' order by id`);
    expect(audit.map((a) => a.action)).toEqual(['framework.import-started', 'framework.import-started']);
  });
});
