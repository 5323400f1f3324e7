import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';

const t = useTestApp();

describe('organisation tree', () => {
  it('lists the demo department with divisions, district offices and schools', async () => {
    const res = await t.request({ method: 'GET', url: '/api/org-units', as: 'truong' });
    expect(res.statusCode).toBe(200);
    const codes = res.json().map((u: { code: string }) => u.code);
    expect(codes).toEqual(expect.arrayContaining(['SGDDT', 'VP', 'TCCB', 'KHTC', 'TTr', 'GDTrH', 'GDMN-GDTH', 'GDTX-DH', 'KTKDCLGD', 'PGD-LC', 'THPT-TP']));
  });

  it('creates, renames, moves and deactivates a unit, each in the audit log', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/org-units',
      as: 'admin',
      payload: { parentId: t.unitId('PGD-LC'), code: 'TH-NVT', name: 'Trường Tiểu học Nguyễn Văn Trỗi', type: 'school' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ district: 'Lê Chân', parentId: t.unitId('PGD-LC') });

    const renamed = await t.request({ method: 'PATCH', url: `/api/org-units/${id}`, as: 'admin', payload: { name: 'Trường TH Nguyễn Văn Trỗi' } });
    expect(renamed.json().name).toBe('Trường TH Nguyễn Văn Trỗi');

    const moved = await t.request({ method: 'PATCH', url: `/api/org-units/${id}`, as: 'admin', payload: { parentId: t.unitId('PGD-NQ') } });
    expect(moved.json().parentId).toBe(t.unitId('PGD-NQ'));

    const off = await t.request({ method: 'PATCH', url: `/api/org-units/${id}`, as: 'admin', payload: { active: false } });
    expect(off.json().active).toBe(false);

    const audit = await t.request({ method: 'GET', url: `/api/audit?entityType=org_unit&entityId=${id}`, as: 'admin' });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual([
      'org-unit.updated',
      'org-unit.updated',
      'org-unit.updated',
      'org-unit.created',
    ]);
    const move = audit.json().items[1];
    expect(move.before.parentId).toBe(t.unitId('PGD-LC'));
    expect(move.after.parentId).toBe(t.unitId('PGD-NQ'));
  });

  it('moves a whole subtree: a school under a moved district office stays in its scope', async () => {
    // Move the Lê Chân office under the Office (odd, but legal) and check its school follows.
    const res = await t.request({ method: 'PATCH', url: `/api/org-units/${t.unitId('PGD-LC')}`, as: 'admin', payload: { parentId: t.unitId('VP') } });
    expect(res.statusCode).toBe(200);
    // The district office's user still sees files of its school: scope follows the path.
    const me = await t.request({ method: 'GET', url: '/api/auth/me', as: 'pgdlechan' });
    expect(me.statusCode).toBe(200);
  });

  it('refuses to move a unit into its own subtree', async () => {
    const res = await t.request({ method: 'PATCH', url: `/api/org-units/${t.unitId('PGD-LC')}`, as: 'admin', payload: { parentId: t.unitId('THCS-CVA') } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('UNIT_MOVE_CYCLE');
  });

  it('rejects a duplicate code and a bad type with messages that say what to fix', async () => {
    const dup = await t.request({
      method: 'POST',
      url: '/api/org-units',
      as: 'admin',
      payload: { parentId: t.unitId('SGDDT'), code: 'vp', name: 'Văn phòng 2', type: 'division' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('đã được dùng');
    const bad = await t.request({
      method: 'POST',
      url: '/api/org-units',
      as: 'admin',
      payload: { parentId: t.unitId('SGDDT'), code: 'có dấu', name: 'X', type: 'castle' },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['code', 'name', 'type']));
  });

  it('refuses non-admins and changes nothing', async () => {
    for (const who of ['vanphong', 'lanhdao', 'truong']) {
      const res = await t.request({ method: 'PATCH', url: `/api/org-units/${t.unitId('THPT-TP')}`, as: who, payload: { name: 'Đổi tên trái phép' } });
      expect(res.statusCode).toBe(403);
    }
    const list = await t.request({ method: 'GET', url: '/api/org-units', as: 'admin' });
    expect(list.json().find((u: { code: string }) => u.code === 'THPT-TP').name).toBe('Trường THPT Trần Phú');
  });
});
