// Staff attach files to an answer (uploaded through POST /api/files); once the answer is published the
// citizen downloads them from the public page, and never before.
import { eq } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { feedback } from '../../db/schema/index';
import { buildFile } from '../../../test/factories';
import { multipartBody, pngBytes } from './citizen.test-support';

const t = useTestApp();

const uploadAs = (user: string, unitCode: string, name: string, bytes: Buffer): Promise<string> =>
  buildFile(t, { as: user, unitCode, purpose: 'feedback-answer', name, bytes });

describe('answer attachments on the public page', () => {
  it('serves a published answer’s Word file as a download, and nothing before publication', async () => {
    const sent = await t.request({
      method: 'POST',
      url: '/api/public/feedback',
      ...multipartBody({ subjectKind: 'procedure', title: 'Hỏi điều kiện chuyển trường', content: 'Xin hướng dẫn.' }, [
        { name: 'don.png', bytes: await pngBytes() },
      ]),
    });
    const { code } = sent.json();
    const [row] = await t.database.db.select().from(feedback).where(eq(feedback.code, code));
    await t.request({ method: 'POST', url: `/api/feedback/${row.id}/route`, as: 'vanphong', payload: { unitId: t.unitId('THPT-TP') } });

    const doc = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hướng dẫn chuyển trường năm học 2026–2027')] }] }));
    const fileId = await uploadAs('truong', 'THPT-TP', 'Hướng dẫn chuyển trường.docx', doc);
    // A file of another unit cannot be slipped into the answer.
    const foreign = await uploadAs('pgdlechan', 'PGD-LC', 'khac.png', await pngBytes('khac'));
    const wrong = await t.request({
      method: 'POST',
      url: `/api/feedback/${row.id}/answer`,
      as: 'truong',
      payload: { answer: 'Xem tệp.', attachmentIds: [foreign] },
    });
    expect(wrong.statusCode).toBe(403);

    const answered = await t.request({
      method: 'POST',
      url: `/api/feedback/${row.id}/answer`,
      as: 'truong',
      payload: { answer: 'Nhà trường gửi hướng dẫn kèm theo.', attachmentIds: [fileId] },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().answerAttachmentIds).toEqual([fileId]);

    const url = `/api/public/feedback/${code}/answer-files/${fileId}`;
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/public/feedback/${code}` })).json().answerFiles).toEqual([]);

    expect((await t.request({ method: 'POST', url: `/api/feedback/${row.id}/publish`, as: 'vanphong' })).statusCode).toBe(200);
    const followed = (await t.request({ method: 'GET', url: `/api/public/feedback/${code}` })).json();
    expect(followed.answerFiles).toEqual([{ id: fileId, name: 'Hướng dẫn chuyển trường.docx', size: doc.length }]);

    const download = await t.request({ method: 'GET', url });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Huong dan chuyen truong.docx"; filename\*=UTF-8''/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    // Read the Word file back: it is the one the school uploaded.
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(download.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Hướng dẫn chuyển trường năm học 2026–2027');

    // The citizen's own photo is not served on the public page, nor an unknown code.
    expect((await t.request({ method: 'GET', url: `/api/public/feedback/${code}/answer-files/${row.attachmentIds[0]}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/public/feedback/PAKN-2026-ZZZZZZ/answer-files/${fileId}` })).statusCode).toBe(404);
  });
});
