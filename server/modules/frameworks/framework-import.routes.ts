import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CompareQuery,
  CompareReply,
  FrameworkImportDetail,
  FrameworkImportList,
  ImportIdParams,
  PublishImportRequest,
  SaveImportRequest,
  StartImportRequest,
} from '../../../contracts/framework-imports';
import { FrameworkCodeParams, FrameworkDetail } from '../../../contracts/frameworks';
import { getImport, listImports, publishImport, saveImport, startImport } from './framework-import.service';
import { compareVersions } from './framework.service';

/** Routes of importing a framework from a decision's appendix, and of comparing versions. */
export async function frameworkImportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['frameworks'];
  // A base64 file is a third larger than the file itself.
  const bodyLimit = Math.ceil(app.config.maxUploadBytes * 1.4) + 64 * 1024;
  r.post(
    '/api/framework-imports',
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Nhập phụ lục bộ chỉ số từ quyết định (.docx, .xlsx, văn bản dán)',
        body: StartImportRequest,
        response: { 201: FrameworkImportDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await startImport(app.db, req.requireActor(), req.body, app.config.maxUploadBytes)),
  );
  r.get('/api/framework-imports', { schema: { tags, summary: 'Các bản nhập bộ chỉ số', response: { 200: FrameworkImportList } } }, async (req) =>
    listImports(app.db, req.requireActor()),
  );
  r.get(
    '/api/framework-imports/:id',
    { schema: { tags, summary: 'Một bản nhập: cây tiêu chí, đối chiếu câu gốc, lỗi', params: ImportIdParams, response: { 200: FrameworkImportDetail } } },
    async (req) => getImport(app.db, req.requireActor(), req.params.id),
  );
  r.put(
    '/api/framework-imports/:id',
    { bodyLimit, schema: { tags, summary: 'Lưu bản nháp đã sửa', params: ImportIdParams, body: SaveImportRequest, response: { 200: FrameworkImportDetail } } },
    async (req) => saveImport(app.db, req.requireActor(), req.params.id, req.body.document),
  );
  r.post(
    '/api/framework-imports/:id/publish',
    {
      schema: {
        tags,
        summary: 'Ban hành bản nhập thành phiên bản mới theo quyết định',
        params: ImportIdParams,
        body: PublishImportRequest,
        response: { 201: FrameworkDetail },
      },
    },
    async (req, reply) => reply.code(201).send(await publishImport(app.db, req.requireActor(), req.params.id, req.body)),
  );
  r.get(
    '/api/frameworks/:code/compare',
    {
      schema: {
        tags,
        summary: 'So sánh hai phiên bản: tiêu chí thêm, bỏ, thay đổi',
        params: FrameworkCodeParams,
        querystring: CompareQuery,
        response: { 200: CompareReply },
      },
    },
    async (req) => compareVersions(app.db, req.requireActor(), req.params.code, req.query.from, req.query.to),
  );
}
