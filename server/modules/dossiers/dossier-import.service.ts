// Bulk import of dossiers from the systems that hold them: streamed in chunks inside one transaction
// (all or nothing, so a crash or a bad row leaves the register as it was), idempotent by dossier code.
import { hash } from 'node:crypto';
import type { DossierImportReply } from '../../../contracts/dossiers';
import { computeDueDate, resolvedTimelinessStatus, type WorkingCalendar } from '../../../domain/calendar';
import { dossierStateLabel, receivedAtFor, type DossierStateCode } from '../../../domain/dossiers';
import { normalizeImportRow, type ImportRowProblem, type NormalizedImportRow } from '../../../domain/dossiers/import-row';
import { counterDeltas, type DossierCountFacts } from '../../../domain/dossiers/monthly-counts';
import { handlingUnitProblem, receivingPointAt, receivingPointProblem, type ReceivingPoint } from '../../../domain/dossiers/receiving-point';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Tx } from '../../db/client';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { procedureRepository, type ProcedureRow } from './procedure.repository';
import {
  createStage,
  lockImports,
  selectExisting,
  snapshotLine,
  writeSnapshots,
  type ExistingRow,
  type SnapshotColumns,
  type StagedRow,
} from './dossier-import.repository';

const CHUNK = 1000;
const YIELD_EVERY = 100;
// Enough to fix a file in one go; more would only repeat the same mistake.
const MAX_PROBLEMS_REPORTED = 200;

export interface ImportRowInput {
  row: number;
  raw: Record<string, unknown>;
}

interface Lookup {
  procedures: Map<string, ProcedureRow>;
  feeById: Map<number, number>;
  /** The units in the importer's scope by lower-cased code: handling units and receiving points. */
  units: Map<string, { id: number; path: string; name: string; type: string; validFrom: string | null; validTo: string | null }>;
  calendar: WorkingCalendar;
  dueMemo: Map<string, string | null>;
}

/** The stored columns an imported snapshot sets; due date and timeliness are computed when the sender leaves them out. */
function columnsOf(
  r: NormalizedImportRow,
  procedure: ProcedureRow,
  unitId: number,
  received: { point: ReceivingPoint; unitId: number },
  lookup: Lookup,
  source: string,
): SnapshotColumns {
  // Rows of a batch share few distinct dates and limits: the calendar's answers are memoised for the batch.
  const dueKey = `${procedure.workingHours != null ? `h${procedure.workingHours}` : `d${procedure.workingDays ?? 0}`}|${r.receivedOn}`;
  let computedDue = r.dueOn ? undefined : lookup.dueMemo.get(dueKey);
  if (!r.dueOn && computedDue === undefined) {
    computedDue = computeDueDate(lookup.calendar, {
      receivedAt: receivedAtFor(procedure, r.receivedOn),
      ...(procedure.workingHours != null ? { workingHours: procedure.workingHours } : { workingDays: procedure.workingDays ?? 0 }),
    }).due;
    lookup.dueMemo.set(dueKey, computedDue);
  }
  const dueOn = r.dueOn ?? computedDue ?? null;
  // Imports carry dates only, so the class follows from the dates (the same rule classifyTimeliness applies).
  const timeliness = r.resolvedOn && dueOn ? resolvedTimelinessStatus(dueOn, r.resolvedOn, r.supplementCount) : null;
  return {
    code: r.code,
    procedure_id: procedure.id,
    unit_id: unitId,
    applicant_name: r.applicantName,
    applicant_phone: r.applicantPhone,
    channel: r.channel,
    receiving_point: received.point,
    receiving_unit_id: received.unitId,
    state: r.state,
    received_on: r.receivedOn,
    due_on: dueOn,
    resolved_on: r.resolvedOn,
    returned_on: r.returnedOn,
    return_channel: r.returnChannel,
    supplement_count: r.supplementCount,
    timeliness,
    digitized: r.digitized,
    paid_online: r.paidOnline,
    electronic_routing: r.electronicRouting,
    apology_issued: r.apologyIssued,
    source,
  };
}
function factsOf(c: SnapshotColumns | ExistingRow, fee: number, receiptUnitId: number | null): DossierCountFacts {
  return {
    unitId: c.unit_id,
    receiptUnitId,
    procedureId: c.procedure_id,
    channel: c.channel,
    receivedOn: c.received_on,
    resolvedOn: c.resolved_on,
    returnedOn: c.returned_on,
    returnChannel: c.return_channel,
    timeliness: c.timeliness,
    digitized: c.digitized,
    paidOnline: c.paid_online,
    hasFee: fee > 0,
    electronicRouting: c.electronic_routing,
    apologyIssued: c.apology_issued,
    // A dossier refused at receipt (state 3) was never received for processing: it counts nowhere.
    rejected: c.state === 3,
  };
}

/** A checked row with everything that does not depend on the stored dossier already worked out. */
interface PreparedRow {
  row: number;
  value: NormalizedImportRow;
  columns: SnapshotColumns;
  /** The snapshot as a CSV line, and its SHA-1: re-sending an unchanged row is recognised by it. */
  snapshot: string;
  hash: string;
  fee: number;
}

/** Checks a row against the catalogue and the actor's units and computes its columns; problems are collected. */
function prepareRow(lookup: Lookup, source: string, row: number, raw: Record<string, unknown>, problems: ImportRowProblem[]): PreparedRow | null {
  const checked = normalizeImportRow(raw, row);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return null;
  }
  const value = checked.value;
  const procedure = lookup.procedures.get(value.procedureCode);
  const unit = lookup.units.get(value.unitCode.toLowerCase());
  if (!procedure)
    problems.push({
      row,
      column: 'procedureCode',
      message: `Dòng ${row}, cột 'procedureCode': thủ tục '${value.procedureCode}' không có trong danh mục TTHC.`,
    });
  if (!unit)
    problems.push({ row, column: 'unitCode', message: `Dòng ${row}, cột 'unitCode': đơn vị '${value.unitCode}' không tồn tại hoặc ngoài phạm vi của bạn.` });
  const unitProblem = unit ? handlingUnitProblem({ ...unit, code: value.unitCode }, value.receivedOn) : null;
  if (unitProblem) problems.push({ row, column: 'unitCode', message: `Dòng ${row}, cột 'unitCode': ${unitProblem}` });
  // The point that received it: named, else the handling unit's own (its desk, or post and portal by the channel).
  const receivingUnit = value.receivingUnitCode ? lookup.units.get(value.receivingUnitCode.toLowerCase()) : unit;
  if (value.receivingUnitCode && !receivingUnit) {
    problems.push({
      row,
      column: 'receivingUnitCode',
      message: `Dòng ${row}, cột 'receivingUnitCode': nơi tiếp nhận '${value.receivingUnitCode}' không tồn tại hoặc ngoài phạm vi của bạn.`,
    });
  }
  const point = receivingUnit ? (value.receivingPoint ?? receivingPointAt(value.channel, receivingUnit.type)) : null;
  const pointProblem = receivingUnit && point ? receivingPointProblem(point, value.channel, receivingUnit, value.receivedOn, !!value.receivingUnitCode) : null;
  if (pointProblem)
    problems.push({
      row,
      column: value.receivingPoint ? 'receivingPoint' : 'receivingUnitCode',
      message: `Dòng ${row}, cột '${value.receivingPoint ? 'receivingPoint' : 'receivingUnitCode'}': ${pointProblem}`,
    });
  // Once a problem is found nothing will be written (the transaction rolls back): only checking goes on.
  if (!procedure || !unit || !receivingUnit || !point || problems.length) return null;
  const columns = columnsOf(value, procedure, unit.id, { point, unitId: receivingUnit.id }, lookup, source);
  const snapshot = snapshotLine(columns);
  return { row, value, columns, snapshot, hash: hash('sha1', snapshot), fee: procedure.fee };
}

/**
 * A dossier a change of the organisation moved to a successor stays there when the sending system still names the
 * unit that received it (its register does not know of the move): the row is read as if it named the successor.
 */
function keepTransfer(item: PreparedRow, before: ExistingRow): PreparedRow {
  if (before.unit_at_receipt_id === null || item.columns.unit_id !== before.unit_at_receipt_id || before.unit_id === item.columns.unit_id) return item;
  const columns = { ...item.columns, unit_id: before.unit_id };
  const snapshot = snapshotLine(columns);
  return { ...item, columns, snapshot, hash: hash('sha1', snapshot) };
}

/** Compares a chunk with the stored dossiers and writes what changed; resolves once the chunk's one write statement is done. */
async function writeChunk(
  tx: Tx,
  actor: Actor,
  lookup: Lookup,
  source: string,
  chunk: PreparedRow[],
  problems: ImportRowProblem[],
  totals: DossierImportReply,
) {
  // A code twice in one chunk: the later row is the later state.
  const byCode = new Map<string, PreparedRow>();
  for (const item of chunk) byCode.set(item.value.code, item);
  const existing = new Map((await selectExisting(tx, [...byCode.keys()])).map((d) => [d.code, d]));
  const changes: Array<{ before: DossierCountFacts | null; after: DossierCountFacts }> = [];
  const writes: StagedRow[] = [];
  for (const item of byCode.values()) {
    const before = existing.get(item.value.code);
    const { row, value, columns, snapshot, hash: importHash, fee } = before ? keepTransfer(item, before) : item;
    if (before?.source === 'officer') {
      problems.push({
        row,
        column: 'code',
        message: `Dòng ${row}, cột 'code': hồ sơ ${value.code} do Bộ phận Một cửa tiếp nhận trên hệ thống này, không ghi đè bằng dữ liệu nhập.`,
      });
    }
    if (problems.length) continue;
    if (before?.import_hash === importHash) {
      totals.unchanged += 1;
      continue;
    }
    if (before) totals.updated += 1;
    else totals.created += 1;
    writes.push({
      snapshot,
      hash: importHash,
      existing: before !== undefined,
      seq: (before?.last_seq ?? 0) + 1,
      eventOn: value.returnedOn ?? value.resolvedOn ?? value.receivedOn,
      payload: { ...value, source },
      summary: `Đồng bộ từ ${source}: ${dossierStateLabel(value.state as DossierStateCode)}`,
    });
    const receiptUnitId = before?.unit_at_receipt_id ?? null;
    changes.push({
      before: before ? factsOf(before, lookup.feeById.get(before.procedure_id) ?? 0, receiptUnitId) : null,
      after: factsOf(columns, fee, receiptUnitId),
    });
  }
  if (problems.length || writes.length === 0) return;
  await writeSnapshots(tx, actor, writes, counterDeltas(changes));
}

/** The permission check of a file import, done before the upload is read. */
export function assertCanImport(actor: Actor): void {
  authorize(actor, 'dossier:import');
}

/**
 * Imports rows given one by one (a JSON batch, or a CSV/Excel file read as a stream) in chunks;
 * every bad row is reported with its row and column, and then nothing at all is written.
 */
export async function importDossiers(
  db: Db,
  actor: Actor,
  source: string,
  rows: AsyncIterable<ImportRowInput> | Iterable<ImportRowInput>,
): Promise<DossierImportReply> {
  authorize(actor, 'dossier:import');
  return db.transaction(async (tx) => {
    await lockImports(tx);
    await createStage(tx);
    const unitRows = await orgUnitRepository.listSubtree(tx, actor.scopePath);
    const procedures = await procedureRepository.list(tx);
    const lookup: Lookup = {
      procedures: new Map(procedures.map((p) => [p.code, p])),
      feeById: new Map(procedures.map((p) => [p.id, p.fee])),
      units: new Map(unitRows.map((u) => [u.code.toLowerCase(), u])),
      calendar: await loadWorkingCalendar(tx),
      dueMemo: new Map(),
    };
    const totals: DossierImportReply = { total: 0, created: 0, updated: 0, unchanged: 0 };
    const problems: ImportRowProblem[] = [];
    let chunk: PreparedRow[] = [];
    // The next chunk is read and prepared while the database writes the previous one (on PostgreSQL the two
    // run side by side); a chunk starts only after the previous one is written, so it sees those rows.
    let writing: Promise<void> = Promise.resolve();
    for await (const { row, raw } of rows) {
      totals.total += 1;
      const prepared = prepareRow(lookup, source, row, raw, problems);
      if (prepared) chunk.push(prepared);
      // Rows already in memory arrive without a pause for I/O: let the database's replies through now and then,
      // or the chunk being written would wait for this one to be prepared.
      if (totals.total % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      if (chunk.length >= CHUNK) {
        await writing;
        writing = writeChunk(tx, actor, lookup, source, chunk, problems, totals);
        // Awaited before the next chunk or at the end; this only keeps an early failure from counting as unhandled.
        writing.catch(() => undefined);
        chunk = [];
      }
    }
    await writing;
    if (chunk.length) await writeChunk(tx, actor, lookup, source, chunk, problems, totals);
    if (totals.total === 0) throw new DomainError('IMPORT_EMPTY', 'Tệp không có dòng hồ sơ nào; kiểm tra dòng tiêu đề và dữ liệu.', 400);
    if (problems.length) {
      const shown = problems.slice(0, MAX_PROBLEMS_REPORTED);
      const more = problems.length > shown.length ? ` (và ${problems.length - shown.length} lỗi khác)` : '';
      throw new DomainError(
        'IMPORT_INVALID',
        `Không nhập dữ liệu nào vì có ${problems.length} lỗi${more}: ${shown
          .slice(0, 5)
          .map((p) => p.message)
          .join(' ')}`,
        400,
        { problems: shown },
      );
    }
    await recordAudit(tx, actor, { action: 'dossier.imported', entityType: 'dossier_import', entityId: source, after: totals });
    return totals;
  });
}
