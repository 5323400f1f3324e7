import type { Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { notFound } from '../../../errors';
import { fileRepository, type FileRow } from '../../files/file.repository';
import { feedbackFor } from './feedback-access';

/**
 * A file attached to a feedback, for whoever may read the feedback: the citizen's files are stored
 * under the unit they addressed, so the unit the Office routed it to could not reach them via /api/files.
 */
export async function feedbackAttachment(db: Db, actor: Actor, id: number, fileId: string): Promise<FileRow> {
  const row = await feedbackFor(db, actor, 'feedback:read', id);
  if (!row.attachmentIds.includes(fileId) && !row.answerAttachmentIds.includes(fileId)) throw notFound('tệp đính kèm của phản ánh này');
  const file = await fileRepository.findById(db, fileId);
  if (!file) throw notFound('tệp đính kèm của phản ánh này');
  return file;
}
