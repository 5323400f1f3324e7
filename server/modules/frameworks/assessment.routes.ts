import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common';
import {
  AddEvidenceRequest,
  AppraiseRequest,
  AssessmentCriterionParams,
  AssessmentDetail,
  AssessmentList,
  AssessmentListQuery,
  CreateCriterionTaskRequest,
  CriterionTaskReply,
  EvidenceRequestRequest,
  ForecastReply,
  LostPointsReply,
  OpenAssessmentRequest,
  SaveCriterionRequest,
} from '../../../contracts/frameworks';
import { attachmentHeader } from '../files/file.routes';
import { appraiseCriterion, publishAssessment, requestEvidence } from './appraisal.service';
import { assessmentExcel, assessmentWord } from './assessment-export';
import { addEvidence, getAssessment, listAssessments, openAssessment, refreshCriterion, saveCriterion, submitAssessment } from './assessment.service';
import { createCriterionTask } from './criterion-task.service';
import { forecast, lostPoints } from './results.service';
import * as clock from '../../clock';

export async function assessmentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assessments'];
  const Params = AssessmentCriterionParams;
  r.get(
    '/api/assessments',
    { schema: { tags, summary: 'Các đợt tự đánh giá chỉ số CCHC', querystring: AssessmentListQuery, response: { 200: AssessmentList } } },
    async (req) => listAssessments(app.db, req.requireActor(), req.query),
  );
  r.post(
    '/api/assessments',
    { schema: { tags, summary: 'Mở đợt tự đánh giá cho một đơn vị, một năm', body: OpenAssessmentRequest, response: { 201: AssessmentDetail } } },
    async (req, reply) => reply.code(201).send(await openAssessment(app.db, req.requireActor(), req.body)),
  );
  r.get(
    '/api/assessments/:id',
    { schema: { tags, summary: 'Đợt đánh giá: tiêu chí, điểm, tài liệu, lịch sử', params: IdParams, response: { 200: AssessmentDetail } } },
    async (req) => getAssessment(app.db, req.requireActor(), req.params.id),
  );
  r.put(
    '/api/assessments/:id/criteria/:code',
    { schema: { tags, summary: 'Nhập số liệu, giải trình của một tiêu chí', params: Params, body: SaveCriterionRequest, response: { 200: AssessmentDetail } } },
    async (req) => saveCriterion(app.db, req.requireActor(), req.params.id, req.params.code, req.body),
  );
  r.post(
    '/api/assessments/:id/criteria/:code/refresh',
    { schema: { tags, summary: 'Lấy lại số liệu hệ thống tự tính', params: Params, response: { 200: AssessmentDetail } } },
    async (req) => refreshCriterion(app.db, req.requireActor(), req.params.id, req.params.code),
  );
  r.post(
    '/api/assessments/:id/criteria/:code/evidence',
    { schema: { tags, summary: 'Gắn tài liệu kiểm chứng (tệp đã tải lên)', params: Params, body: AddEvidenceRequest, response: { 200: AssessmentDetail } } },
    async (req) => addEvidence(app.db, req.requireActor(), req.params.id, req.params.code, req.body),
  );
  r.post('/api/assessments/:id/submit', { schema: { tags, summary: 'Nộp thẩm định', params: IdParams, response: { 200: AssessmentDetail } } }, async (req) =>
    submitAssessment(app.db, req.requireActor(), req.params.id),
  );
  r.put(
    '/api/assessments/:id/criteria/:code/appraisal',
    { schema: { tags, summary: 'Chấm điểm thẩm định một tiêu chí', params: Params, body: AppraiseRequest, response: { 200: AssessmentDetail } } },
    async (req) => appraiseCriterion(app.db, req.requireActor(), req.params.id, req.params.code, req.body),
  );
  r.post(
    '/api/assessments/:id/criteria/:code/evidence-request',
    { schema: { tags, summary: 'Yêu cầu bổ sung tài liệu kiểm chứng', params: Params, body: EvidenceRequestRequest, response: { 200: AssessmentDetail } } },
    async (req) => requestEvidence(app.db, req.requireActor(), req.params.id, req.params.code, req.body),
  );
  r.post(
    '/api/assessments/:id/publish',
    { schema: { tags, summary: 'Công bố kết quả thẩm định', params: IdParams, response: { 200: AssessmentDetail } } },
    async (req) => publishAssessment(app.db, req.requireActor(), req.params.id),
  );
  r.get(
    '/api/assessments/:id/lost-points',
    { schema: { tags, summary: 'Tiêu chí bị mất điểm', params: IdParams, response: { 200: LostPointsReply } } },
    async (req) => lostPoints(app.db, req.requireActor(), req.params.id),
  );
  r.post(
    '/api/assessments/:id/criteria/:code/task',
    {
      schema: {
        tags,
        summary: 'Tạo nhiệm vụ trong kế hoạch năm hiện tại để nâng điểm tiêu chí',
        params: Params,
        body: CreateCriterionTaskRequest,
        response: { 201: CriterionTaskReply },
      },
    },
    async (req, reply) => reply.code(201).send(await createCriterionTask(app.db, req.requireActor(), req.params.id, req.params.code, req.body)),
  );
  r.get(
    '/api/assessments/:id/forecast',
    { schema: { tags, summary: 'Dự báo điểm theo số liệu hiện tại', params: IdParams, response: { 200: ForecastReply } } },
    async (req) => forecast(app.db, req.requireActor(), req.params.id),
  );
  r.get(
    '/api/assessments/:id/export.xlsx',
    { schema: { tags, summary: 'Bảng tự đánh giá (Excel)', params: IdParams, response: { 200: z.any() } } },
    async (req, reply) => {
      const file = await assessmentExcel(app.db, req.requireActor(), req.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentHeader(file.name))
        .send(file.bytes);
    },
  );
  r.get(
    '/api/assessments/:id/export.docx',
    { schema: { tags, summary: 'Báo cáo tự đánh giá (Word, thể thức NĐ 30/2020)', params: IdParams, response: { 200: z.any() } } },
    async (req, reply) => {
      const file = await assessmentWord(app.db, req.requireActor(), req.params.id, clock.today());
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachmentHeader(file.name))
        .send(file.bytes);
    },
  );
}
