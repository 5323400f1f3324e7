import { describe, expect, it } from 'vitest';
import { PDF, uploadFile } from '../../../test/factories';
import { useTestApp } from '../../../test/harness';

const t = useTestApp();

const upload = (as: string, unitCode: string, file: { name: string; bytes: Buffer; type?: string }) => uploadFile(t, { as, unitCode, ...file });

describe('file store', () => {
  it('stores a PDF by content hash and serves it only as an attachment', async () => {
    const res = await upload('truong', 'THPT-TP', { name: 'Báo cáo quý I.pdf', bytes: PDF });
    expect(res.statusCode).toBe(201);
    const file = res.json();
    expect(file.mime).toBe('application/pdf');
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const dl = await t.request({ method: 'GET', url: `/api/files/${file.id}/download`, as: 'truong' });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^attachment; filename="Bao cao quy I.pdf"; filename\*=UTF-8''B%C3%A1o/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.rawPayload.equals(PDF)).toBe(true);
  });

  it('stores the same bytes once', async () => {
    const a = (await upload('truong', 'THPT-TP', { name: 'a.pdf', bytes: PDF })).json();
    const b = (await upload('truong', 'THPT-TP', { name: 'b.pdf', bytes: PDF })).json();
    expect(a.sha256).toBe(b.sha256);
    expect(a.id).not.toBe(b.id);
  });

  it('judges the type by content: HTML named .pdf is refused, an executable too', async () => {
    const html = await upload('truong', 'THPT-TP', {
      name: 'minh-chung.pdf',
      bytes: Buffer.from('<html><script>alert(1)</script></html>'),
      type: 'application/pdf',
    });
    expect(html.statusCode).toBe(415);
    expect(html.json().error.message).toContain('minh-chung.pdf');
    const exe = await upload('truong', 'THPT-TP', { name: 'x.docx', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]) });
    expect(exe.statusCode).toBe(415);
  });

  it('refuses an empty file and one over the size limit', async () => {
    expect((await upload('truong', 'THPT-TP', { name: 'rong.txt', bytes: Buffer.alloc(0) })).statusCode).toBe(400);
    const big = await upload('truong', 'THPT-TP', { name: 'lon.txt', bytes: Buffer.alloc(t.config.maxUploadBytes + 10, 0x61) });
    expect(big.statusCode).toBe(413);
  });

  it('another school cannot upload for, or download from, a unit outside its scope', async () => {
    const file = (await upload('truong', 'THPT-TP', { name: 'noi-bo.pdf', bytes: PDF })).json();
    const other = await t.request({ method: 'GET', url: `/api/files/${file.id}/download`, as: 'pgdlechan' });
    expect(other.statusCode).toBe(403);
    expect(other.body).not.toContain('noi-bo');
    const info = await t.request({ method: 'GET', url: `/api/files/${file.id}`, as: 'pgdlechan' });
    expect(info.statusCode).toBe(403);
    // A file that does not exist answers the same to them: nothing learnt.
    const ghost = await t.request({ method: 'GET', url: `/api/files/00000000-0000-4000-8000-000000000000`, as: 'pgdlechan' });
    expect(ghost.statusCode).toBe(403);
    const cross = await upload('pgdlechan', 'THPT-TP', { name: 'x.pdf', bytes: PDF });
    expect(cross.statusCode).toBe(403);
    // The Office (department scope) can read it.
    expect((await t.request({ method: 'GET', url: `/api/files/${file.id}/download`, as: 'vanphong' })).statusCode).toBe(200);
  });

  it('a district office reads files of its own schools', async () => {
    const file = (await upload('pgdlechan', 'THCS-CVA', { name: 'truong-con.pdf', bytes: PDF })).json();
    expect((await t.request({ method: 'GET', url: `/api/files/${file.id}/download`, as: 'pgdlechan' })).statusCode).toBe(200);
  });
});
