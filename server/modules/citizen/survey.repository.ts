import { and, asc, count, eq, gte, inArray, isNull, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/client';
import { orgUnits, surveyInvitations, surveyResponses, surveys } from '../../db/schema/index';
import { escapeLike } from '../audit/audit.repository';
import * as clock from '../../clock';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyWithUnit = SurveyRow & { unitName: string; unitPath: string };
export type ResponseRow = typeof surveyResponses.$inferSelect & { unitName: string; unitPath: string };
export type InvitationRow = typeof surveyInvitations.$inferSelect;

const surveyWithUnit = { survey: surveys, unitName: orgUnits.name, unitPath: orgUnits.path };

export interface ResponseFilter {
  surveyId?: number;
  unitPath?: string;
  procedureCode?: string;
  from?: string;
  to?: string;
}

function responseConditions(f: ResponseFilter): SQL | undefined {
  return and(
    f.surveyId ? eq(surveyResponses.surveyId, f.surveyId) : undefined,
    f.unitPath ? like(orgUnits.path, `${escapeLike(f.unitPath)}%`) : undefined,
    f.procedureCode ? eq(surveyResponses.procedureCode, f.procedureCode) : undefined,
    f.from ? gte(surveyResponses.answeredOn, f.from) : undefined,
    f.to ? lte(surveyResponses.answeredOn, f.to) : undefined,
  );
}

/** Queries of surveys, their invitations and responses. */
export const surveyRepository = {
  async list(exec: Executor): Promise<Array<SurveyWithUnit & { responses: number }>> {
    const rows = await exec
      .select({
        ...surveyWithUnit,
        responses: sql<number>`(select count(*) from ${surveyResponses} where ${surveyResponses.surveyId} = ${surveys.id})`.mapWith(Number),
      })
      .from(surveys)
      .innerJoin(orgUnits, eq(orgUnits.id, surveys.unitId))
      .orderBy(asc(surveys.id));
    return rows.map((r) => ({ ...r.survey, unitName: r.unitName, unitPath: r.unitPath, responses: r.responses }));
  },
  async findById(exec: Executor, id: number): Promise<SurveyWithUnit | null> {
    const [r] = await exec.select(surveyWithUnit).from(surveys).innerJoin(orgUnits, eq(orgUnits.id, surveys.unitId)).where(eq(surveys.id, id));
    return r ? { ...r.survey, unitName: r.unitName, unitPath: r.unitPath } : null;
  },
  async findBySlug(exec: Executor, slug: string): Promise<SurveyWithUnit | null> {
    const [r] = await exec.select(surveyWithUnit).from(surveys).innerJoin(orgUnits, eq(orgUnits.id, surveys.unitId)).where(eq(surveys.slug, slug));
    return r ? { ...r.survey, unitName: r.unitName, unitPath: r.unitPath } : null;
  },
  async insert(exec: Executor, values: typeof surveys.$inferInsert): Promise<SurveyRow> {
    const [row] = await exec.insert(surveys).values(values).returning();
    return row;
  },
  async update(exec: Executor, id: number, values: Partial<typeof surveys.$inferInsert>): Promise<void> {
    await exec
      .update(surveys)
      .set({ ...values, updatedAt: clock.now() })
      .where(eq(surveys.id, id));
  },
  /** Surveys owned by any of the units (for a change of the organisation), with how many responses each has. */
  async ownedBy(exec: Executor, unitIds: number[]): Promise<Array<SurveyRow & { responses: number }>> {
    if (unitIds.length === 0) return [];
    const rows = await exec.select().from(surveys).where(inArray(surveys.unitId, unitIds)).orderBy(asc(surveys.id));
    if (rows.length === 0) return [];
    const counts = await exec
      .select({ surveyId: surveyResponses.surveyId, n: count() })
      .from(surveyResponses)
      .where(
        inArray(
          surveyResponses.surveyId,
          rows.map((r) => r.id),
        ),
      )
      .groupBy(surveyResponses.surveyId);
    return rows.map((r) => ({ ...r, responses: counts.find((c) => c.surveyId === r.id)?.n ?? 0 }));
  },
  /** Per survey and unit, the invitations of the sample drawn for the units: how many sent, how many used. */
  async samplesOf(
    exec: Executor,
    unitIds: number[],
  ): Promise<Array<{ surveyId: number; title: string; status: string; unitId: number; sent: number; used: number }>> {
    if (unitIds.length === 0) return [];
    return exec
      .select({
        surveyId: surveyInvitations.surveyId,
        title: surveys.title,
        status: surveys.status,
        unitId: surveyInvitations.unitId,
        sent: count(),
        used: sql<number>`count(${surveyInvitations.usedAt})`.mapWith(Number),
      })
      .from(surveyInvitations)
      .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
      .where(inArray(surveyInvitations.unitId, unitIds))
      .groupBy(surveyInvitations.surveyId, surveys.title, surveys.status, surveyInvitations.unitId)
      .orderBy(asc(surveyInvitations.surveyId), asc(surveyInvitations.unitId));
  },
  /** Gives a unit's unused invitations of a survey to another unit; answers how many moved. */
  async moveUnusedInvitations(exec: Executor, surveyId: number, fromUnitId: number, toUnitId: number): Promise<number> {
    const rows = await exec
      .update(surveyInvitations)
      .set({ unitId: toUnitId })
      .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.unitId, fromUnitId), isNull(surveyInvitations.usedAt)))
      .returning({ id: surveyInvitations.id });
    return rows.length;
  },
  async findInvitation(exec: Executor, token: string, forUpdate = false): Promise<InvitationRow | null> {
    const q = exec.select().from(surveyInvitations).where(eq(surveyInvitations.token, token));
    const [row] = forUpdate ? await q.for('update') : await q;
    return row ?? null;
  },
  async insertInvitations(exec: Executor, rows: Array<typeof surveyInvitations.$inferInsert>): Promise<InvitationRow[]> {
    if (rows.length === 0) return [];
    return exec.insert(surveyInvitations).values(rows).returning();
  },
  async markInvitationUsed(exec: Executor, id: number): Promise<void> {
    await exec.update(surveyInvitations).set({ usedAt: clock.now() }).where(eq(surveyInvitations.id, id));
  },
  async invitationCounts(exec: Executor, surveyId: number, unitPath: string): Promise<{ sent: number; answered: number }> {
    const [row] = await exec
      .select({ sent: count(), answered: sql<number>`count(${surveyInvitations.usedAt})`.mapWith(Number) })
      .from(surveyInvitations)
      .innerJoin(orgUnits, eq(orgUnits.id, surveyInvitations.unitId))
      .where(and(eq(surveyInvitations.surveyId, surveyId), like(orgUnits.path, `${escapeLike(unitPath)}%`)));
    return row;
  },
  /** The invitations of a survey to units of a subtree, with the unit's name, by procedure then as drawn. */
  async invitationsUnder(exec: Executor, surveyId: number, unitPath: string): Promise<Array<{ inv: InvitationRow; unitName: string }>> {
    return exec
      .select({ inv: surveyInvitations, unitName: orgUnits.name })
      .from(surveyInvitations)
      .innerJoin(orgUnits, eq(orgUnits.id, surveyInvitations.unitId))
      .where(and(eq(surveyInvitations.surveyId, surveyId), like(orgUnits.path, `${escapeLike(unitPath)}%`)))
      .orderBy(asc(surveyInvitations.procedureCode), asc(surveyInvitations.id));
  },
  async insertResponse(exec: Executor, values: typeof surveyResponses.$inferInsert): Promise<void> {
    await exec.insert(surveyResponses).values(values);
  },
  /** Answers from one source to one survey since a moment, for the stuffing check. */
  async countFromSource(exec: Executor, surveyId: number, sourceHash: string, since: Date): Promise<number> {
    const [row] = await exec
      .select({ n: count() })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.sourceHash, sourceHash), gte(surveyResponses.createdAt, since)));
    return row.n;
  },
  async responses(exec: Executor, f: ResponseFilter): Promise<ResponseRow[]> {
    const rows = await exec
      .select({ r: surveyResponses, unitName: orgUnits.name, unitPath: orgUnits.path })
      .from(surveyResponses)
      .innerJoin(orgUnits, eq(orgUnits.id, surveyResponses.unitId))
      .where(responseConditions(f))
      .orderBy(asc(surveyResponses.answeredOn), asc(surveyResponses.id));
    return rows.map((x) => ({ ...x.r, unitName: x.unitName, unitPath: x.unitPath }));
  },
  /** Returned dossiers of a period under a unit, with their procedure, for drawing the sample. */
  async returnedDossiers(exec: Executor, unitPath: string, from: string, to: string): Promise<Array<{ code: string; procedureCode: string; unitId: number }>> {
    return queryRows(
      exec,
      sql`select d.code, p.code as "procedureCode", d.unit_id as "unitId"
          from dossiers d join procedures p on p.id = d.procedure_id join org_units u on u.id = d.unit_id
          where d.returned_on between ${from} and ${to} and u.path like ${escapeLike(unitPath) + '%'}
          order by d.code`,
    );
  },
};
