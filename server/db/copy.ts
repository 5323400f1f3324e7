// Bulk loading through COPY inside the caller's transaction: COPY … FROM STDIN on PostgreSQL (pg-copy-streams),
// COPY … FROM '/dev/blob' on PGlite. Parsing CSV is PostgreSQL's fastest way in; bound parameters and
// json_to_recordset cost several times more per row (measured in bench/, see docs/decisions/0014).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from './client';

interface PgliteTransaction {
  query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

// A field needs quotes when it holds a quote, a separator or a line break; a leading backslash is quoted too, so
// no line can ever read as COPY's end-of-data marker.
const NEEDS_QUOTES = /[",\r\n]|^\\/;

/** One CSV field as COPY (format csv, null '') reads it: NULL is an empty unquoted field, the empty string "". */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === '') return '""';
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Loads CSV text into `table (columns)` with COPY, in the transaction tx. Drizzle keeps the driver's client of
 * a transaction as `session.client`: a pg.Client (pool client) on PostgreSQL, a PGlite transaction otherwise.
 */
export async function copyCsvInto(tx: Tx, table: string, columns: readonly string[], csv: string): Promise<void> {
  // Outside a transaction the client is the pool (or the whole PGlite): COPY must run on the transaction's connection.
  if (!(tx instanceof PgTransaction)) throw new Error('copyCsvInto: cần chạy trong một giao dịch (transaction).');
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  const target = `${table} (${columns.join(', ')})`;
  if (client instanceof pg.Client) {
    await pipeline(Readable.from([csv]), client.query(copyFrom(`copy ${target} from stdin with (format csv, null '')`)));
    return;
  }
  if (client && typeof (client as PgliteTransaction).query === 'function') {
    await (client as PgliteTransaction).query(`copy ${target} from '/dev/blob' with (format csv, null '')`, [], { blob: new Blob([csv]) });
    return;
  }
  throw new Error('copyCsvInto: cần một giao dịch trên PostgreSQL hoặc PGlite.');
}
