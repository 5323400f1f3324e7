import { and, asc, desc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DossierEvent, type DossierRecord } from '../../../domain/dossiers';
import { MONTHLY_COUNTERS, type CounterDeltas, type DossierCountFacts } from '../../../domain/dossiers/monthly-counts';
import type { Actor } from '../../auth/permissions';
import type { Executor } from '../../db/client';
import { dossierEvents, dossierMonthlyCounts, dossiers, orgUnits, procedures } from '../../db/schema/index';

export type DossierRow = typeof dossiers.$inferSelect;
export type DossierEventRow = typeof dossierEvents.$inferSelect;
export type NewDossier = typeof dossiers.$inferInsert;
export type DossierWithNames = DossierRow & {
  procedureCode: string;
  procedureName: string;
  procedureFee: number;
  procedureOnlinePayment: boolean;
  unitName: string;
  unitPath: string;
  receivingUnitName: string | null;
  receivingUnitPath: string | null;
};

/** The unit that received a dossier (a second join of org_units beside the handling unit's). */
const receivingUnits = alias(orgUnits, 'receiving_units');

const withNames = {
  procedureCode: procedures.code,
  procedureName: procedures.name,
  procedureFee: procedures.fee,
  procedureOnlinePayment: procedures.onlinePayment,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  receivingUnitName: receivingUnits.name,
  receivingUnitPath: receivingUnits.path,
};

type JoinedRow = { d: DossierRow } & { [K in keyof typeof withNames]: DossierWithNames[K] };
const flatten = (r: JoinedRow): DossierWithNames => {
  const { d, ...names } = r;
  return { ...d, ...names };
};

/** SQL column of each monthly counter (the names are the schema's, read once). */
const COUNTER_COLUMNS = Object.fromEntries(MONTHLY_COUNTERS.map((c) => [c, dossierMonthlyCounts[c].name])) as Record<(typeof MONTHLY_COUNTERS)[number], string>;

/**
 * The statement that adds counter deltas (insert … on conflict add), or null when there are none. The rows
 * travel as one JSON text unpacked by json_to_recordset: a bulk import sends hundreds of keys a chunk, and a
 * builder insert would bind 16 parameters for each. The import runs it inside its own write statement.
 */
export function counterUpsert(deltas: CounterDeltas): SQL | null {
  if (deltas.size === 0) return null;
  const counters = MONTHLY_COUNTERS.map((c) => COUNTER_COLUMNS[c]);
  const rows = [...deltas].map(([key, values]) => {
    const [unitId, procedureId, month] = key.split('|');
    return {
      unit_id: Number(unitId),
      procedure_id: Number(procedureId),
      month,
      ...Object.fromEntries(MONTHLY_COUNTERS.map((c) => [COUNTER_COLUMNS[c], values[c]])),
    };
  });
  return sql`
    insert into dossier_monthly_counts (unit_id, procedure_id, month, ${sql.raw(counters.join(', '))})
    select unit_id, procedure_id, month, ${sql.raw(counters.join(', '))}
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(unit_id int, procedure_id int, month text, ${sql.raw(counters.map((c) => `${c} int`).join(', '))})
    on conflict (unit_id, procedure_id, month) do update set ${sql.raw(counters.map((c) => `${c} = dossier_monthly_counts.${c} + excluded.${c}`).join(', '))}`;
}

/** The facts a dossier contributes to the monthly counters. */
export function countFacts(row: DossierRow, fee: number): DossierCountFacts {
  return {
    unitId: row.unitId,
    receiptUnitId: row.unitAtReceiptId,
    procedureId: row.procedureId,
    channel: row.channel,
    receivedOn: row.receivedOn,
    resolvedOn: row.resolvedOn,
    returnedOn: row.returnedOn,
    returnChannel: row.returnChannel,
    timeliness: row.timeliness,
    digitized: row.digitized,
    paidOnline: row.paidOnline,
    hasFee: fee > 0,
    electronicRouting: row.electronicRouting,
    apologyIssued: row.apologyIssued,
    rejected: row.state === 3,
  };
}

export interface DossierFilter {
  /**
   * Where the reader's scope reaches: a dossier is listed when its handling unit lies under one of `scopePaths`, or
   * its receiving unit under one of `receivedPaths` (a centre's staff follow what they took in, read only).
   */
  scopePaths: readonly string[];
  receivedPaths: readonly string[];
  q?: string;
  state?: number;
  unitPath?: string;
  receivingUnitPath?: string;
  receivingPoint?: string;
  /** Open dossiers due on or before this date (overdue / at-risk lists). */
  dueBy?: string;
  open?: boolean;
}

function whereOf(f: DossierFilter): SQL | undefined {
  const reach = [...f.scopePaths.map((p) => like(orgUnits.path, `${p}%`)), ...f.receivedPaths.map((p) => like(receivingUnits.path, `${p}%`))];
  const parts: SQL[] = [or(...reach) ?? sql`false`];
  if (f.unitPath) parts.push(like(orgUnits.path, `${f.unitPath}%`));
  if (f.receivingUnitPath) parts.push(like(receivingUnits.path, `${f.receivingUnitPath}%`));
  if (f.receivingPoint) parts.push(eq(dossiers.receivingPoint, f.receivingPoint));
  if (f.state) parts.push(eq(dossiers.state, f.state));
  if (f.open) parts.push(inArray(dossiers.state, [2, 4, 5, 6, 7]));
  if (f.dueBy) parts.push(sql`${dossiers.dueOn} <= ${f.dueBy}`);
  if (f.q) parts.push(or(ilike(dossiers.code, `%${f.q}%`), ilike(dossiers.applicantName, `%${f.q}%`))!);
  return and(...parts);
}

/** The domain event a stored history line carries (lines of dossiers recorded at the desk). */
export function dossierEventOf(row: DossierEventRow): DossierEvent {
  return DossierEvent.parse(row.payload);
}

type DossierColumns = Omit<DossierRecord, 'dueExplanation'>;

/** The columns that cache a dossier's record (the explanation is recomputed on reading, not stored). */
function columnsOf(record: DossierRecord): DossierColumns {
  const { dueExplanation: _explained, ...columns } = record;
  return columns;
}

/** Queries of the dossier register. */
export const dossierRepository = {
  async findByCode(exec: Executor, code: string, forUpdate = false): Promise<DossierWithNames | null> {
    const q = exec
      .select({ d: dossiers, ...withNames })
      .from(dossiers)
      .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
      .innerJoin(orgUnits, eq(orgUnits.id, dossiers.unitId))
      .leftJoin(receivingUnits, eq(receivingUnits.id, dossiers.receivingUnitId))
      .where(eq(dossiers.code, code));
    const [row] = forUpdate ? await q.for('update', { of: dossiers }) : await q;
    return row ? flatten(row) : null;
  },
  async list(exec: Executor, f: DossierFilter, page: number, pageSize: number): Promise<{ items: DossierWithNames[]; total: number }> {
    const base = () =>
      exec
        .select({ d: dossiers, ...withNames })
        .from(dossiers)
        .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
        .innerJoin(orgUnits, eq(orgUnits.id, dossiers.unitId))
        .leftJoin(receivingUnits, eq(receivingUnits.id, dossiers.receivingUnitId));
    const rows = await base()
      .where(whereOf(f))
      .orderBy(desc(dossiers.receivedOn), desc(dossiers.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const [{ total }] = await exec
      .select({ total: sql<number>`count(*)::int` })
      .from(dossiers)
      .innerJoin(orgUnits, eq(orgUnits.id, dossiers.unitId))
      .leftJoin(receivingUnits, eq(receivingUnits.id, dossiers.receivingUnitId))
      .where(whereOf(f));
    return { items: rows.map(flatten), total };
  },
  async events(exec: Executor, dossierId: number): Promise<DossierEventRow[]> {
    return exec.select().from(dossierEvents).where(eq(dossierEvents.dossierId, dossierId)).orderBy(asc(dossierEvents.seq));
  },
  /** The domain history of a dossier received at the desk, parsed by the event schema. */
  async history(exec: Executor, dossierId: number): Promise<DossierEvent[]> {
    return (await this.events(exec, dossierId)).map(dossierEventOf);
  },
  /** Registers a new dossier with the record its first event determines. */
  async insert(exec: Executor, dossier: Omit<NewDossier, keyof DossierColumns>, record: DossierRecord): Promise<DossierRow> {
    const [row] = await exec
      .insert(dossiers)
      .values({ ...dossier, ...columnsOf(record) })
      .returning();
    return row;
  },
  /** Rewrites a dossier's record and what the step recorded on it, stamped with the time of the change. */
  async saveRecord(
    exec: Executor,
    id: number,
    record: DossierRecord,
    recorded: Pick<NewDossier, 'digitized' | 'electronicRouting' | 'returnChannel'>,
    at: Date,
  ): Promise<DossierRow> {
    const [row] = await exec
      .update(dossiers)
      .set({ ...columnsOf(record), ...recorded, updatedAt: at })
      .where(eq(dossiers.id, id))
      .returning();
    return row;
  },
  /** Appends one event to a dossier's history, by the actor who recorded it. */
  async appendEvent(exec: Executor, dossierId: number, seq: number, event: DossierEvent, summary: string, actor: Actor): Promise<void> {
    await exec
      .insert(dossierEvents)
      .values({ dossierId, seq, type: event.type, on: event.on, payload: { ...event }, summary, actorId: actor.userId, actorName: actor.fullName });
  },
  async nextSeq(exec: Executor, dossierId: number): Promise<number> {
    const [{ n }] = await exec
      .select({ n: sql<number>`coalesce(max(${dossierEvents.seq}), 0)::int + 1` })
      .from(dossierEvents)
      .where(eq(dossierEvents.dossierId, dossierId));
    return n;
  },
  /** Count of dossiers whose code starts with a prefix (the day's running number). */
  async countWithPrefix(exec: Executor, prefix: string): Promise<number> {
    const [{ n }] = await exec
      .select({ n: sql<number>`count(*)::int` })
      .from(dossiers)
      .where(like(dossiers.code, `${prefix}%`));
    return n;
  },
  /** Adds counter deltas in one statement. */
  async applyCounterDeltas(exec: Executor, deltas: CounterDeltas): Promise<void> {
    const upsert = counterUpsert(deltas);
    if (upsert) await exec.execute(upsert);
  },
};
