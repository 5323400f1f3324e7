import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CodeParams,
  CreateProcedureRequest,
  DossierActionRequest,
  DossierDetail,
  DossierImportReply,
  DossierImportRequest,
  DossierList,
  DossierListQuery,
  DossierStats,
  DossierStatsQuery,
  Procedure,
  ProcedureList,
  PublicDossier,
  PublicDossierQuery,
  ReceiveDossierRequest,
} from '../../../contracts/dossiers';
import { DomainError } from '../../errors';
import { DOSSIER_FORMS, renderDossierForm, type DossierFormKind } from './dossier-forms.service';
import { csvRows, excelRows } from './dossier-import-files';
import { assertCanImport, importDossiers } from './dossier-import.service';
import { dossierStats } from './dossier-stats.service';
import { setAtRiskWorkingDays } from './dossier-view';
import { actOnDossier } from './dossier/act-on-dossier';
import { getDossier } from './dossier/get-dossier';
import { listDossiers } from './dossier/list-dossiers';
import { lookupPublicDossier } from './dossier/lookup-public-dossier';
import { receiveDossier } from './dossier/receive-dossier';
import { exportDossiers } from './dossier-export.service';
import { createProcedure, exportProcedures, listProcedures } from './procedure.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function dossierRoutes(app: FastifyInstance) {
  setAtRiskWorkingDays(app.config.dossierAtRiskWorkingDays);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/procedures', { schema: { tags: ['dossiers'], summary: 'Danh mục TTHC', response: { 200: ProcedureList } } }, async (req) =>
    listProcedures(app.db, req.requireActor()),
  );
  r.post(
    '/api/procedures',
    { schema: { tags: ['dossiers'], summary: 'Thêm TTHC', body: CreateProcedureRequest, response: { 201: Procedure } } },
    async (req, reply) => reply.code(201).send(await createProcedure(app.db, req.requireActor(), req.body)),
  );
  r.get('/api/procedures/export', { schema: { tags: ['dossiers'], summary: 'Xuất danh mục TTHC (Excel)' } }, async (req, reply) =>
    reply
      .header('content-type', XLSX)
      .header('content-disposition', 'attachment; filename="danh-muc-tthc.xlsx"')
      .send(await exportProcedures(app.db, req.requireActor())),
  );
  r.get(
    '/api/dossiers',
    { schema: { tags: ['dossiers'], summary: 'Sổ theo dõi hồ sơ', querystring: DossierListQuery, response: { 200: DossierList } } },
    async (req) => listDossiers(app.db, req.requireActor(), req.query),
  );
  r.get(
    '/api/dossiers/export',
    { schema: { tags: ['dossiers'], summary: 'Xuất sổ theo dõi hồ sơ (Excel)', querystring: DossierListQuery } },
    async (req, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', 'attachment; filename="so-theo-doi-ho-so.xlsx"')
        .send(await exportDossiers(app.db, req.requireActor(), req.query)),
  );
  r.get(
    '/api/dossiers/stats',
    { schema: { tags: ['dossiers'], summary: 'Số liệu bảng điều khiển hồ sơ', querystring: DossierStatsQuery, response: { 200: DossierStats } } },
    async (req) => dossierStats(app.db, req.requireActor(), req.query),
  );
  r.post(
    '/api/dossiers',
    { schema: { tags: ['dossiers'], summary: 'Tiếp nhận hồ sơ', body: ReceiveDossierRequest, response: { 201: DossierDetail } } },
    async (req, reply) => reply.code(201).send(await receiveDossier(app.db, req.requireActor(), req.body)),
  );
  r.post(
    '/api/dossiers/import',
    {
      bodyLimit: 50 * 1024 * 1024,
      schema: { tags: ['dossiers'], summary: 'Nhập lô hồ sơ (JSON, tối đa 10.000 dòng/lô)', body: DossierImportRequest, response: { 200: DossierImportReply } },
    },
    async (req) =>
      importDossiers(
        app.db,
        req.requireActor(),
        req.body.source,
        req.body.rows.map((raw, i) => ({ row: i + 1, raw })),
      ),
  );
  r.post(
    '/api/dossiers/import/file',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Nhập hồ sơ từ tệp CSV hoặc Excel (multipart: file, source)',
        consumes: ['multipart/form-data'],
        response: { 200: DossierImportReply },
      },
    },
    async (req) => {
      const actor = req.requireActor();
      assertCanImport(actor);
      if (!req.isMultipart()) throw new DomainError('NOT_MULTIPART', 'Gửi tệp bằng biểu mẫu multipart/form-data với trường "file".', 415);
      const part = await req.file({ limits: { fileSize: 1024 * 1024 * 1024 } });
      if (!part) throw new DomainError('FILE_REQUIRED', 'Chưa chọn tệp CSV hoặc Excel để nhập.', 400);
      const source = String((part.fields.source as { value?: unknown } | undefined)?.value ?? 'import');
      const isExcel = /\.xlsx$/i.test(part.filename);
      if (!isExcel && !/\.csv$/i.test(part.filename)) throw new DomainError('IMPORT_FILE_TYPE', `Tệp "${part.filename}" không phải .csv hoặc .xlsx.`, 400);
      return importDossiers(app.db, actor, source, isExcel ? excelRows(part.file) : csvRows(part.file));
    },
  );
  r.get(
    '/api/dossiers/:code',
    { schema: { tags: ['dossiers'], summary: 'Chi tiết hồ sơ và lịch sử', params: CodeParams, response: { 200: DossierDetail } } },
    async (req) => getDossier(app.db, req.requireActor(), req.params.code),
  );
  r.post(
    '/api/dossiers/:code/events',
    { schema: { tags: ['dossiers'], summary: 'Ghi một bước xử lý hồ sơ', params: CodeParams, body: DossierActionRequest, response: { 200: DossierDetail } } },
    async (req) => actOnDossier(app.db, req.requireActor(), req.params.code, req.body),
  );
  r.get(
    '/api/dossiers/:code/forms/:kind',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'In mẫu phiếu Thông tư 03/2025 (Word)',
        params: CodeParams.extend({ kind: z.enum(Object.keys(DOSSIER_FORMS) as [DossierFormKind, ...DossierFormKind[]]) }),
      },
    },
    async (req, reply) => {
      const { fileName, bytes } = await renderDossierForm(app.db, req.requireActor(), req.params.code, req.params.kind);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(fileName)}"`)
        .send(bytes);
    },
  );
  r.get(
    '/api/public/dossiers/:code',
    {
      config: { public: true, rateLimit: { max: app.config.rateLimits.publicPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Tra cứu hồ sơ (mã hồ sơ + 4 số cuối điện thoại)',
        params: CodeParams,
        querystring: PublicDossierQuery,
        response: { 200: PublicDossier },
      },
    },
    async (req) => lookupPublicDossier(app.db, req.params.code, req.query.phone4),
  );
}
