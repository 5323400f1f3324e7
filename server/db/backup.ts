import { sql } from 'drizzle-orm';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { queryRows, type Db } from './client';
import * as clock from '../clock';

/**
 * A logical dump of the whole database that works the same on PGlite and PostgreSQL: gzip'd JSON
 * lines, one header, then `{"table","rows":[…]}` batches in foreign-key order. Restoring needs an
 * empty, migrated database; rows go back through json_populate_recordset so every column keeps its type.
 */
const FORMAT = 'cchc-backup';
const BATCH = 1000;

async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = await queryRows<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const deps = await queryRows<{ child: string; parent: string }>(
    db,
    sql`
    select cl.relname as child, pr.relname as parent
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_class pr on pr.oid = c.confrelid
    join pg_namespace n on n.oid = cl.relnamespace
    where c.contype = 'f' and n.nspname = 'public' and cl.relname <> pr.relname`,
  );
  const names = tables.map((t) => t.tablename);
  const ordered: string[] = [];
  const visit = (name: string, seen: Set<string>) => {
    if (ordered.includes(name) || seen.has(name)) return;
    seen.add(name);
    for (const d of deps.filter((d) => d.child === name)) visit(d.parent, seen);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

/** Writes the dump to a file; returns the row count per table. */
export async function backupDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const tables = await tablesInDependencyOrder(db);
  const counts: Record<string, number> = {};
  async function* lines() {
    yield JSON.stringify({ format: FORMAT, version: 1, createdAt: clock.now().toISOString(), tables }) + '\n';
    for (const table of tables) {
      counts[table] = 0;
      let offset = 0;
      for (;;) {
        const rows = await queryRows<{ r: unknown }>(db, sql.raw(`select row_to_json(t) as r from "${table}" t order by ctid limit ${BATCH} offset ${offset}`));
        if (!rows.length) break;
        counts[table] += rows.length;
        offset += rows.length;
        yield JSON.stringify({ table, rows: rows.map((x) => x.r) }) + '\n';
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
  return counts;
}

/** Loads a dump into an empty, migrated database in one transaction; refuses a non-empty one. */
export async function restoreDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const existing = await tablesInDependencyOrder(db);
  for (const table of existing) {
    const [n] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${table}"`));
    if (n.n > 0) throw new Error(`Cơ sở dữ liệu đích chưa trống (bảng ${table} có ${n.n} dòng). Khôi phục cần một cơ sở dữ liệu mới, đã chạy migrate.`);
  }
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const counts: Record<string, number> = {};
  let header: { format?: string } | null = null;
  await db.transaction(async (tx) => {
    for await (const line of input) {
      if (!line.trim()) continue;
      const record = JSON.parse(line);
      if (!header) {
        header = record;
        if (header?.format !== FORMAT) throw new Error('Tệp không phải bản sao lưu của cchc.');
        continue;
      }
      if (!existing.includes(record.table)) throw new Error(`Bản sao lưu có bảng "${record.table}" mà cơ sở dữ liệu không có: chạy migrate trước.`);
      await tx.execute(
        sql`insert into ${sql.identifier(record.table)} select * from json_populate_recordset(null::${sql.identifier(record.table)}, ${JSON.stringify(record.rows)}::json)`,
      );
      counts[record.table] = (counts[record.table] ?? 0) + record.rows.length;
    }
    // Serial columns continue after the restored ids.
    const seqs = await queryRows<{ seq: string; tbl: string; col: string }>(
      tx,
      sql`
      select s.relname as seq, t.relname as tbl, a.attname as col
      from pg_class s
      join pg_depend d on d.objid = s.oid and d.deptype = 'a'
      join pg_class t on t.oid = d.refobjid
      join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
      join pg_namespace n on n.oid = t.relnamespace
      where s.relkind = 'S' and n.nspname = 'public'`,
    );
    for (const s of seqs) {
      await tx.execute(sql.raw(`select setval('"${s.seq}"', coalesce((select max("${s.col}") from "${s.tbl}"), 0) + 1, false)`));
    }
  });
  if (!header) throw new Error('Tệp sao lưu rỗng.');
  return counts;
}
