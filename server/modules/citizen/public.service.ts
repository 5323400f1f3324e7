// What citizens do without an account: send and follow feedback, answer surveys, read the yearly figures.
import { createHash } from 'node:crypto';
import type { FeedbackInput } from '../../../contracts/citizen-feedback';
import type { PublicFeedbackStatus, PublicSiteInfo, TransparencyReply } from '../../../contracts/citizen-public';
import type { PublicSurvey, SubmitResponseRequest } from '../../../contracts/citizen-surveys';
import { suspectReasons, surveyQuestions, validateResponse } from '../../../domain/surveys';
import { can, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError } from '../../errors';
import type { FileStore } from '../../files/file-store';
import { computeMetric } from '../../metrics/registry';
import { recordAudit } from '../audit/audit.service';
import { fileRepository, type FileRow } from '../files/file.repository';
import { storeFile } from '../files/file.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { toPublicFeedback } from './feedback-view';
import { feedbackRepository } from './feedback.repository';
import { createFeedback } from './feedback/create-feedback';
import { hashFollowSecret, newFollowSecret } from './feedback/follow-codes';
import { surveyRepository, type InvitationRow, type SurveyWithUnit } from './survey.repository';
import { definitionOf } from './survey.service';
import * as clock from '../../clock';

/** The public site's settings (AppConfig.publicSite): the footer's contact line; whether a feedback must name its sender (anonymous by default). */
export interface PublicSiteSettings {
  contact: string | null;
  senderRequired: boolean;
}

/** The department, the units a citizen may address and the public form's settings. */
export async function publicSiteInfo(db: Db, site: PublicSiteSettings): Promise<PublicSiteInfo> {
  const root = await feedbackRepository.rootUnit(db);
  // Divisions and district offices a citizen may address; schools are many and reached through them.
  const units = (await orgUnitRepository.listAll(db)).filter((u) => u.active && (u.parentId === null || u.type === 'division' || u.type === 'district_office'));
  return { departmentName: root.name, contact: site.contact, units: units.map((u) => ({ id: u.id, name: u.name })), senderRequired: site.senderRequired };
}

/** A citizen's feedback from the public form, with its attachments, all or nothing. */
export async function submitPublicFeedback(
  db: Db,
  store: FileStore,
  maxBytes: number,
  input: FeedbackInput,
  attachments: Array<{ name: string; bytes: Buffer }>,
  site: PublicSiteSettings,
): Promise<{ code: string; handleBy: string; secret: string }> {
  if (site.senderRequired) {
    if (!input.senderName)
      throw new DomainError('VALIDATION_FAILED', 'Nhập họ và tên người gửi.', 400, { fields: [{ field: 'senderName', message: 'Nhập họ và tên người gửi.' }] });
    if (!input.senderContact)
      throw new DomainError('VALIDATION_FAILED', 'Nhập số điện thoại hoặc thư điện tử để nhận trả lời.', 400, {
        fields: [{ field: 'senderContact', message: 'Nhập số điện thoại hoặc thư điện tử.' }],
      });
  }
  return db.transaction(async (tx) => {
    const root = await feedbackRepository.rootUnit(tx);
    const unitId = input.addressedUnitId ?? root.id;
    const stored = [];
    for (const file of attachments)
      stored.push(await storeFile(tx, store, null, { name: file.name, bytes: file.bytes, unitId, purpose: 'feedback', maxBytes }));
    // Only the hash is kept: the secret is shown once to the citizen, like a password.
    const secret = newFollowSecret();
    const row = await createFeedback(tx, null, {
      ...input,
      channel: 'online',
      receivedOn: clock.today(),
      attachmentIds: stored.map((f) => f.id),
      followSecretHash: hashFollowSecret(secret),
    });
    return { code: row.code, handleBy: row.handleBy, secret };
  });
}

export async function followFeedback(db: Db, code: string): Promise<PublicFeedbackStatus> {
  const row = await feedbackRepository.findByCode(db, code);
  if (!row) throw new DomainError('NOT_FOUND', `Không tìm thấy phản ánh có mã ${code.toUpperCase()}; kiểm tra lại mã theo dõi.`, 404, { field: 'code' });
  const published = row.status === 'published' ? await fileRepository.findMany(db, row.answerAttachmentIds) : [];
  const answerFiles = published.map(({ id, name, size }) => ({ id, name, size }));
  return toPublicFeedback(row, await feedbackRepository.history(db, row.id), answerFiles);
}

/**
 * A file of a published answer, for anyone with the tracking code: the answer is public by then. Files
 * of unpublished answers and the citizen's own attachments are never served here (404, learn nothing).
 */
export async function publishedAnswerFile(db: Db, code: string, fileId: string): Promise<FileRow> {
  const row = await feedbackRepository.findByCode(db, code);
  const missing = () => new DomainError('NOT_FOUND', 'Không tìm thấy tệp đính kèm của câu trả lời đã công khai; kiểm tra lại mã theo dõi.', 404);
  if (!row || row.status !== 'published' || !row.answerAttachmentIds.includes(fileId)) throw missing();
  const file = await fileRepository.findById(db, fileId);
  if (!file) throw missing();
  return file;
}

/** A key in a survey link is either an invitation token or the survey's slug. */
async function resolveSurveyKey(db: Executor, key: string): Promise<{ survey: SurveyWithUnit; invitation: InvitationRow | null }> {
  const invitation = await surveyRepository.findInvitation(db, key);
  const survey = invitation ? await surveyRepository.findById(db, invitation.surveyId) : await surveyRepository.findBySlug(db, key);
  if (!survey) throw new DomainError('NOT_FOUND', 'Không tìm thấy phiếu khảo sát; kiểm tra lại đường dẫn hoặc mã QR.', 404);
  if (survey.status !== 'open') throw new DomainError('SURVEY_CLOSED', `Phiếu khảo sát «${survey.title}» hiện không nhận ý kiến.`, 409);
  if (!invitation && !survey.openLink)
    throw new DomainError('SURVEY_INVITATION_ONLY', `Phiếu khảo sát «${survey.title}» chỉ trả lời được qua đường dẫn mời riêng.`, 403);
  if (invitation?.usedAt)
    throw new DomainError('SURVEY_INVITATION_USED', 'Đường dẫn mời này đã được dùng để trả lời. Cảm ơn ông/bà đã tham gia khảo sát.', 409);
  return { survey, invitation };
}

export async function publicSurvey(db: Db, key: string): Promise<PublicSurvey> {
  const { survey, invitation } = await resolveSurveyKey(db, key);
  return {
    title: survey.title,
    unitName: survey.unitName,
    definition: definitionOf(survey),
    invitation: invitation !== null,
    procedureCode: invitation?.procedureCode ?? null,
  };
}

/**
 * Records an answer. Invitations take one answer each (the row is locked, so two at once cannot both
 * pass); open links are rate-limited by the route and flagged, not dropped, when they look stuffed.
 */
export async function submitSurveyResponse(
  db: Db,
  key: string,
  input: SubmitResponseRequest,
  source: { ip: string; actor: Actor | null; salt: string },
): Promise<{ ok: true; suspect: boolean }> {
  return db.transaction(async (tx) => {
    const { survey } = await resolveSurveyKey(tx, key);
    const invitation = await surveyRepository.findInvitation(tx, key, true);
    if (invitation?.usedAt)
      throw new DomainError('SURVEY_INVITATION_USED', 'Đường dẫn mời này đã được dùng để trả lời. Cảm ơn ông/bà đã tham gia khảo sát.', 409);
    const definition = definitionOf(survey);
    const check = validateResponse(definition, input.answers);
    if (!check.valid) throw new DomainError('SURVEY_ANSWER_INVALID', check.errors.map((e) => e.message).join(' '), 400, { errors: check.errors });
    let unitId = invitation?.unitId ?? survey.unitId;
    if (!invitation && input.unitId) {
      const unit = await orgUnitRepository.findById(tx, input.unitId);
      if (!unit || !unit.path.startsWith(survey.unitPath))
        throw new DomainError('VALIDATION_FAILED', 'Đơn vị trong đường dẫn khảo sát không đúng; quét lại mã QR.', 400, { field: 'unitId' });
      unitId = unit.id;
    }
    const sourceHash = createHash('sha256').update(`${source.salt}:${survey.id}:${source.ip}`).digest('hex');
    // A kiosk is one tablet for many people: only a tablet signed in by staff may claim it.
    const kiosk = Boolean(input.kiosk && source.actor && can(source.actor, 'survey:enter'));
    const reasons = invitation
      ? suspectReasons({ honeypot: input.website, elapsedMs: input.elapsedMs, recentFromSameSource: 0, questionCount: 0 }, { kiosk: true })
      : suspectReasons(
          {
            honeypot: input.website,
            elapsedMs: input.elapsedMs,
            recentFromSameSource: await surveyRepository.countFromSource(tx, survey.id, sourceHash, clock.msAgo(3600_000)),
            questionCount: surveyQuestions(definition).length - check.hidden.length,
          },
          { kiosk },
        );
    await surveyRepository.insertResponse(tx, {
      surveyId: survey.id,
      invitationId: invitation?.id ?? null,
      unitId,
      procedureCode: invitation?.procedureCode ?? input.procedureCode ?? null,
      channel: invitation ? 'invitation' : kiosk ? 'kiosk' : 'link',
      answers: check.answers,
      suspect: reasons.length > 0,
      suspectReason: reasons.join(' ') || null,
      sourceHash,
      answeredOn: clock.today(),
    });
    if (invitation) await surveyRepository.markInvitationUsed(tx, invitation.id);
    if (reasons.length > 0)
      await recordAudit(tx, null, { action: 'survey.suspect-response', entityType: 'survey', entityId: survey.id, unitId, after: { reasons } });
    return { ok: true as const, suspect: reasons.length > 0 };
  });
}

/** Rates on fewer cases than this are not published: a handful of cases could point to a person. */
export const MIN_PUBLIC_DENOMINATOR = 5;

const FIGURES: Array<{ key: string; label: string; unit: '%' | 'count' }> = [
  { key: 'dossiers.received', label: 'Hồ sơ TTHC tiếp nhận', unit: 'count' },
  { key: 'dossiers.onTimeRate', label: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%' },
  { key: 'dossiers.earlyRate', label: 'Tỷ lệ hồ sơ giải quyết trước hạn', unit: '%' },
  { key: 'dossiers.fullyOnlineRate', label: 'Tỷ lệ hồ sơ trực tuyến toàn trình', unit: '%' },
  { key: 'feedback.received', label: 'Phản ánh, kiến nghị tiếp nhận', unit: 'count' },
  { key: 'feedback.handled', label: 'Phản ánh, kiến nghị đã xử lý', unit: 'count' },
  { key: 'feedback.published', label: 'Câu trả lời đã công khai', unit: 'count' },
  { key: 'surveys.responses', label: 'Lượt trả lời khảo sát', unit: 'count' },
  { key: 'surveys.satisfactionRate', label: 'Mức độ hài lòng', unit: '%' },
];

/** This year's published figures of the whole department, from the metrics registry. */
export async function transparencyFigures(db: Db, year: number): Promise<TransparencyReply> {
  const root = await feedbackRepository.rootUnit(db);
  const today = clock.today();
  const from = `${year}-01-01`;
  const to = `${year}-12-31` < today ? `${year}-12-31` : today;
  const figures = [];
  for (const f of FIGURES) {
    const m = await computeMetric(db, f.key, { unitId: root.id, unitPath: root.path, from, to, asOf: to });
    const tooFew = f.unit === '%' && m.denominator !== undefined && m.denominator < MIN_PUBLIC_DENOMINATOR;
    figures.push({
      key: f.key,
      label: f.label,
      unit: f.unit,
      value: tooFew || m.value === null ? null : Math.round(m.value * 10) / 10,
      source: tooFew ? `Dưới ${MIN_PUBLIC_DENOMINATOR} trường hợp: không công bố để bảo vệ thông tin cá nhân.` : m.source,
    });
  }
  return {
    year,
    from,
    to,
    figures,
    methodNote:
      'Số liệu tổng hợp toàn ngành, cập nhật tự động từ hệ thống; mức độ hài lòng tính theo phương pháp ghi trên từng phiếu khảo sát (công thức SIPAS chính thức chưa được xác nhận).',
  };
}
