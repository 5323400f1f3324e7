import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateSourceRequest,
  RunDetail,
  RunList,
  RunParams,
  SourceList,
  SourceParams,
  SourceRun,
  SourceView,
  UpdateSourceRequest,
} from '../../../contracts/sources';
import { SampleOptions, SamplePreview } from '../../../contracts/source-files';
import { MonthParams, ReconcileQuery, Reconciliation, ReportedCountsRequest } from '../../../contracts/source-reconcile';
import { reconcileSource, saveReportedCounts } from './reconcile.service';
import { DomainError } from '../../errors';
import { assertCanPreview, previewSample } from './profile.service';
import { attachSourceWorker } from './run-worker';
import { assertCanDrop, createSource, dropFile, getRun, getSource, listRuns, listSources, runNow, updateSource } from './source.service';

export async function sourceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // A run in progress gives its lease back on shutdown, so the next start resumes it at once.
  attachSourceWorker(app);
  const secret = app.config.sessionSecret;
  const dataDir = app.config.dataDir;
  r.get(
    '/api/sources',
    { schema: { tags: ['sources'], summary: 'Nguồn dữ liệu hồ sơ, lượt chạy gần nhất và độ mới của dữ liệu', response: { 200: SourceList } } },
    async (req) => listSources(app.db, req.requireActor(), dataDir),
  );
  r.post(
    '/api/sources',
    { schema: { tags: ['sources'], summary: 'Đăng ký nguồn dữ liệu (HTTP hoặc tệp)', body: CreateSourceRequest, response: { 201: SourceView } } },
    async (req, reply) => reply.code(201).send(await createSource(app.db, req.requireActor(), secret, dataDir, req.body)),
  );
  r.get('/api/sources/:id', { schema: { tags: ['sources'], summary: 'Một nguồn dữ liệu', params: SourceParams, response: { 200: SourceView } } }, async (req) =>
    getSource(app.db, req.requireActor(), dataDir, req.params.id),
  );
  r.patch(
    '/api/sources/:id',
    { schema: { tags: ['sources'], summary: 'Sửa nguồn dữ liệu', params: SourceParams, body: UpdateSourceRequest, response: { 200: SourceView } } },
    async (req) => updateSource(app.db, req.requireActor(), secret, dataDir, req.params.id, req.body),
  );
  r.post(
    '/api/sources/:id/runs',
    { schema: { tags: ['sources'], summary: 'Chạy ngay', params: SourceParams, response: { 202: SourceRun } } },
    async (req, reply) => reply.code(202).send(await runNow(app, req.requireActor(), req.params.id)),
  );
  r.get(
    '/api/sources/:id/runs',
    { schema: { tags: ['sources'], summary: 'Các lượt chạy của nguồn', params: SourceParams, response: { 200: RunList } } },
    async (req) => listRuns(app.db, req.requireActor(), req.params.id),
  );
  r.get(
    '/api/sources/:id/runs/:runId',
    { schema: { tags: ['sources'], summary: 'Một lượt chạy và các dòng bị từ chối', params: RunParams, response: { 200: RunDetail } } },
    async (req) => getRun(app.db, req.requireActor(), req.params.id, req.params.runId),
  );
  r.get(
    '/api/sources/:id/reconciliation',
    {
      schema: {
        tags: ['sources'],
        summary: 'Đối chiếu số liệu nguồn báo cáo với số liệu cchc tính, theo tháng',
        params: SourceParams,
        querystring: ReconcileQuery,
        response: { 200: Reconciliation },
      },
    },
    async (req) => reconcileSource(app.db, req.requireActor(), req.params.id, req.query.month),
  );
  r.put(
    '/api/sources/:id/reported-counts/:month',
    {
      schema: {
        tags: ['sources'],
        summary: 'Nhập số liệu tháng theo báo cáo của hệ thống nguồn',
        params: MonthParams,
        body: ReportedCountsRequest,
        response: { 200: Reconciliation },
      },
    },
    async (req) => saveReportedCounts(app.db, req.requireActor(), req.params.id, req.params.month, req.body),
  );
  r.post(
    '/api/sources/sample',
    {
      schema: {
        tags: ['sources'],
        summary: 'Đọc tệp mẫu: dòng tiêu đề, ánh xạ cột, 20 dòng kiểm tra (multipart: unitId, sheet, headerRow, headerDepth, mapping, file)',
        consumes: ['multipart/form-data'],
        response: { 200: SamplePreview },
      },
    },
    async (req) => {
      const actor = req.requireActor();
      assertCanPreview(actor);
      if (!req.isMultipart()) throw new DomainError('NOT_MULTIPART', 'Gửi tệp mẫu bằng biểu mẫu multipart/form-data với trường "file".', 415);
      const part = await req.file({ limits: { fileSize: app.config.maxUploadBytes } });
      if (!part) throw new DomainError('FILE_REQUIRED', 'Chưa chọn tệp mẫu .xlsx hoặc .csv.', 400);
      const fields = Object.fromEntries(
        Object.entries(part.fields)
          .map(([k, f]) => [k, (f as { value?: unknown }).value])
          .filter(([k, v]) => k !== 'file' && v !== undefined && v !== ''),
      );
      const options = SampleOptions.safeParse(fields);
      if (!options.success)
        throw new DomainError(
          'SOURCE_SAMPLE_OPTIONS',
          `Thông tin kèm tệp mẫu chưa đúng: ${options.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          400,
        );
      const bytes = await part.toBuffer().catch(() => {
        throw new DomainError(
          'FILE_TOO_LARGE',
          `Tệp mẫu lớn hơn ${Math.round(app.config.maxUploadBytes / 1024 / 1024)} MB; dùng một tệp ngắn hơn làm mẫu.`,
          413,
        );
      });
      return previewSample(app.db, actor, part.filename, bytes, options.data);
    },
  );
  r.post(
    '/api/sources/:id/files',
    {
      schema: {
        tags: ['sources'],
        summary: 'Nộp tệp báo cáo cho nguồn tệp (multipart: file)',
        params: SourceParams,
        consumes: ['multipart/form-data'],
        response: { 202: SourceRun },
      },
    },
    async (req, reply) => {
      const actor = req.requireActor();
      await assertCanDrop(app.db, actor, req.params.id);
      if (!req.isMultipart()) throw new DomainError('NOT_MULTIPART', 'Gửi tệp bằng biểu mẫu multipart/form-data với trường "file".', 415);
      const part = await req.file({ limits: { fileSize: app.config.maxUploadBytes } });
      if (!part) throw new DomainError('FILE_REQUIRED', 'Chưa chọn tệp .xlsx hoặc .csv.', 400);
      const bytes = await part.toBuffer().catch(() => {
        throw new DomainError(
          'FILE_TOO_LARGE',
          `Tệp lớn hơn ${Math.round(app.config.maxUploadBytes / 1024 / 1024)} MB; chép tệp vào thư mục nhận của nguồn thay vì tải lên.`,
          413,
        );
      });
      return reply.code(202).send(await dropFile(app, actor, req.params.id, part.filename, bytes));
    },
  );
}
