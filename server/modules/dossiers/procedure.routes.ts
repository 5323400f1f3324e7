import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CreateProcedureRequest, Procedure, ProcedureIdParams, ProcedureImportReport } from '../../../contracts/dossiers';
import { authorize } from '../../auth/permissions';
import { DomainError } from '../../errors';
import { importProcedures, readProcedureWorkbook } from './procedure-import.service';
import { updateProcedure } from './procedure.service';

/** Editing the catalogue: one procedure by form, or many from the exported workbook (preview, then apply). */
export async function procedureRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.put(
    '/api/procedures/:id',
    { schema: { tags: ['dossiers'], summary: 'Sửa TTHC', params: ProcedureIdParams, body: CreateProcedureRequest, response: { 200: Procedure } } },
    async (req) => updateProcedure(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post(
    '/api/procedures/import',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Nhập danh mục TTHC từ Excel (multipart: apply=true|false, file); xem trước rồi ghi tất cả hoặc không ghi gì',
        consumes: ['multipart/form-data'],
        response: { 200: ProcedureImportReport },
      },
    },
    async (req) => {
      const actor = req.requireActor();
      authorize(actor, 'procedure:manage');
      if (!req.isMultipart()) throw new DomainError('NOT_MULTIPART', 'Gửi tệp bằng biểu mẫu multipart/form-data với trường "file".', 415);
      const part = await req.file({ limits: { fileSize: 20 * 1024 * 1024 } });
      if (!part) throw new DomainError('FILE_REQUIRED', 'Chưa chọn tệp Excel danh mục TTHC để nhập.', 400);
      if (!/\.xlsx$/i.test(part.filename)) throw new DomainError('IMPORT_FILE_TYPE', `Tệp "${part.filename}" không phải .xlsx.`, 400);
      const apply = String((part.fields.apply as { value?: unknown } | undefined)?.value ?? 'false') === 'true';
      return importProcedures(app.db, actor, await readProcedureWorkbook(await part.toBuffer()), apply);
    },
  );
}
