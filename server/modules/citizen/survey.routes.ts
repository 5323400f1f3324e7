import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import {
  InvitationList,
  PaperResponseRequest,
  ResultsQuery,
  SampleReply,
  SampleRequest,
  SaveSurveyRequest,
  SubmitResponseReply,
  Survey,
  SurveyList,
  SurveyResults,
} from '../../../contracts/citizen-surveys';
import { IdParams } from '../../../contracts/common';
import { authorize } from '../../auth/permissions';
import { forbidden } from '../../errors';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { resultsWorkbook, surveyResults } from './survey-results';
import { invitationsWorkbook, listInvitations } from './survey-invitations';
import { createSurvey, drawSample, enterPaperResponse, getSurvey, listSurveys, updateSurvey } from './survey.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const QrQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  procedureCode: z.string().trim().max(60).optional(),
  kiosk: z.enum(['1']).optional(),
});

/** Staff routes of surveys: builder, sample, paper entry, results, QR codes. */
export async function surveyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];
  r.get('/api/surveys', { schema: { tags, summary: 'Danh sách phiếu khảo sát', response: { 200: SurveyList } } }, async (req) =>
    listSurveys(app.db, req.requireActor()),
  );
  r.post('/api/surveys', { schema: { tags, summary: 'Tạo phiếu khảo sát', body: SaveSurveyRequest, response: { 201: Survey } } }, async (req, reply) =>
    reply.code(201).send(await createSurvey(app.db, req.requireActor(), req.body)),
  );
  r.get('/api/surveys/:id', { schema: { tags, summary: 'Phiếu khảo sát', params: IdParams, response: { 200: Survey } } }, async (req) =>
    getSurvey(app.db, req.requireActor(), req.params.id),
  );
  r.put(
    '/api/surveys/:id',
    { schema: { tags, summary: 'Sửa phiếu khảo sát', params: IdParams, body: SaveSurveyRequest, response: { 200: Survey } } },
    async (req) => updateSurvey(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post(
    '/api/surveys/:id/sample',
    { schema: { tags, summary: 'Chọn mẫu hồ sơ đã trả kết quả và tạo lời mời', params: IdParams, body: SampleRequest, response: { 200: SampleReply } } },
    async (req) => drawSample(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.get(
    '/api/surveys/:id/invitations',
    { schema: { tags, summary: 'Lời mời đã tạo từ mẫu, đường dẫn và tỷ lệ phản hồi', params: IdParams, response: { 200: InvitationList } } },
    async (req) => listInvitations(app.db, req.requireActor(), req.params.id, `${req.protocol}://${req.host}`),
  );
  r.get(
    '/api/surveys/:id/invitations.xlsx',
    { schema: { tags, summary: 'Xuất Excel lời mời (kèm mã QR)', params: IdParams, response: { 200: z.any() } } },
    async (req, reply) => {
      const actor = req.requireActor();
      const list = await listInvitations(app.db, actor, req.params.id, `${req.protocol}://${req.host}`);
      const survey = await getSurvey(app.db, actor, req.params.id);
      return reply
        .header('Content-Type', XLSX)
        .header('Content-Disposition', `attachment; filename="loi-moi-khao-sat-${req.params.id}.xlsx"`)
        .send(await invitationsWorkbook(survey.title, list));
    },
  );
  r.post(
    '/api/surveys/:id/paper-responses',
    { schema: { tags, summary: 'Nhập phiếu giấy', params: IdParams, body: PaperResponseRequest, response: { 201: SubmitResponseReply } } },
    async (req, reply) => reply.code(201).send(await enterPaperResponse(app.db, req.requireActor(), req.params.id, req.body)),
  );
  r.get(
    '/api/surveys/:id/results',
    { schema: { tags, summary: 'Kết quả khảo sát', params: IdParams, querystring: ResultsQuery, response: { 200: SurveyResults } } },
    async (req) => surveyResults(app.db, req.requireActor(), req.params.id, req.query),
  );
  r.get(
    '/api/surveys/:id/results.xlsx',
    { schema: { tags, summary: 'Xuất Excel kết quả khảo sát', params: IdParams, querystring: ResultsQuery, response: { 200: z.any() } } },
    async (req, reply) => {
      const body = await resultsWorkbook(await surveyResults(app.db, req.requireActor(), req.params.id, req.query));
      return reply.header('Content-Type', XLSX).header('Content-Disposition', `attachment; filename="ket-qua-khao-sat-${req.params.id}.xlsx"`).send(body);
    },
  );
  r.get(
    '/api/surveys/:id/qr.png',
    { schema: { tags, summary: 'Mã QR của đường dẫn khảo sát (theo đơn vị, thủ tục)', params: IdParams, querystring: QrQuery, response: { 200: z.any() } } },
    async (req, reply) => {
      const actor = req.requireActor();
      const survey = await getSurvey(app.db, actor, req.params.id);
      if (req.query.unitId) {
        const unit = await orgUnitRepository.findById(app.db, req.query.unitId);
        if (!unit) throw forbidden();
        authorize(actor, 'survey:read', unit);
      }
      const params = new URLSearchParams();
      if (req.query.unitId) params.set('donvi', String(req.query.unitId));
      if (req.query.procedureCode) params.set('thutuc', req.query.procedureCode);
      if (req.query.kiosk) params.set('kiosk', '1');
      const url = `${req.protocol}://${req.host}/cong-khai/khao-sat/${survey.slug}${params.size ? `?${params}` : ''}`;
      const png = await QRCode.toBuffer(url, { type: 'png', width: 512, margin: 2, errorCorrectionLevel: 'M' });
      return reply.header('Content-Type', 'image/png').header('X-Survey-Url', encodeURI(url)).send(png);
    },
  );
}
