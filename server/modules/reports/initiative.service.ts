import { and, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { AssessInitiativeRequest, Initiative, InitiativeQuery, RegisterInitiativeRequest } from '../../../contracts/reports-inspections';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { initiatives, orgUnits } from '../../db/schema/index';
import { DomainError, conflict, forbidden, notFound } from '../../errors';
import { escapeLike, recordAudit } from '../audit/audit.service';

type InitiativeRow = typeof initiatives.$inferSelect;

function toInitiative(row: InitiativeRow, unitName: string): Initiative {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    year: row.year,
    title: row.title,
    authors: row.authors,
    summary: row.summary,
    status: row.status as Initiative['status'],
    level: row.level as Initiative['level'],
    assessment: row.assessment,
  };
}

/**
 * Initiatives are a shared library: every staff member may search all of them, so a school can
 * reuse what another recognised; registering and assessing are scoped.
 */
export async function searchInitiatives(db: Db, actor: Actor, query: InitiativeQuery): Promise<Initiative[]> {
  authorize(actor, 'initiative:read');
  const where: SQL[] = [];
  if (query.year) where.push(eq(initiatives.year, query.year));
  if (query.status) where.push(eq(initiatives.status, query.status));
  if (query.level) where.push(eq(initiatives.level, query.level));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    where.push(or(ilike(initiatives.title, pattern), ilike(initiatives.authors, pattern), ilike(initiatives.summary, pattern), ilike(orgUnits.name, pattern))!);
  }
  const rows = await db
    .select({ i: initiatives, unitName: orgUnits.name })
    .from(initiatives)
    .innerJoin(orgUnits, eq(orgUnits.id, initiatives.unitId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(initiatives.year), desc(initiatives.id))
    .limit(500);
  return rows.map((r) => toInitiative(r.i, r.unitName));
}

/** A unit registers an initiative of its own staff. */
export async function registerInitiative(db: Db, actor: Actor, input: RegisterInitiativeRequest): Promise<Initiative> {
  authorize(actor, 'initiative:register');
  return db.transaction(async (tx) => {
    const [unit] = await tx.select().from(orgUnits).where(eq(orgUnits.id, input.unitId));
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Không có đơn vị mã số ${input.unitId}; chọn đơn vị khác.`, 400, { field: 'unitId' });
    authorize(actor, 'initiative:register', unit);
    if (!unit.path.startsWith(actor.unitPath)) throw forbidden();
    const [row] = await tx.insert(initiatives).values({ ...input, createdBy: actor.userId }).returning();
    await recordAudit(tx, actor, { action: 'initiative.registered', entityType: 'initiative', entityId: row.id, unitId: unit.id, after: row });
    return toInitiative(row, unit.name);
  });
}

/** The Office records the council's assessment: recognised with a level, or not. */
export async function assessInitiative(db: Db, actor: Actor, id: number, input: AssessInitiativeRequest): Promise<Initiative> {
  authorize(actor, 'initiative:assess');
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ i: initiatives, unit: orgUnits }).from(initiatives).innerJoin(orgUnits, eq(orgUnits.id, initiatives.unitId)).where(eq(initiatives.id, id));
    if (!found) throw actor.scopePath === '/' ? notFound(`sáng kiến số ${id}`) : forbidden();
    authorize(actor, 'initiative:assess', found.unit);
    if (found.i.status !== 'registered') throw conflict('INITIATIVE_ASSESSED', `Sáng kiến "${found.i.title}" đã được đánh giá; không đánh giá lại.`);
    const [row] = await tx
      .update(initiatives)
      .set({ status: input.recognised ? 'recognised' : 'not-recognised', level: input.recognised ? input.level! : null, assessment: input.assessment })
      .where(eq(initiatives.id, id))
      .returning();
    await recordAudit(tx, actor, { action: 'initiative.assessed', entityType: 'initiative', entityId: id, unitId: found.unit.id, before: found.i, after: row });
    return toInitiative(row, found.unit.name);
  });
}
