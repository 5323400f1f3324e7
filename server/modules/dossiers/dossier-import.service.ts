// Bulk import of dossiers from the systems that hold them: streamed in chunks inside one transaction
// (all or nothing, so a crash or a bad row leaves the register as it was), idempotent by dossier code.
import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { DossierImportReply } from '../../../contracts/dossiers';
import { classifyTimeliness, computeDueDate, type WorkingCalendar } from '../../../domain/calendar';
import { dossierStateLabel, type DossierStateCode } from '../../../domain/dossiers';
import { normalizeImportRow, type ImportRowProblem, type NormalizedImportRow } from '../../../domain/dossiers/import-row';
import { counterDeltas, type DossierCountFacts } from '../../../domain/dossiers/monthly-counts';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Tx } from '../../db/client';
import { dossierEvents, dossiers, orgUnits } from '../../db/schema/index';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { loadWorkingCalendar } from './calendar.service';
import { receivedAtFor } from './dossier-state';
import { countFacts, dossierRepository, type DossierRow, type ProcedureRow } from './dossier.repository';

const CHUNK = 1000;
// Enough to fix a file in one go; more would only repeat the same mistake.
const MAX_PROBLEMS_REPORTED = 200;

export interface ImportRowInput {
  row: number;
  raw: Record<string, unknown>;
}

interface Lookup {
  procedures: Map<string, ProcedureRow>;
  units: Map<string, { id: number; path: string }>;
  calendar: WorkingCalendar;
  dueMemo: Map<string, string | null>;
  timelinessMemo: Map<string, string>;
}

/** The stored columns an imported snapshot sets; due date and timeliness are computed when the sender leaves them out. */
function columnsOf(r: NormalizedImportRow, procedure: ProcedureRow, unitId: number, lookup: Lookup, source: string) {
  // Rows of a batch share few distinct dates: the calendar's answers are memoised for the batch.
  const dueKey = `${procedure.id}|${r.receivedOn}`;
  let computedDue = r.dueOn ? undefined : lookup.dueMemo.get(dueKey);
  if (!r.dueOn && computedDue === undefined) {
    computedDue = computeDueDate(lookup.calendar, {
      receivedAt: receivedAtFor(procedure, r.receivedOn),
      ...(procedure.workingHours != null ? { workingHours: procedure.workingHours } : { workingDays: procedure.workingDays ?? 0 }),
    }).due;
    lookup.dueMemo.set(dueKey, computedDue);
  }
  const dueOn = r.dueOn ?? computedDue ?? null;
  let timeliness: string | null = null;
  if (r.resolvedOn) {
    const key = `${dueOn}|${r.resolvedOn}|${r.supplementCount}`;
    timeliness = lookup.timelinessMemo.get(key) ?? classifyTimeliness(lookup.calendar, { due: dueOn, resolvedAt: r.resolvedOn, supplementRequests: r.supplementCount }, r.resolvedOn).status;
    lookup.timelinessMemo.set(key, timeliness);
  }
  return {
    code: r.code,
    procedureId: procedure.id,
    unitId,
    applicantName: r.applicantName,
    applicantPhone: r.applicantPhone,
    channel: r.channel,
    state: r.state,
    receivedOn: r.receivedOn,
    dueOn,
    resolvedOn: r.resolvedOn,
    returnedOn: r.returnedOn,
    returnChannel: r.returnChannel,
    supplementCount: r.supplementCount,
    timeliness,
    digitized: r.digitized,
    paidOnline: r.paidOnline,
    electronicRouting: r.electronicRouting,
    apologyIssued: r.apologyIssued,
    source,
  };
}

function hashOf(values: object): string {
  return createHash('sha1').update(JSON.stringify(values)).digest('hex');
}

async function writeChunk(tx: Tx, actor: Actor, lookup: Lookup, source: string, chunk: Array<{ row: number; value: NormalizedImportRow }>, problems: ImportRowProblem[], totals: DossierImportReply) {
  // A code twice in one chunk: the later row is the later state.
  const byCode = new Map<string, { row: number; value: NormalizedImportRow }>();
  for (const item of chunk) byCode.set(item.value.code, item);
  // One array parameter instead of a thousand: far cheaper to plan and to send.
  const existingRows = await tx.select().from(dossiers).where(sql`${dossiers.code} in (select jsonb_array_elements_text(${JSON.stringify([...byCode.keys()])}::jsonb))`);
  const existing = new Map<string, DossierRow>(existingRows.map((d) => [d.code, d]));
  const changes: Array<{ before: DossierCountFacts | null; after: DossierCountFacts }> = [];
  const upserts: Array<typeof dossiers.$inferInsert> = [];
  for (const { row, value } of byCode.values()) {
    const procedure = lookup.procedures.get(value.procedureCode);
    const unit = lookup.units.get(value.unitCode.toLowerCase());
    if (!procedure) problems.push({ row, column: 'procedureCode', message: `Dòng ${row}, cột 'procedureCode': thủ tục '${value.procedureCode}' không có trong danh mục TTHC.` });
    if (!unit) problems.push({ row, column: 'unitCode', message: `Dòng ${row}, cột 'unitCode': đơn vị '${value.unitCode}' không tồn tại hoặc ngoài phạm vi của bạn.` });
    const before = existing.get(value.code);
    if (before?.source === 'officer') {
      problems.push({ row, column: 'code', message: `Dòng ${row}, cột 'code': hồ sơ ${value.code} do Bộ phận Một cửa tiếp nhận trên hệ thống này, không ghi đè bằng dữ liệu nhập.` });
    }
    if (!procedure || !unit || before?.source === 'officer' || problems.length) continue;
    const columns = columnsOf(value, procedure, unit.id, lookup, source);
    const importHash = hashOf(columns);
    if (before?.importHash === importHash) {
      totals.unchanged += 1;
      continue;
    }
    if (before) totals.updated += 1;
    else totals.created += 1;
    upserts.push({ ...columns, importHash, updatedAt: new Date() });
    const fee = (id: number) => [...lookup.procedures.values()].find((p) => p.id === id)?.fee ?? 0;
    changes.push({ before: before ? countFacts(before, fee(before.procedureId)) : null, after: countFacts({ ...(before ?? ({} as DossierRow)), ...columns } as DossierRow, procedure.fee) });
  }
  // Once a problem is found nothing more is written: the transaction will roll back anyway.
  if (problems.length || upserts.length === 0) return;
  const { code: _code, ...updatable } = Object.fromEntries(Object.keys(upserts[0]).map((k) => [k, sql.raw(`excluded."${(dossiers as unknown as Record<string, { name: string }>)[k].name}"`)]));
  const written = await tx.insert(dossiers).values(upserts).onConflictDoUpdate({ target: dossiers.code, set: updatable }).returning({ id: dossiers.id, code: dossiers.code, state: dossiers.state });
  const seqs = await tx
    .select({ dossierId: dossierEvents.dossierId, seq: sql<number>`max(${dossierEvents.seq})::int` })
    .from(dossierEvents)
    .where(inArray(dossierEvents.dossierId, written.map((w) => w.id)))
    .groupBy(dossierEvents.dossierId);
  const lastSeq = new Map(seqs.map((s) => [s.dossierId, s.seq]));
  await tx.insert(dossierEvents).values(
    written.map((w) => {
      const value = byCode.get(w.code)!.value;
      return {
        dossierId: w.id,
        seq: (lastSeq.get(w.id) ?? 0) + 1,
        type: 'synced',
        on: value.returnedOn ?? value.resolvedOn ?? value.receivedOn,
        payload: { ...value, source },
        summary: `Đồng bộ từ ${source}: ${dossierStateLabel(value.state as DossierStateCode)}`,
        actorId: actor.userId,
        actorName: actor.fullName,
      };
    }),
  );
  await dossierRepository.applyCounterDeltas(tx, counterDeltas(changes));
}

/** The permission check of a file import, done before the upload is read. */
export function assertCanImport(actor: Actor): void {
  authorize(actor, 'dossier:import');
}

/**
 * Imports rows given one by one (a JSON batch, or a CSV/Excel file read as a stream) in chunks;
 * every bad row is reported with its row and column, and then nothing at all is written.
 */
export async function importDossiers(db: Db, actor: Actor, source: string, rows: AsyncIterable<ImportRowInput> | Iterable<ImportRowInput>): Promise<DossierImportReply> {
  authorize(actor, 'dossier:import');
  return db.transaction(async (tx) => {
    const unitRows = await tx.select({ id: orgUnits.id, code: orgUnits.code, path: orgUnits.path }).from(orgUnits);
    const lookup: Lookup = {
      procedures: new Map((await dossierRepository.listProcedures(tx)).map((p) => [p.code, p])),
      units: new Map(unitRows.filter((u) => u.path.startsWith(actor.scopePath)).map((u) => [u.code.toLowerCase(), u])),
      calendar: await loadWorkingCalendar(tx),
      dueMemo: new Map(),
      timelinessMemo: new Map(),
    };
    const totals: DossierImportReply = { total: 0, created: 0, updated: 0, unchanged: 0 };
    const problems: ImportRowProblem[] = [];
    let chunk: Array<{ row: number; value: NormalizedImportRow }> = [];
    for await (const { row, raw } of rows) {
      totals.total += 1;
      const checked = normalizeImportRow(raw, row);
      if (!checked.ok) problems.push(...checked.problems);
      else chunk.push({ row, value: checked.value });
      if (chunk.length >= CHUNK) {
        await writeChunk(tx, actor, lookup, source, chunk, problems, totals);
        chunk = [];
      }
    }
    if (chunk.length) await writeChunk(tx, actor, lookup, source, chunk, problems, totals);
    if (totals.total === 0) throw new DomainError('IMPORT_EMPTY', 'Tệp không có dòng hồ sơ nào; kiểm tra dòng tiêu đề và dữ liệu.', 400);
    if (problems.length) {
      const shown = problems.slice(0, MAX_PROBLEMS_REPORTED);
      const more = problems.length > shown.length ? ` (và ${problems.length - shown.length} lỗi khác)` : '';
      throw new DomainError('IMPORT_INVALID', `Không nhập dữ liệu nào vì có ${problems.length} lỗi${more}: ${shown.slice(0, 5).map((p) => p.message).join(' ')}`, 400, { problems: shown });
    }
    await recordAudit(tx, actor, { action: 'dossier.imported', entityType: 'dossier_import', entityId: source, after: totals });
    return totals;
  });
}
