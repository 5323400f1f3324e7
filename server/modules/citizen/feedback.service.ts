import { randomInt } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type {
  AnswerFeedbackRequest,
  FeedbackDetail,
  FeedbackInput,
  FeedbackList,
  FeedbackListQuery,
  ReasonRequest,
  RegisterFeedbackRequest,
  RouteFeedbackRequest,
} from '../../../contracts/citizen-feedback';
import { feedbackSchedule, publishDeadline } from '../../../domain/calendar/feedback-schedule';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor, Tx } from '../../db/client';
import { files } from '../../db/schema/index';
import { DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { notify } from '../notifications/notification.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { toFeedbackDetail, toFeedbackSummary } from './feedback-view';
import { feedbackRepository, type FeedbackWithUnit } from './feedback.repository';
import * as clock from '../../clock';

// No 0/O, 1/I/L: codes are read over the phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A tracking code the citizen keeps: random, so nobody can walk through other people's feedback. */
/** The secret given with an online feedback's code (about 40 bits; the route is rate-limited). */
export function newFollowSecret(): string {
  let secret = '';
  for (let i = 0; i < 8; i += 1) secret += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return secret;
}

export function newFeedbackCode(year: string): string {
  let tail = '';
  for (let i = 0; i < 6; i += 1) tail += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `PAKN-${year}-${tail}`;
}

const OPEN = new Set(['received', 'more-requested', 'routed']);

/** The unit whose scope a feedback falls in: the assigned unit once routed, the department before. */
async function responsibleUnit(exec: Executor, row: FeedbackWithUnit): Promise<{ path: string }> {
  if (row.assignedUnitPath) return { path: row.assignedUnitPath };
  return feedbackRepository.rootUnit(exec);
}

/** Loads a feedback the actor may act on; 403 for out-of-scope or absent records (learn nothing). */
async function feedbackFor(exec: Executor, actor: Actor, action: string, id: number, forUpdate = false): Promise<FeedbackWithUnit> {
  authorize(actor, action);
  const row = await feedbackRepository.findById(exec, id, forUpdate);
  if (!row) throw actor.scopePath === '/' ? notFound(`phản ánh, kiến nghị số ${id}`) : forbidden();
  authorize(actor, action, await responsibleUnit(exec, row));
  return row;
}

function requireStatus(row: FeedbackWithUnit, allowed: string[], doing: string): void {
  if (!allowed.includes(row.status)) {
    throw new DomainError('FEEDBACK_WRONG_STATUS', `Phản ánh ${row.code} đang ở trạng thái «${STATUS_LABELS[row.status] ?? row.status}», không thể ${doing}.`, 409);
  }
}

export const STATUS_LABELS: Record<string, string> = {
  received: 'Mới tiếp nhận',
  'more-requested': 'Đề nghị bổ sung thông tin',
  routed: 'Đang xử lý',
  answered: 'Đã trả lời',
  published: 'Đã công khai',
  refused: 'Từ chối tiếp nhận',
};

/**
 * Records a new feedback with its deadlines and first history step, in the caller's transaction.
 * Used by the public form (actor null) and by staff registering paper, phone and e-mail feedback.
 */
export async function createFeedback(
  tx: Tx,
  actor: Actor | null,
  input: FeedbackInput & { channel: string; receivedOn: string; attachmentIds?: string[]; followSecretHash?: string },
): Promise<FeedbackWithUnit> {
  const root = await feedbackRepository.rootUnit(tx);
  const addressedUnitId = input.addressedUnitId ?? root.id;
  const addressed = await orgUnitRepository.findById(tx, addressedUnitId);
  if (!addressed || !addressed.active) {
    throw new DomainError('FEEDBACK_UNIT_UNKNOWN', 'Đơn vị nhận phản ánh không tồn tại hoặc đã ngừng hoạt động; chọn lại đơn vị.', 400, { field: 'addressedUnitId' });
  }
  if (actor) authorize(actor, 'feedback:register', addressed);
  const calendar = await loadWorkingCalendar(tx);
  const schedule = feedbackSchedule(calendar, input.receivedOn);
  let code = newFeedbackCode(input.receivedOn.slice(0, 4));
  while (await feedbackRepository.findByCode(tx, code)) code = newFeedbackCode(input.receivedOn.slice(0, 4));
  const created = await feedbackRepository.insert(tx, {
    code,
    channel: input.channel,
    subjectKind: input.subjectKind,
    subjectRef: input.subjectRef || null,
    title: input.title,
    content: input.content,
    senderName: input.senderName || null,
    senderContact: input.senderContact || null,
    addressedUnitId,
    status: 'received',
    receivedOn: input.receivedOn,
    ...schedule,
    attachmentIds: input.attachmentIds ?? [],
    followSecretHash: input.followSecretHash ?? null,
    createdBy: actor?.userId ?? null,
  });
  await feedbackRepository.appendEvent(tx, { feedbackId: created.id, kind: 'received', on: input.receivedOn, actorId: actor?.userId ?? null, actorName: actor?.fullName ?? null, note: null });
  await recordAudit(tx, actor, { action: 'feedback.received', entityType: 'feedback', entityId: created.id, unitId: addressedUnitId, after: { code, channel: input.channel, title: input.title } });
  await notify(tx, { unitId: root.id, kind: 'feedback.received', title: `Phản ánh, kiến nghị mới ${code}`, body: `${input.title} — hạn xử lý ${schedule.handleBy}.`, link: `/phan-anh/${created.id}`, dedupeKey: `feedback.received:${created.id}` });
  return (await feedbackRepository.findById(tx, created.id))!;
}

/** Staff register feedback received on paper, by phone or by e-mail. */
export async function registerFeedback(db: Db, actor: Actor, input: RegisterFeedbackRequest): Promise<FeedbackDetail> {
  authorize(actor, 'feedback:register');
  const today = clock.today();
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw new DomainError('FEEDBACK_FUTURE_DATE', `Ngày tiếp nhận ${receivedOn} ở tương lai; nhập ngày đã nhận được phản ánh.`, 400, { field: 'receivedOn' });
  return db.transaction(async (tx) => {
    const row = await createFeedback(tx, actor, { ...input, receivedOn });
    return toFeedbackDetail(await loadWorkingCalendar(tx), row, await feedbackRepository.history(tx, row.id), today);
  });
}

export async function listFeedback(db: Db, actor: Actor, query: FeedbackListQuery): Promise<FeedbackList> {
  authorize(actor, 'feedback:read');
  const root = await feedbackRepository.rootUnit(db);
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await orgUnitRepository.findById(db, query.unitId);
    authorize(actor, 'feedback:read', unit);
    unitPath = unit!.path;
  }
  const calendar = await loadWorkingCalendar(db);
  const today = clock.today();
  const filter = { scopePath: actor.scopePath, rootPath: root.path, status: query.status, openOnly: Boolean(query.due), unitPath, q: query.q, from: query.from, to: query.to };
  if (query.due) {
    // At risk and overdue depend on working days, which SQL does not know: classify the running steps here.
    const { rows } = await feedbackRepository.list(db, filter, { limit: 10_000, offset: 0 });
    const items = rows
      .map((r) => toFeedbackSummary(calendar, r, today))
      .filter((s) => s.deadlines.some((d) => d.state === query.due && (!query.step || d.step === query.step)));
    return { total: items.length, items: items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize) };
  }
  const { total, rows } = await feedbackRepository.list(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { total, items: rows.map((r) => toFeedbackSummary(calendar, r, today)) };
}

export async function getFeedback(db: Db, actor: Actor, id: number): Promise<FeedbackDetail> {
  const row = await feedbackFor(db, actor, 'feedback:read', id);
  return toFeedbackDetail(await loadWorkingCalendar(db), row, await feedbackRepository.history(db, id), clock.today());
}

/** One step of the workflow: load under lock, check, change, record the step and the audit, all or nothing. */
async function step(
  db: Db,
  actor: Actor,
  id: number,
  action: string,
  change: (tx: Tx, row: FeedbackWithUnit, today: string) => Promise<{ values: Parameters<typeof feedbackRepository.update>[2]; kind: string; note: string | null; visible?: boolean }>,
): Promise<FeedbackDetail> {
  return db.transaction(async (tx) => {
    const row = await feedbackFor(tx, actor, action, id, true);
    const today = clock.today();
    const { values, kind, note, visible } = await change(tx, row, today);
    await feedbackRepository.update(tx, id, values);
    await feedbackRepository.appendEvent(tx, { feedbackId: id, kind, on: today, actorId: actor.userId, actorName: actor.fullName, note, visibleToCitizen: visible ?? true });
    const after = (await feedbackRepository.findById(tx, id))!;
    await recordAudit(tx, actor, {
      action: `feedback.${kind}`,
      entityType: 'feedback',
      entityId: id,
      unitId: after.assignedUnitId ?? after.addressedUnitId,
      before: { status: row.status, assignedUnitId: row.assignedUnitId },
      after: { status: after.status, assignedUnitId: after.assignedUnitId, note },
    });
    return toFeedbackDetail(await loadWorkingCalendar(tx), after, await feedbackRepository.history(tx, id), today);
  });
}

/** The Office routes a feedback to the unit that must answer it (again, to re-route). */
export function routeFeedback(db: Db, actor: Actor, id: number, input: RouteFeedbackRequest) {
  return step(db, actor, id, 'feedback:route', async (tx, row) => {
    requireStatus(row, ['received', 'more-requested', 'routed'], 'chuyển xử lý');
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    if (!unit || !unit.active) throw new DomainError('FEEDBACK_UNIT_UNKNOWN', 'Đơn vị xử lý không tồn tại hoặc đã ngừng hoạt động; chọn đơn vị khác.', 400, { field: 'unitId' });
    authorize(actor, 'feedback:route', unit);
    await notify(tx, { unitId: unit.id, kind: 'feedback.routed', title: `Phản ánh ${row.code} được chuyển đến đơn vị`, body: `${row.title} — hạn xử lý ${row.handleBy}.`, link: `/phan-anh/${row.id}` });
    return { values: { assignedUnitId: unit.id, status: 'routed' }, kind: 'routed', note: `Chuyển ${unit.name} xử lý.${input.note ? ' ' + input.note : ''}` };
  });
}

/** The Office asks the sender for more information (within 5 working days of receipt). */
export function requestMoreInformation(db: Db, actor: Actor, id: number, input: ReasonRequest) {
  return step(db, actor, id, 'feedback:route', async (_tx, row) => {
    requireStatus(row, ['received'], 'đề nghị bổ sung thông tin');
    return { values: { status: 'more-requested' }, kind: 'more-requested', note: input.reason };
  });
}

/** The Office refuses a feedback outside its remit (within 2 working days of receipt). */
export function refuseFeedback(db: Db, actor: Actor, id: number, input: ReasonRequest) {
  return step(db, actor, id, 'feedback:route', async (_tx, row, today) => {
    requireStatus(row, ['received', 'more-requested'], 'từ chối');
    return { values: { status: 'refused', refusedReason: input.reason, answeredOn: today }, kind: 'refused', note: input.reason };
  });
}

/** The responsible unit answers; the answer is published separately (within 2 working days). */
export function answerFeedback(db: Db, actor: Actor, id: number, input: AnswerFeedbackRequest) {
  return step(db, actor, id, 'feedback:answer', async (tx, row, today) => {
    requireStatus(row, ['received', 'more-requested', 'routed', 'answered'], 'trả lời');
    if (input.attachmentIds.length > 0) {
      const found = await tx.select({ id: files.id, unitId: files.unitId }).from(files).where(inArray(files.id, input.attachmentIds));
      if (found.length !== new Set(input.attachmentIds).size) throw new DomainError('FILE_NOT_FOUND', 'Tệp đính kèm câu trả lời không tồn tại; tải lên lại.', 400, { field: 'attachmentIds' });
      for (const f of found) authorize(actor, 'file:read', await orgUnitRepository.findById(tx, f.unitId));
    }
    const calendar = await loadWorkingCalendar(tx);
    const answeredOn = row.answeredOn ?? today;
    return {
      values: { status: 'answered', answer: input.answer, answerAttachmentIds: input.attachmentIds, answeredOn, publishBy: publishDeadline(calendar, answeredOn) },
      kind: 'answered',
      note: row.status === 'answered' ? 'Sửa câu trả lời.' : null,
    };
  });
}

/** Publishes the answer on the public tracking page. */
export function publishFeedback(db: Db, actor: Actor, id: number) {
  return step(db, actor, id, 'feedback:publish', async (_tx, row, today) => {
    requireStatus(row, ['answered'], 'công khai');
    return { values: { status: 'published', publishedOn: today }, kind: 'published', note: null };
  });
}

/**
 * A file attached to a feedback, for whoever may read the feedback: the citizen's files are stored
 * under the unit they addressed, so the unit the Office routed it to could not reach them via /api/files.
 */
export async function feedbackAttachment(db: Db, actor: Actor, id: number, fileId: string): Promise<string> {
  const row = await feedbackFor(db, actor, 'feedback:read', id);
  if (!row.attachmentIds.includes(fileId) && !row.answerAttachmentIds.includes(fileId)) throw notFound('tệp đính kèm của phản ánh này');
  return fileId;
}

export { OPEN as OPEN_FEEDBACK_STATUSES };
