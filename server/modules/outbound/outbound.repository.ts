// Queries of the outbound feature: the register extract other systems pull, and the API keys they use.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { apiTokens, orgUnits } from '../../db/schema/index';

export interface ExtractRow {
  code: string;
  procedureCode: string;
  procedureName: string;
  unitCode: string;
  unitName: string;
  channel: number;
  state: number;
  receivedOn: string;
  dueOn: string | null;
  resolvedOn: string | null;
  returnedOn: string | null;
  timeliness: string | null;
  supplementCount: number;
  source: string;
  updatedAt: string;
}

export const outboundRepository = {
  /** A page of the register under `unitPath`, in code order, with the filters given. */
  async extract(
    exec: Executor,
    unitPath: string,
    f: { from?: string; to?: string; changedSince?: string; offset: number; limit: number },
  ): Promise<{ total: number; rows: ExtractRow[] }> {
    const where = sql`u.path like ${unitPath + '%'}
      ${f.from ? sql`and d.received_on >= ${f.from}` : sql``}
      ${f.to ? sql`and d.received_on <= ${f.to}` : sql``}
      ${f.changedSince ? sql`and d.updated_at >= ${f.changedSince}::timestamptz` : sql``}`;
    const [{ total }] = await queryRows<{ total: number }>(
      exec,
      sql`select count(*)::int as total from dossiers d join org_units u on u.id = d.unit_id where ${where}`,
    );
    const rows = await queryRows<ExtractRow>(
      exec,
      sql`select d.code, p.code as "procedureCode", p.name as "procedureName", u.code as "unitCode", u.name as "unitName", d.channel, d.state,
            d.received_on as "receivedOn", d.due_on as "dueOn", d.resolved_on as "resolvedOn", d.returned_on as "returnedOn", d.timeliness,
            d.supplement_count as "supplementCount", d.source, to_char(d.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt"
          from dossiers d join org_units u on u.id = d.unit_id join procedures p on p.id = d.procedure_id
          where ${where} order by d.code limit ${f.limit} offset ${f.offset}`,
    );
    return { total, rows };
  },

  async tokens(exec: Executor, scopePath: string) {
    return exec
      .select({ t: apiTokens, unitName: orgUnits.name })
      .from(apiTokens)
      .innerJoin(orgUnits, eq(orgUnits.id, apiTokens.unitId))
      .where(sql`${orgUnits.path} like ${scopePath + '%'}`)
      .orderBy(desc(apiTokens.id));
  },

  async insertToken(exec: Executor, values: typeof apiTokens.$inferInsert) {
    const [row] = await exec.insert(apiTokens).values(values).returning();
    return row;
  },

  async tokenWithUnit(exec: Executor, id: number) {
    const [row] = await exec
      .select({ t: apiTokens, unitPath: orgUnits.path, unitName: orgUnits.name })
      .from(apiTokens)
      .innerJoin(orgUnits, eq(orgUnits.id, apiTokens.unitId))
      .where(eq(apiTokens.id, id));
    return row ?? null;
  },

  async revoke(exec: Executor, id: number) {
    await exec
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
  },

  /** The live key with this hash and its unit; marks it used. */
  async useToken(exec: Executor, hash: string) {
    const [row] = await exec
      .select({ id: apiTokens.id, name: apiTokens.name, unitId: apiTokens.unitId, createdBy: apiTokens.createdBy, unitPath: orgUnits.path })
      .from(apiTokens)
      .innerJoin(orgUnits, eq(orgUnits.id, apiTokens.unitId))
      .where(and(eq(apiTokens.tokenHash, hash), isNull(apiTokens.revokedAt)));
    if (row)
      await exec
        .update(apiTokens)
        .set({ lastUsedAt: sql`now()` })
        .where(eq(apiTokens.id, row.id));
    return row ?? null;
  },
};
