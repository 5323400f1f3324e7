// COPY through the transaction's own driver client, on PGlite and (with DATABASE_URL) on PostgreSQL:
// every awkward value comes back exactly as sent.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness';
import { queryRows } from './client';
import { copyCsvInto, csvField } from './copy';

const t = useTestApp();

describe('CSV fields for COPY', () => {
  it('quotes only what needs it and writes NULL as an empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField('Nguyễn Thị Hoa')).toBe('Nguyễn Thị Hoa');
    expect(csvField('Lê "Tí", Văn')).toBe('"Lê ""Tí"", Văn"');
    expect(csvField('\\.')).toBe('"\\."');
    expect([csvField(true), csvField(false), csvField(12)]).toEqual(['t', 'f', '12']);
  });

  it('round-trips awkward text, NULLs, booleans and JSON through COPY inside a transaction', async () => {
    const values = [
      { name: 'Lê "Tí", Văn\nBình', note: null, ok: true, n: 7, data: { a: 'x,"y"\\z' } },
      { name: '', note: '\\.', ok: false, n: -1, data: [1, 'hai'] },
      { name: ' lề trắng ', note: 'NULL', ok: true, n: 0, data: {} },
    ];
    const back = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql.raw('create temp table copy_probe (name text, note text, ok boolean, n int, data jsonb) on commit drop'));
      const csv = values.map((v) => [v.name, v.note, v.ok, v.n, v.data].map(csvField).join(',') + '\n').join('');
      await copyCsvInto(tx, 'copy_probe', ['name', 'note', 'ok', 'n', 'data'], csv);
      return queryRows<Record<string, unknown>>(tx, sql`select name, note, ok, n, data from copy_probe`);
    });
    expect(back).toEqual(values);
  });

  it('refuses to run outside a transaction (it needs the transaction’s own connection)', async () => {
    await expect(copyCsvInto(t.database.db as never, 'x', ['a'], 'a\n')).rejects.toThrow(/giao dịch/);
  });
});
