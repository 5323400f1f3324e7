// Own data wherever it exists: an imported criterion measured by the system only as a percentage (reports sent on
// time, units inspected, citizen satisfaction) is offered that percentage, and once bound the self-assessment
// fills it from the records: the registry's percentage divided by 100, the share the rule reads.
import { describe, expect, it } from 'vitest';
import type { FrameworkImportDetail } from '../../../contracts/framework-imports';
import { applyMetricBindings } from '../../../domain/rules/import/metric-bindings';
import { OWN_DATA_APPENDIX } from '../../../domain/rules/import/fixtures/own-data-appendix';
import { METRIC_KEY_LIST, metricUnitOf } from '../../../domain/rules/metric-keys';
import type { Framework } from '../../../domain/rules/index';
import { ONE_STOP_SURVEY } from '../../../domain/surveys/one-stop-survey';
import { useTestApp, type TestContext } from '../../../test/harness';
import { computeMetric, getMetric } from '../../metrics/registry';
import { reportSubmissions } from '../../db/schema/index';
import { DEFAULT_TEMPLATE } from '../reports/report-template';

const t = useTestApp();
const YEAR = 2025;

const satisfied = { kenh: 'truc-tiep', 'tiep-can': 5, 'thu-tuc': 4, 'cong-chuc': 5, 'ket-qua': 4, 'phan-hoi': 4 };
const unhappy = { kenh: 'truc-tiep', 'tiep-can': 2, 'thu-tuc': 2, 'cong-chuc': 1, 'ket-qua': 3, 'phan-hoi': 2 };

async function ok(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status = 201) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as Record<string, unknown>;
}

/** 19 satisfied answers and one unhappy one, on paper, in the year. */
async function surveyAnswers(t: TestContext) {
  const survey = await ok(
    t.request({
      method: 'POST',
      url: '/api/surveys',
      as: 'vanphong',
      payload: { title: 'Khảo sát một cửa', slug: 'mot-cua', unitId: t.unitId('SGDDT'), status: 'open', definition: ONE_STOP_SURVEY },
    }),
  );
  for (let i = 0; i < 20; i += 1) {
    const answers = i === 0 ? unhappy : satisfied;
    await ok(
      t.request({
        method: 'POST',
        url: `/api/surveys/${survey.id}/paper-responses`,
        as: 'vanphong',
        payload: { answers, unitId: t.unitId('VP'), answeredOn: `${YEAR}-06-${String(10 + (i % 15)).padStart(2, '0')}` },
      }),
    );
  }
}

/** The first quarter sent on time by both units, the six months by two of three (one late): 4/5 on time. */
async function reportsSent(t: TestContext) {
  const template = await ok(t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: DEFAULT_TEMPLATE }));
  const window = async (kind: string, units: string[]) =>
    (await ok(
      t.request({
        method: 'POST',
        url: '/api/reports/windows',
        as: 'vanphong',
        payload: { kind, year: YEAR, templateId: template.id, unitIds: units.map((u) => t.unitId(u)) },
      }),
    )) as { id: number; deadline: string };
  const sent = (windowId: number, unit: string, date: string) =>
    t.database.db.insert(reportSubmissions).values({
      windowId,
      unitId: t.unitId(unit),
      status: 'submitted',
      submittedAt: date,
      firstSubmittedAt: date,
      values: {},
      texts: {},
      history: [{ status: 'submitted', on: date }],
    });
  const q1 = await window('quarter-1', ['THPT-TP', 'PGD-LC']);
  const q2 = await window('six-month', ['THPT-TP', 'PGD-LC', 'THPT-NQ']);
  for (const unit of ['THPT-TP', 'PGD-LC']) await sent(q1.id, unit, `${YEAR}-03-02`);
  await sent(q2.id, 'THPT-TP', `${YEAR}-06-01`);
  await sent(q2.id, 'PGD-LC', `${YEAR}-06-05`);
  await sent(q2.id, 'THPT-NQ', `${YEAR}-07-20`);
}

/** Five of the department's 24 units inspected in the year (20,8%). */
async function inspections(t: TestContext) {
  for (const [n, unit] of ['THPT-TP', 'THPT-NQ', 'PGD-LC', 'PGD-NQ', 'TH-LC'].entries()) {
    const plan = await ok(
      t.request({
        method: 'POST',
        url: '/api/inspections',
        as: 'vanphong',
        payload: { year: YEAR, unitId: t.unitId(unit), plannedOn: `${YEAR}-05-1${n}`, team: 'Văn phòng Sở' },
      }),
    );
    await ok(
      t.request({
        method: 'PUT',
        url: `/api/inspections/${plan.id}/result`,
        as: 'vanphong',
        payload: { inspectedOn: `${YEAR}-05-1${n}`, team: 'Văn phòng Sở', findings: 'Thực hiện đúng quy định.' },
      }),
      200,
    );
  }
}

describe('the metric catalogue', () => {
  it('every key a criterion may name is registered by a feature, in the unit the catalogue says', async () => {
    const root = { unitId: t.unitId('SGDDT'), unitPath: `/${t.unitId('SGDDT')}/`, from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, asOf: `${YEAR}-12-31` };
    for (const key of METRIC_KEY_LIST) {
      expect(getMetric(key)?.unit, key).toBe(metricUnitOf(key));
      const value = await computeMetric(t.database.db, key, root);
      expect(value.source, key).not.toContain('chưa được hệ thống tính');
    }
  });
});

describe('percentages bound to imported criteria', () => {
  it('offers them with their definitions, and the self-assessment fills the shares from the records', async () => {
    const started = await ok(
      t.request({
        method: 'POST',
        url: '/api/framework-imports',
        as: 'vanphong',
        payload: { kind: 'text', fileName: 'phu-luc.txt', text: OWN_DATA_APPENDIX, code: 'TEST-OWN-DATA', name: 'Bộ chỉ số thử', year: YEAR },
      }),
    );
    const draft = started as unknown as FrameworkImportDetail;
    const shares = draft.bindings.filter((b) => b.kind === 'share');
    expect(shares.map((b) => [b.code, b.metric, b.unit])).toEqual([
      ['1.1', 'reports.onTimeRate', '%'],
      ['1.2', 'inspections.unitsInspectedRate', '%'],
      ['2.1', 'surveys.satisfactionRate', '%'],
    ]);
    expect(shares[1].definition).toBe('Tỷ lệ phòng, đơn vị trực thuộc được kiểm tra CCHC trong kỳ trên tổng số phòng, đơn vị trực thuộc đang hoạt động');
    expect(shares[1].conversion).toContain('chia cho 100');

    const bound = applyMetricBindings(draft.document as Framework, draft.bindings);
    const saved = await ok(t.request({ method: 'PUT', url: `/api/framework-imports/${draft.id}`, as: 'vanphong', payload: { document: bound } }), 200);
    expect(saved.problems).toEqual([]);
    expect(saved.bindings).toEqual([]);
    await ok(
      t.request({
        method: 'POST',
        url: `/api/framework-imports/${draft.id}/publish`,
        as: 'vanphong',
        payload: { decisionNumber: '01/QĐ-THU', decisionDate: `${YEAR}-01-02`, effectiveFrom: `${YEAR}-01-01` },
      }),
    );

    await surveyAnswers(t);
    await reportsSent(t);
    await inspections(t);
    const opened = await ok(
      t.request({
        method: 'POST',
        url: '/api/assessments',
        as: 'vanphong',
        payload: { frameworkCode: 'TEST-OWN-DATA', unitId: t.unitId('SGDDT'), year: YEAR },
      }),
    );
    type Line = {
      code: string;
      selfScore: number;
      selfExplanation: string;
      inputs: Array<{ key: string; type: string; metric: string | null; measured: { value: number | null; source: string } | null }>;
    };
    const line = (code: string) => (opened.criteria as Line[]).find((c) => c.code === code)!;
    const share = (code: string) => line(code).inputs.find((i) => i.key === 'tyLe')!;

    // Reports: 4 of 5 due reports sent on time = 80%, "Từ 80% đến dưới 100%" → 0,25.
    expect(share('1.1')).toMatchObject({ type: 'ratio', metric: 'reports.onTimeRate', measured: { value: 0.8 } });
    expect(share('1.1').measured!.source).toBe('Báo cáo định kỳ: 4/5 báo cáo đến hạn được gửi đúng hạn (2 kỳ). (80% → tỷ lệ 0,8)');
    expect(line('1.1').selfScore).toBe(0.25);
    // Inspections: 5 of 24 units = 20,83%, "Từ 20% đến dưới 30%" → 0,5.
    expect(share('1.2').measured!.value).toBeCloseTo(5 / 24, 9);
    expect(share('1.2').measured!.source).toContain('(20,83% → tỷ lệ 0,2083)');
    expect(line('1.2').selfScore).toBe(0.5);
    // Satisfaction: 19 of 20 answers satisfied on every factor = 95%, "Từ 95% trở lên" → 1,5.
    const satisfaction = await computeMetric(t.database.db, 'surveys.satisfactionRate', {
      unitId: t.unitId('SGDDT'),
      unitPath: `/${t.unitId('SGDDT')}/`,
      from: `${YEAR}-01-01`,
      to: `${YEAR}-12-31`,
      asOf: `${YEAR}-12-31`,
    });
    expect(satisfaction.value).toBeCloseTo(95, 9);
    expect(share('2.1').measured!.value).toBeCloseTo(0.95, 9);
    expect(line('2.1')).toMatchObject({ selfScore: 1.5, selfExplanation: expect.stringContaining('= 95%') });

    // The deduction is typed in: two documents late → 1 − 2 × 0,25.
    const typed = await ok(
      t.request({ method: 'PUT', url: `/api/assessments/${opened.id}/criteria/1.3`, as: 'vanphong', payload: { inputs: { vanBanBanHanhCham: 2 } } }),
      200,
    );
    expect((typed.criteria as Line[]).find((c) => c.code === '1.3')!.selfScore).toBe(0.5);
  });

  it('refuses to publish a draft whose share takes a count, naming the input', async () => {
    const draft = (await ok(
      t.request({
        method: 'POST',
        url: '/api/framework-imports',
        as: 'vanphong',
        payload: { kind: 'text', fileName: 'phu-luc.txt', text: OWN_DATA_APPENDIX, code: 'TEST-OWN-DATA', name: 'Bộ chỉ số thử', year: YEAR },
      }),
    )) as unknown as FrameworkImportDetail;
    const bound = applyMetricBindings(
      draft.document as Framework,
      draft.bindings.filter((b) => b.code === '2.1'),
    );
    const wrong = structuredClone(bound);
    wrong.areas[1].children![0].inputs![0].metric = 'dossiers.received';
    const saved = await ok(t.request({ method: 'PUT', url: `/api/framework-imports/${draft.id}`, as: 'vanphong', payload: { document: wrong } }), 200);
    expect(saved.problems).toEqual([
      { path: 'areas[1].children[0].inputs[0].metric', message: expect.stringContaining('là tỷ lệ nhưng chỉ số dossiers.received là số đếm') },
    ]);
    const refused = await t.request({
      method: 'POST',
      url: `/api/framework-imports/${draft.id}/publish`,
      as: 'vanphong',
      payload: { decisionNumber: '01/QĐ-THU', decisionDate: `${YEAR}-01-02`, effectiveFrom: `${YEAR}-01-01` },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('chỉ số dossiers.received là số đếm');
  });
});
