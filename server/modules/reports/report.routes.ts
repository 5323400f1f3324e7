import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../contracts/common';
import {
  CreateReportWindowRequest,
  ReportAggregation,
  ReportBoard,
  PublishTemplateRequest,
  ReportDocumentQuery,
  ReportSubmission,
  ReportTemplate,
  ReportWindowList,
  ReportWindowQuery,
  ReportWindowSummary,
  ReturnSubmissionRequest,
  SaveOfficeTextsRequest,
  SaveSubmissionRequest,
  SubmissionParams,
} from '../../../contracts/reports';
import { attachmentHeader } from '../files/file.routes';
import { getAggregation, saveOfficeTexts } from './report-aggregate.service';
import { exportWindowDocx, exportWindowXlsx } from './report-export.service';
import { approveReport, getSubmission, returnReport, saveSubmission, submitReport } from './report-submission.service';
import { createWindow, getBoard, listTemplates, listWindows, publishTemplate } from './report-window.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['reports'];

export async function reportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/reports/templates', { schema: { tags, summary: 'Mẫu báo cáo định kỳ', response: { 200: z.array(ReportTemplate) } } }, async (req) =>
    listTemplates(app.db, req.requireActor()),
  );
  r.post(
    '/api/reports/templates',
    { schema: { tags, summary: 'Ban hành mẫu báo cáo (phiên bản mới)', body: PublishTemplateRequest, response: { 201: ReportTemplate } } },
    async (req, reply) => reply.code(201).send(await publishTemplate(app.db, req.requireActor(), req.body)),
  );
  r.get(
    '/api/reports/windows',
    { schema: { tags, summary: 'Các kỳ báo cáo và tỷ lệ gửi', querystring: ReportWindowQuery, response: { 200: ReportWindowList } } },
    async (req) => listWindows(app.db, req.requireActor(), req.query.year),
  );
  r.post(
    '/api/reports/windows',
    { schema: { tags, summary: 'Mở kỳ báo cáo', body: CreateReportWindowRequest, response: { 201: ReportWindowSummary } } },
    async (req, reply) => reply.code(201).send(await createWindow(app.db, req.requireActor(), req.body)),
  );
  r.get(
    '/api/reports/windows/:id/board',
    { schema: { tags, summary: 'Bảng theo dõi gửi báo cáo', params: IdParams, response: { 200: ReportBoard } } },
    async (req) => getBoard(app.db, req.requireActor(), req.params.id),
  );
  r.get(
    '/api/reports/windows/:id/aggregate',
    { schema: { tags, summary: 'Tổng hợp báo cáo của Sở', params: IdParams, response: { 200: ReportAggregation } } },
    async (req) => getAggregation(app.db, req.requireActor(), req.params.id),
  );
  r.put(
    '/api/reports/windows/:id/office-texts',
    { schema: { tags, summary: 'Sửa nội dung báo cáo tổng hợp', params: IdParams, body: SaveOfficeTextsRequest, response: { 200: ReportAggregation } } },
    async (req) => saveOfficeTexts(app.db, req.requireActor(), req.params.id, req.body.texts),
  );
  r.get(
    '/api/reports/windows/:id/export.docx',
    { schema: { tags, summary: 'Báo cáo tổng hợp (Word, Nghị định 30/2020)', params: IdParams, querystring: ReportDocumentQuery, response: { 200: z.any() } } },
    async (req, reply) => {
      const file = await exportWindowDocx(app.db, req.requireActor(), req.params.id, req.query);
      return reply.header('content-type', DOCX).header('content-disposition', attachmentHeader(file.name)).send(file.bytes);
    },
  );
  r.get(
    '/api/reports/windows/:id/export.xlsx',
    { schema: { tags, summary: 'Bảng số liệu tổng hợp (Excel)', params: IdParams, response: { 200: z.any() } } },
    async (req, reply) => {
      const file = await exportWindowXlsx(app.db, req.requireActor(), req.params.id);
      return reply.header('content-type', XLSX).header('content-disposition', attachmentHeader(file.name)).send(file.bytes);
    },
  );
  const sub = '/api/reports/windows/:windowId/units/:unitId';
  r.get(sub, { schema: { tags, summary: 'Báo cáo của một đơn vị', params: SubmissionParams, response: { 200: ReportSubmission } } }, async (req) =>
    getSubmission(app.db, req.requireActor(), req.params.windowId, req.params.unitId),
  );
  r.put(
    sub,
    { schema: { tags, summary: 'Lưu nháp báo cáo', params: SubmissionParams, body: SaveSubmissionRequest, response: { 200: ReportSubmission } } },
    async (req) => saveSubmission(app.db, req.requireActor(), req.params.windowId, req.params.unitId, req.body),
  );
  r.post(`${sub}/submit`, { schema: { tags, summary: 'Gửi báo cáo', params: SubmissionParams, response: { 200: ReportSubmission } } }, async (req) =>
    submitReport(app.db, req.requireActor(), req.params.windowId, req.params.unitId),
  );
  r.post(
    `${sub}/return`,
    { schema: { tags, summary: 'Trả lại báo cáo để chỉnh sửa', params: SubmissionParams, body: ReturnSubmissionRequest, response: { 200: ReportSubmission } } },
    async (req) => returnReport(app.db, req.requireActor(), req.params.windowId, req.params.unitId, req.body.comment),
  );
  r.post(`${sub}/approve`, { schema: { tags, summary: 'Duyệt và khóa báo cáo', params: SubmissionParams, response: { 200: ReportSubmission } } }, async (req) =>
    approveReport(app.db, req.requireActor(), req.params.windowId, req.params.unitId),
  );
}
