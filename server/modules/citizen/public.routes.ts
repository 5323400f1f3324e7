import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FeedbackInput } from '../../../contracts/citizen-feedback';
import {
  PublicFeedbackCodeParams,
  PublicFeedbackCreated,
  PublicFeedbackStatus,
  PublicSiteInfo,
  PublicSupplementFields,
  TransparencyReply,
} from '../../../contracts/citizen-public';
import { PublicSurvey, SubmitResponseReply, SubmitResponseRequest } from '../../../contracts/citizen-surveys';
import { DomainError } from '../../errors';
import { supplementFeedback } from './feedback/supplement-feedback';
import { sendStoredFile } from '../files/file.routes';
import {
  followFeedback,
  publishedAnswerFile,
  publicSiteInfo,
  publicSurvey,
  submitPublicFeedback,
  submitSurveyResponse,
  transparencyFigures,
} from './public.service';
import * as clock from '../../clock';

const SurveyKeyParams = z.object({
  key: z
    .string()
    .trim()
    .min(3)
    .max(80)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'Đường dẫn khảo sát không đúng; quét lại mã QR.' }),
});
const MAX_ATTACHMENTS = 3;

/** Reads a public multipart form: its text fields and up to three files "attachments". */
async function readMultipart(app: FastifyInstance, req: FastifyRequest) {
  if (!req.isMultipart()) throw new DomainError('NOT_MULTIPART', 'Gửi biểu mẫu dạng multipart/form-data.', 415);
  const fields: Record<string, string> = {};
  const attachments: Array<{ name: string; bytes: Buffer }> = [];
  for await (const part of req.parts({ limits: { fileSize: app.config.maxUploadBytes + 1, files: MAX_ATTACHMENTS + 1 } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer().catch(() => {
        throw new DomainError(
          'FILE_TOO_LARGE',
          `Tệp "${part.filename}" lớn hơn ${Math.round(app.config.maxUploadBytes / 1048576)} MB; hãy nén hoặc chụp lại nhỏ hơn.`,
          413,
          { field: 'attachments' },
        );
      });
      if (bytes.length === 0 && !part.filename) continue; // an empty file input
      attachments.push({ name: part.filename, bytes });
      if (attachments.length > MAX_ATTACHMENTS)
        throw new DomainError('TOO_MANY_FILES', `Chỉ đính kèm tối đa ${MAX_ATTACHMENTS} tệp.`, 400, { field: 'attachments' });
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  // A hidden field people never see: robots that fill every input are turned away.
  if (fields.website) throw new DomainError('FEEDBACK_REJECTED', 'Không gửi được phản ánh; vui lòng tải lại trang và thử lại.', 400);
  return { fields, attachments };
}

/** Parses the text fields with a contract, naming each field that needs fixing. */
function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }));
    throw new DomainError('VALIDATION_FAILED', issues.map((i) => i.message).join(' '), 400, { fields: issues });
  }
  return parsed.data;
}

/** Routes of the public site: no session, rate-limited per address. */
export async function publicRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const config = { public: true, rateLimit: { max: app.config.rateLimits.publicPerMinute, timeWindow: '1 minute' } };
  // Writes get a tighter limit: a person sends a few, a script sends hundreds.
  const writeConfig = { public: true, rateLimit: { max: Math.max(1, Math.ceil(app.config.rateLimits.publicPerMinute / 6)), timeWindow: '1 minute' } };

  r.get('/api/public/site', { config, schema: { tags, summary: 'Tên Sở, đơn vị nhận phản ánh', response: { 200: PublicSiteInfo } } }, async () =>
    publicSiteInfo(app.db, app.config.publicSite),
  );
  r.post(
    '/api/public/feedback',
    {
      config: writeConfig,
      schema: {
        tags,
        summary: 'Gửi phản ánh, kiến nghị (multipart, tối đa 3 tệp "attachments")',
        consumes: ['multipart/form-data'],
        response: { 201: PublicFeedbackCreated },
      },
    },
    async (req, reply) => {
      const { fields, attachments } = await readMultipart(app, req);
      return reply
        .code(201)
        .send(
          await submitPublicFeedback(app.db, app.fileStore, app.config.maxUploadBytes, parseFields(FeedbackInput, fields), attachments, app.config.publicSite),
        );
    },
  );
  r.post(
    '/api/public/feedback/:code/supplement',
    {
      config: writeConfig,
      schema: {
        tags,
        summary: 'Công dân bổ sung thông tin (multipart: secret, content, tối đa 3 tệp "attachments")',
        params: PublicFeedbackCodeParams,
        consumes: ['multipart/form-data'],
        response: { 200: PublicFeedbackStatus },
      },
    },
    async (req) => {
      const { fields, attachments } = await readMultipart(app, req);
      return supplementFeedback(app.db, app.fileStore, app.config.maxUploadBytes, req.params.code, parseFields(PublicSupplementFields, fields), attachments);
    },
  );
  r.get(
    '/api/public/feedback/:code',
    { config, schema: { tags, summary: 'Theo dõi phản ánh theo mã', params: PublicFeedbackCodeParams, response: { 200: PublicFeedbackStatus } } },
    async (req) => followFeedback(app.db, req.params.code),
  );
  r.get(
    '/api/public/feedback/:code/answer-files/:fileId',
    {
      config,
      schema: {
        tags,
        summary: 'Tải tệp đính kèm của câu trả lời đã công khai',
        params: PublicFeedbackCodeParams.extend({ fileId: z.uuid({ error: 'Mã tệp không hợp lệ.' }) }),
        response: { 200: z.any() },
      },
    },
    async (req, reply) => {
      const file = await publishedAnswerFile(app.db, req.params.code, req.params.fileId);
      return sendStoredFile(reply, file, await app.fileStore.open(file.sha256));
    },
  );
  r.get(
    '/api/public/surveys/:key',
    { config, schema: { tags, summary: 'Phiếu khảo sát theo đường dẫn hoặc lời mời', params: SurveyKeyParams, response: { 200: PublicSurvey } } },
    async (req) => publicSurvey(app.db, req.params.key),
  );
  r.post(
    '/api/public/surveys/:key/responses',
    {
      config: writeConfig,
      schema: { tags, summary: 'Gửi phiếu trả lời', params: SurveyKeyParams, body: SubmitResponseRequest, response: { 201: SubmitResponseReply } },
    },
    async (req, reply) =>
      reply.code(201).send(await submitSurveyResponse(app.db, req.params.key, req.body, { ip: req.ip, actor: req.actor, salt: app.config.sessionSecret })),
  );
  r.get(
    '/api/public/transparency',
    {
      config,
      schema: {
        tags,
        summary: 'Số liệu công khai trong năm',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: TransparencyReply },
      },
    },
    async (req) => transparencyFigures(app.db, req.query.year ?? clock.currentYear()),
  );
}
