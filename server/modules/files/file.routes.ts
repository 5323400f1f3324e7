import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FileIdParams, StoredFile } from '../../../contracts/files';
import { DomainError } from '../../errors';
import { fileForRead, openFile, storeFile, toStoredFile } from './file.service';

/** RFC 6266 header that keeps Vietnamese names and never lets the browser render the file. */
export function attachmentHeader(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7E]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Sends a stored file as a download the browser never renders in the site's origin (attachment, nosniff,
 * sandbox): evidence and citizens' files are untrusted content.
 */
export function sendStoredFile(reply: FastifyReply, file: { name: string; mime: string; size: number }, body: unknown) {
  return reply
    .header('Content-Type', file.mime === 'text/plain' ? 'text/plain; charset=utf-8' : file.mime)
    .header('Content-Disposition', attachmentHeader(file.name))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "default-src 'none'; sandbox")
    .header('Content-Length', String(file.size))
    .send(body);
}

export async function fileRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/files',
    {
      schema: {
        tags: ['files'],
        summary: 'Tải lên tệp (multipart: trường unitId, purpose và một tệp "file")',
        consumes: ['multipart/form-data'],
        response: { 201: StoredFile },
      },
    },
    async (req, reply) => {
      const actor = req.requireActor();
      if (!req.isMultipart()) throw new DomainError('NOT_MULTIPART', 'Gửi tệp bằng biểu mẫu multipart/form-data với trường "file".', 415);
      const part = await req.file({ limits: { fileSize: app.config.maxUploadBytes + 1, files: 1 } });
      if (!part) throw new DomainError('FILE_MISSING', 'Chưa chọn tệp để tải lên (trường "file").', 400, { field: 'file' });
      const bytes = await part.toBuffer().catch(() => {
        throw new DomainError('FILE_TOO_LARGE', `Tệp lớn hơn ${Math.round(app.config.maxUploadBytes / 1048576)} MB; hãy nén hoặc chia nhỏ.`, 413, {
          field: 'file',
        });
      });
      const fields = part.fields as Record<string, { value?: unknown } | undefined>;
      const unitId = Number(fields.unitId?.value ?? actor.unitId);
      if (!Number.isInteger(unitId) || unitId <= 0) throw new DomainError('VALIDATION_FAILED', 'Trường unitId phải là mã số đơn vị.', 400, { field: 'unitId' });
      const purpose = typeof fields.purpose?.value === 'string' ? fields.purpose.value.slice(0, 40) : 'attachment';
      const stored = await storeFile(app.db, app.fileStore, actor, { name: part.filename, bytes, unitId, purpose, maxBytes: app.config.maxUploadBytes });
      return reply.code(201).send(stored);
    },
  );

  r.get('/api/files/:id', { schema: { tags: ['files'], summary: 'Thông tin tệp', params: FileIdParams, response: { 200: StoredFile } } }, async (req) =>
    toStoredFile(await fileForRead(app.db, req.requireActor(), req.params.id)),
  );

  r.get(
    '/api/files/:id/download',
    { schema: { tags: ['files'], summary: 'Tải xuống tệp (luôn dưới dạng tệp đính kèm)', params: FileIdParams, response: { 200: z.any() } } },
    async (req, reply) => {
      const { row, stream } = await openFile(app.db, app.fileStore, req.requireActor(), req.params.id);
      return sendStoredFile(reply, row, stream);
    },
  );
}
