import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { procedures } from '../../db/schema/index';

export type ProcedureRow = typeof procedures.$inferSelect;
export type NewProcedure = typeof procedures.$inferInsert;

/** Counts of the active procedures handled by a unit of a subtree, for the catalogue's rates. */
export type CatalogueCounts = Record<'active' | 'published' | 'eligible' | 'fullyOnline' | 'withFee' | 'paidOnline', number>;

/** Queries of the procedure catalogue. */
export const procedureRepository = {
  /** The whole catalogue, by field and code (about a hundred rows). */
  async list(exec: Executor): Promise<ProcedureRow[]> {
    return exec.select().from(procedures).orderBy(asc(procedures.field), asc(procedures.code));
  },
  async findById(exec: Executor, id: number): Promise<ProcedureRow | null> {
    const [row] = await exec.select().from(procedures).where(eq(procedures.id, id));
    return row ?? null;
  },
  async findByCode(exec: Executor, code: string): Promise<ProcedureRow | null> {
    const [row] = await exec.select().from(procedures).where(eq(procedures.code, code));
    return row ?? null;
  },
  async insert(exec: Executor, values: NewProcedure): Promise<ProcedureRow> {
    const [row] = await exec.insert(procedures).values(values).returning();
    return row;
  },
  /** Changes a procedure, stamped with the time of the change. */
  async update(exec: Executor, id: number, values: Partial<NewProcedure>, at: Date): Promise<ProcedureRow> {
    const [row] = await exec
      .update(procedures)
      .set({ ...values, updatedAt: at })
      .where(eq(procedures.id, id))
      .returning();
    return row;
  },
  /** Counts of the active procedures handled by a unit of the subtree (procedures.unit_id is the handling division). */
  async catalogueCounts(exec: Executor, unitPath: string): Promise<CatalogueCounts> {
    const [row] = await queryRows<CatalogueCounts>(
      exec,
      sql`select
        count(*)::int as active,
        count(*) filter (where p.published)::int as published,
        count(*) filter (where p.fully_online_eligible)::int as eligible,
        count(*) filter (where p.fully_online_eligible and p.online_level = 'full')::int as "fullyOnline",
        count(*) filter (where p.fee > 0)::int as "withFee",
        count(*) filter (where p.fee > 0 and p.online_payment)::int as "paidOnline"
      from procedures p join org_units u on u.id = p.unit_id
      where p.active and u.path like ${unitPath + '%'}`,
    );
    return row;
  },
};
