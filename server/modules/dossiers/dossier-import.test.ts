// The set-based chunk writer (dossier-import.repository.ts) checked against what the rows say: codes repeated within
// a batch and across chunks, history numbers without gaps, and monthly counters equal to a recount of the register.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MONTHLY_COUNTERS, counterDeltas } from '../../../domain/dossiers/monthly-counts';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { computeMetric } from '../../metrics/registry';
import { countFacts } from './dossier.repository';
import { procedureRepository } from './procedure.repository';
import { importRow, seedCatalogue } from './dossier-test-data';

const t = useTestApp();

const PROCEDURES = [
  { procedureCode: '1.005088', unitCode: 'KTKDCLGD' },
  { procedureCode: '1.001000', unitCode: 'GDTrH' },
  { procedureCode: '1.004475', unitCode: 'TCCB' },
];

/** Row i of a batch: spread over three procedures, two years of receipt dates, every state the sync sends. */
function row(i: number, version: number) {
  const p = PROCEDURES[i % PROCEDURES.length];
  const day = String(1 + (i % 27)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  const received = `${2024 + (i % 2)}-${month}-${day}`;
  const done = version > 1 || i % 3 === 0;
  const resolved = `${2024 + (i % 2)}-${month}-28`;
  return importRow(`SYNC-${String(i).padStart(5, '0')}`, {
    ...p,
    channel: 1 + (i % 3),
    state: done ? 10 : 4,
    receivedOn: received,
    resolvedOn: done ? resolved : '',
    returnedOn: done ? resolved : '',
    returnChannel: done ? 1 + ((i + version) % 3) : '',
    supplementCount: i % 10 === 0 ? 2 : 0,
    digitized: (i + version) % 2 === 0,
    paidOnline: i % 4 === 0,
    apologyIssued: version > 1 && i % 5 === 0,
  });
}

async function importBatch(rows: Array<Record<string, unknown>>) {
  const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { source: 'dvc-hp', rows } });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res.json();
}

/** The counters as a recount of the whole register would give them, through the domain's own rules. */
async function recountedCounters() {
  const db = t.database.db;
  const fees = new Map((await procedureRepository.list(db)).map((p) => [p.id, p.fee]));
  const rows = await db.query.dossiers.findMany();
  const recount = counterDeltas(rows.map((d) => ({ before: null, after: countFacts(d, fees.get(d.procedureId) ?? 0) })));
  return [...recount].map(([key, values]) => ({ key, ...values })).sort((a, b) => a.key.localeCompare(b.key));
}

async function storedCounters() {
  const rows = await t.database.db.query.dossierMonthlyCounts.findMany();
  return rows
    .map((r) => ({ key: `${r.unitId}|${r.procedureId}|${r.month}`, ...Object.fromEntries(MONTHLY_COUNTERS.map((c) => [c, r[c]])) }))
    .filter((r) => MONTHLY_COUNTERS.some((c) => (r as Record<string, unknown>)[c] !== 0))
    .sort((a, b) => a.key.localeCompare(b.key));
}

describe('bulk import across chunks', () => {
  it('updates codes written by an earlier chunk of the same batch, numbers history without gaps, keeps counters exact', { timeout: 120_000 }, async () => {
    await seedCatalogue(t);
    // 1,500 new dossiers, then later states of the first 700 in the same batch (a second and third chunk),
    // and one code sent twice in a row: the later row is the later state.
    const rows = [...Array.from({ length: 1500 }, (_, i) => row(i, 1)), ...Array.from({ length: 700 }, (_, i) => row(i, 2)), row(1499, 2)];
    expect(await importBatch(rows)).toEqual({ total: 2201, created: 1500, updated: 701, unchanged: 0 });

    const history = await queryRows<{ code: string; n: number; top: number; types: string }>(
      t.database.db,
      sql`select d.code, count(*)::int as n, max(e.seq)::int as top, string_agg(distinct e.type, ',') as types
          from dossiers d join dossier_events e on e.dossier_id = d.id group by d.code`,
    );
    expect(history).toHaveLength(1500);
    expect(history.every((h) => h.n === h.top && h.types === 'synced')).toBe(true);
    expect(history.filter((h) => h.n === 2)).toHaveLength(701);

    const [updated] = await queryRows<{ state: number; apology_issued: boolean; source: string }>(
      t.database.db,
      sql`select state, apology_issued, source from dossiers where code = 'SYNC-00005'`,
    );
    expect(updated).toEqual({ state: 10, apology_issued: true, source: 'dvc-hp' });
    expect(await storedCounters()).toEqual(await recountedCounters());

    // The current states sent again change nothing: no write, no event, same counters.
    const current = Array.from({ length: 1500 }, (_, i) => row(i, i < 700 || i === 1499 ? 2 : 1));
    expect(await importBatch(current)).toEqual({ total: 1500, created: 0, updated: 0, unchanged: 1500 });
    const [events] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from dossier_events`);
    expect(events.n).toBe(2201);
    expect(await storedCounters()).toEqual(await recountedCounters());
  });

  it('refuses to overwrite a dossier the desk received here, and writes nothing of the batch', async () => {
    const ids = await seedCatalogue(t);
    const desk = await t.request({
      method: 'POST',
      url: '/api/dossiers',
      as: 'motcua',
      payload: { procedureId: ids.get('1.005088'), channel: 1, applicantName: 'Nguyễn Thị Hoa', applicantPhone: '0912345678', receivedOn: '2025-03-03' },
    });
    expect(desk.statusCode, desk.body).toBe(201);
    const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { rows: [row(1, 1), importRow(desk.json().code)] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems[0].message).toBe(
      `Dòng 2, cột 'code': hồ sơ ${desk.json().code} do Bộ phận Một cửa tiếp nhận trên hệ thống này, không ghi đè bằng dữ liệu nhập.`,
    );
    const [n] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from dossiers`);
    expect(n.n).toBe(1);
  });

  it('leaves dossiers refused at receipt (state 3) out of the counters and the received metric', async () => {
    await seedCatalogue(t);
    expect(await importBatch([importRow('R-1', { state: 3 }), importRow('R-2')])).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0 });
    const [agg] = await queryRows<{ received: number }>(t.database.db, sql`select coalesce(sum(received), 0)::int as received from dossier_monthly_counts`);
    expect(agg.received).toBe(1);
    const unit = await t.database.db.query.orgUnits.findFirst({ where: (u, { eq }) => eq(u.code, 'SGDDT') });
    const received = await computeMetric(t.database.db, 'dossiers.received', {
      unitId: unit!.id,
      unitPath: unit!.path,
      from: '2025-01-01',
      to: '2025-12-31',
      asOf: '2025-12-31',
    });
    expect(received.value).toBe(1);
    // Accepted after all (a later state of the same code): now it counts.
    expect(await importBatch([importRow('R-1', { state: 4 })])).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0 });
    expect(await storedCounters()).toEqual(await recountedCounters());
  });

  it('carries quotes, commas, line breaks and Vietnamese text through the bulk path unchanged', async () => {
    await seedCatalogue(t);
    const name = 'Lê "Tí", Văn\nBình; ,,"';
    expect(await importBatch([importRow('Q-1', { applicantName: name })])).toEqual({ total: 1, created: 1, updated: 0, unchanged: 0 });
    const [stored] = await queryRows<{ applicant_name: string; payload_name: string; summary: string }>(
      t.database.db,
      sql`select d.applicant_name, e.payload->>'applicantName' as payload_name, e.summary from dossiers d join dossier_events e on e.dossier_id = d.id where d.code = 'Q-1'`,
    );
    expect(stored).toEqual({ applicant_name: name, payload_name: name, summary: 'Đồng bộ từ dvc-hp: Đang xử lý' });
    expect(await importBatch([importRow('Q-1', { applicantName: name })])).toEqual({ total: 1, created: 0, updated: 0, unchanged: 1 });
  });
});
