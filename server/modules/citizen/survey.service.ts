import { randomBytes } from 'node:crypto';
import type { PaperResponseRequest, SampleReply, SampleRequest, SaveSurveyRequest, Survey } from '../../../contracts/citizen-surveys';
import { drawStratifiedSample, parseSurveyDefinition, validateResponse, type SurveyDefinition } from '../../../domain/surveys';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { conflict, DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { surveyRepository, type SurveyWithUnit } from './survey.repository';
import * as clock from '../../clock';

export function toSurvey(row: SurveyWithUnit & { responses?: number }): Survey {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    unitId: row.unitId,
    unitName: row.unitName,
    method: row.method as Survey['method'],
    status: row.status as Survey['status'],
    openLink: row.openLink,
    definition: row.definition,
    responses: row.responses ?? 0,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The stored definition, checked again (it was checked on save; a bad row must not crash results). */
export function definitionOf(row: SurveyWithUnit): SurveyDefinition {
  const parsed = parseSurveyDefinition(row.definition);
  if (!parsed.ok) throw new DomainError('SURVEY_DEFINITION_INVALID', `Phiếu khảo sát «${row.title}» có lỗi: ${parsed.errors.join('; ')}`, 409);
  return parsed.survey;
}

/**
 * Whether the actor may read a survey: its unit in their scope, or a survey of a unit above them
 * (the department's survey), of which they see only their own subtree's answers.
 */
export function surveyReadScope(actor: Actor, row: SurveyWithUnit): string {
  authorize(actor, 'survey:read');
  if (row.unitPath.startsWith(actor.scopePath)) return row.unitPath;
  if (actor.scopePath.startsWith(row.unitPath)) return actor.scopePath;
  throw forbidden();
}

/** Loads a survey after checking the action (scope is checked by the caller, which knows which unit matters). */
export async function surveyFor(exec: Executor, actor: Actor, action: string, id: number): Promise<SurveyWithUnit> {
  authorize(actor, action);
  const row = await surveyRepository.findById(exec, id);
  if (!row) throw actor.scopePath === '/' ? notFound(`phiếu khảo sát số ${id}`) : forbidden();
  return row;
}

export async function listSurveys(db: Db, actor: Actor): Promise<Survey[]> {
  authorize(actor, 'survey:read');
  const rows = await surveyRepository.list(db);
  return rows.filter((r) => r.unitPath.startsWith(actor.scopePath) || actor.scopePath.startsWith(r.unitPath)).map(toSurvey);
}

export async function getSurvey(db: Db, actor: Actor, id: number): Promise<Survey> {
  const row = await surveyFor(db, actor, 'survey:read', id);
  surveyReadScope(actor, row);
  return toSurvey(row);
}

function checkedDefinition(input: SaveSurveyRequest): SurveyDefinition {
  const parsed = parseSurveyDefinition(input.definition);
  if (!parsed.ok) {
    throw new DomainError('SURVEY_DEFINITION_INVALID', `Phiếu khảo sát chưa hợp lệ: ${parsed.errors.join('; ')}`, 400, { errors: parsed.errors });
  }
  return parsed.survey;
}

/** Creates a survey owned by a unit; the definition is checked by the domain (ids, conditions, options). */
export async function createSurvey(db: Db, actor: Actor, input: SaveSurveyRequest): Promise<Survey> {
  authorize(actor, 'survey:manage');
  const definition = checkedDefinition(input);
  return db.transaction(async (tx) => {
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    authorize(actor, 'survey:manage', unit);
    if (await surveyRepository.findBySlug(tx, input.slug))
      throw conflict('SURVEY_SLUG_TAKEN', `Đường dẫn «${input.slug}» đã được phiếu khác dùng; chọn đường dẫn khác.`);
    const row = await surveyRepository.insert(tx, { ...input, definition, createdBy: actor.userId });
    await recordAudit(tx, actor, {
      action: 'survey.created',
      entityType: 'survey',
      entityId: row.id,
      unitId: row.unitId,
      after: { slug: row.slug, title: row.title, status: row.status },
    });
    return toSurvey((await surveyRepository.findById(tx, row.id))!);
  });
}

/** Edits a survey. Questions of a survey with answers may still change: results validate each answer against the current definition. */
export async function updateSurvey(db: Db, actor: Actor, id: number, input: SaveSurveyRequest): Promise<Survey> {
  authorize(actor, 'survey:manage');
  const definition = checkedDefinition(input);
  return db.transaction(async (tx) => {
    const row = await surveyFor(tx, actor, 'survey:manage', id);
    authorize(actor, 'survey:manage', { path: row.unitPath });
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    authorize(actor, 'survey:manage', unit);
    const other = await surveyRepository.findBySlug(tx, input.slug);
    if (other && other.id !== id) throw conflict('SURVEY_SLUG_TAKEN', `Đường dẫn «${input.slug}» đã được phiếu khác dùng; chọn đường dẫn khác.`);
    await surveyRepository.update(tx, id, { ...input, definition });
    await recordAudit(tx, actor, {
      action: 'survey.updated',
      entityType: 'survey',
      entityId: id,
      unitId: input.unitId,
      before: { slug: row.slug, title: row.title, status: row.status, method: row.method },
      after: { slug: input.slug, title: input.title, status: input.status, method: input.method },
    });
    return toSurvey((await surveyRepository.findById(tx, id))!);
  });
}

/** A token for a one-answer link: 128 random bits, URL-safe. */
export function newInvitationToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Draws invitations from the returned dossiers of a period, stratified by procedure (domain/surveys). */
export async function drawSample(db: Db, actor: Actor, id: number, input: SampleRequest): Promise<SampleReply> {
  authorize(actor, 'survey:manage');
  if (input.from > input.to)
    throw new DomainError('VALIDATION_FAILED', `Từ ngày ${input.from} sau đến ngày ${input.to}; đổi lại khoảng thời gian.`, 400, { field: 'from' });
  return db.transaction(async (tx) => {
    const row = await surveyFor(tx, actor, 'survey:manage', id);
    authorize(actor, 'survey:manage', { path: row.unitPath });
    const population = await surveyRepository.returnedDossiers(tx, row.unitPath, input.from, input.to);
    if (population.length === 0)
      throw new DomainError('SAMPLE_EMPTY', `Không có hồ sơ nào trả kết quả từ ${input.from} đến ${input.to} để chọn mẫu.`, 400, { field: 'from' });
    const seed = input.seed ?? Number.parseInt(randomBytes(4).toString('hex'), 16);
    const drawn = drawStratifiedSample(population, input.size, seed);
    const invitations = await surveyRepository.insertInvitations(
      tx,
      drawn.sample.map((d) => ({ surveyId: id, token: newInvitationToken(), unitId: d.unitId, procedureCode: d.procedureCode, dossierCode: d.code })),
    );
    await recordAudit(tx, actor, {
      action: 'survey.sample-drawn',
      entityType: 'survey',
      entityId: id,
      unitId: row.unitId,
      after: { from: input.from, to: input.to, size: input.size, seed, drawn: invitations.length },
    });
    return {
      invitations: invitations.map((i) => ({ token: i.token, unitId: i.unitId, procedureCode: i.procedureCode, dossierCode: i.dossierCode, used: false })),
      strata: drawn.allocation.map((a) => ({ procedureCode: a.procedureCode, population: a.population, drawn: a.allocated })),
    };
  });
}

/** Staff type in a paper questionnaire; it is marked as paper and checked like any answer. */
export async function enterPaperResponse(db: Db, actor: Actor, id: number, input: PaperResponseRequest): Promise<{ ok: true; suspect: boolean }> {
  authorize(actor, 'survey:enter');
  if (input.answeredOn > clock.today())
    throw new DomainError('VALIDATION_FAILED', `Ngày trả lời ${input.answeredOn} ở tương lai; nhập ngày ghi trên phiếu.`, 400, { field: 'answeredOn' });
  return db.transaction(async (tx) => {
    const row = await surveyFor(tx, actor, 'survey:enter', id);
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    authorize(actor, 'survey:enter', unit);
    if (!unit!.path.startsWith(row.unitPath))
      throw new DomainError('VALIDATION_FAILED', `Đơn vị «${unit!.name}» không thuộc phạm vi phiếu khảo sát «${row.title}».`, 400, { field: 'unitId' });
    const check = validateResponse(definitionOf(row), input.answers);
    if (!check.valid) throw new DomainError('SURVEY_ANSWER_INVALID', check.errors.map((e) => e.message).join(' '), 400, { errors: check.errors });
    await surveyRepository.insertResponse(tx, {
      surveyId: id,
      unitId: input.unitId,
      procedureCode: input.procedureCode || null,
      channel: 'paper',
      answers: check.answers,
      enteredBy: actor.userId,
      answeredOn: input.answeredOn,
    });
    await recordAudit(tx, actor, {
      action: 'survey.paper-entered',
      entityType: 'survey',
      entityId: id,
      unitId: input.unitId,
      after: { answeredOn: input.answeredOn },
    });
    return { ok: true as const, suspect: false };
  });
}
