import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnswerFeedbackRequest,
  FeedbackDetail,
  FeedbackList,
  FeedbackListQuery,
  ReasonRequest,
  RegisterFeedbackRequest,
  RouteFeedbackRequest,
} from '../../../contracts/citizen-feedback';
import { IdParams } from '../../../contracts/common';
import { sendStoredFile } from '../files/file.routes';
import { feedbackWorkbook } from './feedback.export';
import { answerFeedback } from './feedback/answer-feedback';
import { feedbackAttachment } from './feedback/feedback-attachment';
import { getFeedback } from './feedback/get-feedback';
import { listFeedback } from './feedback/list-feedback';
import { publishFeedback } from './feedback/publish-feedback';
import { refuseFeedback } from './feedback/refuse-feedback';
import { registerFeedback } from './feedback/register-feedback';
import { requestMoreInformation } from './feedback/request-more-information';
import { routeFeedback } from './feedback/route-feedback';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Staff routes of the feedback register (phản ánh, kiến nghị). */
export async function feedbackRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['feedback'];
  r.get(
    '/api/feedback',
    { schema: { tags, summary: 'Danh sách phản ánh, kiến nghị', querystring: FeedbackListQuery, response: { 200: FeedbackList } } },
    async (req) => listFeedback(app.db, req.requireActor(), req.query),
  );
  r.get(
    '/api/feedback/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất Excel danh sách phản ánh, kiến nghị',
        querystring: FeedbackListQuery.omit({ page: true, pageSize: true }),
        response: { 200: z.any() },
      },
    },
    async (req, reply) => {
      const list = await listFeedback(app.db, req.requireActor(), { ...req.query, page: 1, pageSize: 500 });
      const body = await feedbackWorkbook(list.items);
      return reply.header('Content-Type', XLSX).header('Content-Disposition', 'attachment; filename="phan-anh-kien-nghi.xlsx"').send(body);
    },
  );
  r.post(
    '/api/feedback',
    { schema: { tags, summary: 'Vào sổ phản ánh nhận bằng giấy, điện thoại, thư điện tử', body: RegisterFeedbackRequest, response: { 201: FeedbackDetail } } },
    async (req, reply) => reply.code(201).send(await registerFeedback(app.db, req.requireActor(), req.body)),
  );
  r.get('/api/feedback/:id', { schema: { tags, summary: 'Chi tiết và lịch sử xử lý', params: IdParams, response: { 200: FeedbackDetail } } }, async (req) =>
    getFeedback(app.db, req.requireActor(), req.params.id),
  );
  r.post(
    '/api/feedback/:id/route',
    { schema: { tags, summary: 'Chuyển đơn vị xử lý', params: IdParams, body: RouteFeedbackRequest, response: { 200: FeedbackDetail } } },
    async (req) => routeFeedback(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post(
    '/api/feedback/:id/request-more',
    { schema: { tags, summary: 'Đề nghị bổ sung thông tin', params: IdParams, body: ReasonRequest, response: { 200: FeedbackDetail } } },
    async (req) => requestMoreInformation(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post(
    '/api/feedback/:id/refuse',
    { schema: { tags, summary: 'Từ chối tiếp nhận', params: IdParams, body: ReasonRequest, response: { 200: FeedbackDetail } } },
    async (req) => refuseFeedback(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post(
    '/api/feedback/:id/answer',
    { schema: { tags, summary: 'Trả lời phản ánh', params: IdParams, body: AnswerFeedbackRequest, response: { 200: FeedbackDetail } } },
    async (req) => answerFeedback(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.get(
    '/api/feedback/:id/attachments/:fileId',
    {
      schema: {
        tags,
        summary: 'Tải tệp đính kèm của phản ánh',
        params: IdParams.extend({ fileId: z.uuid({ error: 'Mã tệp không hợp lệ.' }) }),
        response: { 200: z.any() },
      },
    },
    async (req, reply) => {
      const row = await feedbackAttachment(app.db, req.requireActor(), req.params.id, req.params.fileId);
      return sendStoredFile(reply, row, await app.fileStore.open(row.sha256));
    },
  );
  r.post(
    '/api/feedback/:id/publish',
    { schema: { tags, summary: 'Công khai câu trả lời', params: IdParams, response: { 200: FeedbackDetail } } },
    async (req) => publishFeedback(app.db, req.requireActor(), req.params.id),
  );
}
