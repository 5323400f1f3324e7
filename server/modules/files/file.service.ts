import type { Readable } from 'node:stream';
import type { StoredFile } from '../../../contracts/files';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, forbidden, notFound } from '../../errors';
import { acceptedTypesText, detectContentType } from '../../files/content-type';
import type { FileStore } from '../../files/file-store';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { fileRepository, type FileRow } from './file.repository';

/** A file's record as the API shows it. */
export function toStoredFile(row: FileRow): StoredFile {
  return { id: row.id, name: row.name, size: row.size, mime: row.mime, sha256: row.sha256, unitId: row.unitId, createdAt: row.createdAt.toISOString() };
}

/** Cleans a file name for storage and for the download header: no paths, no control characters. */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop()!;
  // eslint-disable-next-line no-control-regex
  const base = last.replace(/[\u0000-\u001F\u007F"]/g, '').trim();
  return (base || 'tep-dinh-kem').slice(0, 200);
}

/**
 * Stores an upload for a unit: checks the size and the type from the content, stores the bytes
 * by hash and records who uploaded what. Other features link to the returned id.
 */
export async function storeFile(
  exec: Executor,
  store: FileStore,
  actor: Actor | null,
  input: { name: string; bytes: Buffer; unitId: number; purpose?: string; maxBytes: number },
): Promise<StoredFile> {
  const unit = await orgUnitRepository.findById(exec, input.unitId);
  if (actor) authorize(actor, 'file:upload', unit ? { path: unit.path } : null);
  else if (!unit) throw forbidden();
  if (input.bytes.length === 0) throw new DomainError('FILE_EMPTY', `Tệp "${input.name}" rỗng; chọn lại tệp.`, 400, { field: 'file' });
  if (input.bytes.length > input.maxBytes) {
    throw new DomainError('FILE_TOO_LARGE', `Tệp "${input.name}" lớn hơn ${Math.round(input.maxBytes / 1048576)} MB; hãy nén hoặc chia nhỏ.`, 413, {
      field: 'file',
    });
  }
  const mime = await detectContentType(input.bytes);
  if (!mime) {
    throw new DomainError(
      'FILE_TYPE_NOT_ALLOWED',
      `Tệp "${input.name}" không thuộc loại được chấp nhận (nhận dạng theo nội dung). Loại được nhận: ${acceptedTypesText()}.`,
      415,
      { field: 'file' },
    );
  }
  const { sha256, size } = await store.put(input.bytes);
  const row = await fileRepository.insert(exec, {
    sha256,
    size,
    mime,
    name: safeFileName(input.name),
    unitId: input.unitId,
    uploadedBy: actor?.userId ?? null,
    purpose: input.purpose ?? 'attachment',
  });
  await recordAudit(exec, actor, { action: 'file.uploaded', entityType: 'file', entityId: row.id, unitId: row.unitId, after: toStoredFile(row) });
  return toStoredFile(row);
}

/** Loads a file's record if the actor may read it (its unit is in their scope). */
export async function fileForRead(db: Db, actor: Actor, id: string): Promise<FileRow> {
  authorize(actor, 'file:read');
  const row = await fileRepository.findById(db, id);
  if (!row) throw actor.scopePath === '/' ? notFound('tệp') : forbidden();
  const unit = await orgUnitRepository.findById(db, row.unitId);
  authorize(actor, 'file:read', unit ? { path: unit.path } : null);
  return row;
}

/** Opens the bytes of a file the actor may read. */
export async function openFile(db: Db, store: FileStore, actor: Actor, id: string): Promise<{ row: FileRow; stream: Readable }> {
  const row = await fileForRead(db, actor, id);
  return { row, stream: await store.open(row.sha256) };
}
