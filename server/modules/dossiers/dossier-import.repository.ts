// The statements a bulk-import chunk costs: a select of the stored rows, a COPY of the chunk into a staging
// table, and one set-based statement that writes dossiers, their 'synced' events and the counters from it.
// Building a 1,000-row insert through the query builder (25 bound parameters a row) or unpacking JSON with
// json_to_recordset cost several times more than COPY (docs/decisions/0014-bulk-import-through-copy.md).
import { sql } from 'drizzle-orm';
import type { Actor } from '../../auth/permissions';
import type { CounterDeltas } from '../../../domain/dossiers/monthly-counts';
import { queryRows, type Tx } from '../../db/client';
import { copyCsvInto, csvField } from '../../db/copy';
import { counterUpsert } from './dossier.repository';

/** Advisory lock key of dossier imports (any constant unique in this database). */
const IMPORT_LOCK = 766_001;

/** What the import compares with an incoming row: its fingerprint, its owner and its counter facts. */
export interface ExistingRow {
  code: string;
  state: number;
  source: string;
  import_hash: string | null;
  procedure_id: number;
  unit_id: number;
  /** Set when a change of the organisation moved the open dossier to a successor (the handling unit at receipt). */
  unit_at_receipt_id: number | null;
  channel: number;
  received_on: string;
  resolved_on: string | null;
  returned_on: string | null;
  return_channel: number | null;
  timeliness: string | null;
  digitized: boolean;
  paid_online: boolean;
  electronic_routing: boolean;
  apology_issued: boolean;
  /** The dossier's last history number, so the new event needs no lookup of its own. */
  last_seq: number;
}

/** The register columns an imported snapshot sets (the names are the table's). */
export interface SnapshotColumns {
  code: string;
  procedure_id: number;
  unit_id: number;
  applicant_name: string;
  applicant_phone: string;
  channel: number;
  receiving_point: string;
  receiving_unit_id: number;
  state: number;
  received_on: string;
  due_on: string | null;
  resolved_on: string | null;
  returned_on: string | null;
  return_channel: number | null;
  supplement_count: number;
  timeliness: string | null;
  digitized: boolean;
  paid_online: boolean;
  electronic_routing: boolean;
  apology_issued: boolean;
  source: string;
}

/** A changed snapshot ready for the staging table, with the history entry that records it. */
export interface StagedRow {
  /** snapshotLine(columns), already made for the fingerprint. */
  snapshot: string;
  hash: string;
  /** Known code (an update) or a new one (an insert). */
  existing: boolean;
  seq: number;
  eventOn: string;
  payload: Record<string, unknown>;
  summary: string;
}

/**
 * One import at a time: the chunks decide insert or update from what they read, so two imports of the same codes
 * must not interleave (the second waits for the first to commit, then sees its rows). Held until the transaction ends.
 */
export async function lockImports(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
}

/** The stored rows of the given codes, as a chunk compares them with the incoming ones. */
export async function selectExisting(tx: Tx, codes: string[]): Promise<ExistingRow[]> {
  return queryRows<ExistingRow>(
    tx,
    sql`select code, state, source, import_hash, procedure_id, unit_id, unit_at_receipt_id, channel, received_on, resolved_on, returned_on, return_channel,
          timeliness, digitized, paid_online, electronic_routing, apology_issued,
          coalesce((select max(e.seq) from dossier_events e where e.dossier_id = d.id), 0)::int as last_seq
        from dossiers d where code = any(array(select json_array_elements_text(${JSON.stringify(codes)}::json)))`,
  );
}

/** The snapshot columns an import writes, in the order of the staging table and of the insert. */
const SNAPSHOT = [
  ['code', 'text'],
  ['procedure_id', 'int'],
  ['unit_id', 'int'],
  ['applicant_name', 'text'],
  ['applicant_phone', 'text'],
  ['channel', 'int'],
  ['receiving_point', 'text'],
  ['receiving_unit_id', 'int'],
  ['state', 'int'],
  ['received_on', 'text'],
  ['due_on', 'text'],
  ['resolved_on', 'text'],
  ['returned_on', 'text'],
  ['return_channel', 'int'],
  ['supplement_count', 'int'],
  ['timeliness', 'text'],
  ['digitized', 'boolean'],
  ['paid_online', 'boolean'],
  ['electronic_routing', 'boolean'],
  ['apology_issued', 'boolean'],
  ['source', 'text'],
] as const satisfies ReadonlyArray<readonly [keyof SnapshotColumns, string]>;
/** The staging table: the snapshot, its fingerprint and what the history entry needs (the order of stageLine). */
const STAGE = [
  ...SNAPSHOT,
  ['import_hash', 'text'],
  ['existing', 'boolean'],
  ['seq', 'int'],
  ['event_on', 'text'],
  ['payload', 'jsonb'],
  ['summary', 'text'],
] as const;
const STAGE_COLUMNS = STAGE.map(([c]) => c);
const COLUMNS = sql.raw([...SNAPSHOT.map(([c]) => c), 'import_hash'].join(', '));
const UPDATES = sql.raw(
  `${[...SNAPSHOT.map(([c]) => c), 'import_hash']
    .filter((c) => c !== 'code')
    .map((c) => `${c} = i.${c}`)
    .join(', ')}, updated_at = now()`,
);

/** The snapshot as one CSV line: hashed into the import's fingerprint, then written to the staging table as is. */
export function snapshotLine(columns: SnapshotColumns): string {
  return SNAPSHOT.map(([c]) => csvField(columns[c])).join(',');
}

function stageLine(r: StagedRow): string {
  return `${r.snapshot},${r.hash},${r.existing ? 't' : 'f'},${r.seq},${csvField(r.eventOn)},${csvField(r.payload)},${csvField(r.summary)}\n`;
}

/** The import's staging table, private to its session and dropped with its transaction. */
export async function createStage(tx: Tx): Promise<void> {
  await tx.execute(sql.raw(`create temp table dossier_import_stage (${STAGE.map(([c, type]) => `${c} ${type}`).join(', ')}) on commit drop`));
}

/**
 * Writes a chunk: COPY into the staging table, then one statement that inserts the new codes, updates the known
 * ones (the chunk's select said which: an upsert's speculative insertion costs more than both, and the import's
 * lock keeps another import from racing it), appends one 'synced' event to each and adds the counter deltas.
 */
export async function writeSnapshots(tx: Tx, actor: Actor, rows: StagedRow[], deltas: CounterDeltas): Promise<void> {
  await copyCsvInto(tx, 'dossier_import_stage', STAGE_COLUMNS, rows.map(stageLine).join(''));
  const counters = counterUpsert(deltas);
  await tx.execute(sql`
    with inserted as (
      insert into dossiers (${COLUMNS}) select ${COLUMNS} from dossier_import_stage where not existing
      returning id, code
    ),
    updated as (
      update dossiers d set ${UPDATES} from dossier_import_stage i where i.existing and d.code = i.code
      returning d.id, d.code
    ),
    written as (select id, code from inserted union all select id, code from updated)${
      counters
        ? sql`,
    counted as (${counters})`
        : sql``
    }
    insert into dossier_events (dossier_id, seq, type, "on", payload, summary, actor_id, actor_name)
    select w.id, i.seq, 'synced', i.event_on, i.payload, i.summary, ${actor.userId}, ${actor.fullName}
    from written w join dossier_import_stage i on i.code = w.code`);
  await tx.execute(sql.raw('truncate dossier_import_stage'));
}
