import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';

const t = useTestApp();

describe('user administration', () => {
  it('creates a user who must change the password and can log in', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/users',
      as: 'admin',
      payload: { username: 'Thcs.CVA', fullName: 'Ngô Thị Hoa', role: 'unit_staff', unitId: t.unitId('THCS-CVA'), password: 'BatDau2026' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'thcs.cva', unitName: 'Trường THCS Chu Văn An', role: 'unit_staff' });
    const login = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'thcs.cva', password: 'BatDau2026' } });
    expect(login.json().mustChangePassword).toBe(true);
  });

  it('refuses a taken username', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/users',
      as: 'admin',
      payload: { username: 'vanphong', fullName: 'Trùng tên', role: 'unit_staff', unitId: t.unitId('VP'), password: 'BatDau2026' },
    });
    expect(res.statusCode).toBe(409);
  });

  it('deactivating a user ends their session at once', async () => {
    const cookie = await t.login('truong');
    const res = await t.request({ method: 'PATCH', url: `/api/users/${t.userId('truong')}`, as: 'admin', payload: { active: false } });
    expect(res.json().active).toBe(false);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const again = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'truong', password: 'Demo@2025' } });
    expect(again.statusCode).toBe(401);
  });

  it('resets a password and unlocks the account', async () => {
    for (let i = 0; i < 5; i++) await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'gdtrh', password: 'sai' } });
    const reset = await t.request({
      method: 'POST',
      url: `/api/users/${t.userId('gdtrh')}/reset-password`,
      as: 'admin',
      payload: { newPassword: 'MoiDatLai2026' },
    });
    expect(reset.statusCode).toBe(200);
    const login = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'gdtrh', password: 'MoiDatLai2026' } });
    expect(login.statusCode).toBe(200);
  });

  it('an admin cannot deactivate themselves', async () => {
    const res = await t.request({ method: 'PATCH', url: `/api/users/${t.userId('admin')}`, as: 'admin', payload: { active: false } });
    expect(res.statusCode).toBe(400);
  });

  it('leaders list users of the department; a school user cannot list or create users', async () => {
    const list = await t.request({ method: 'GET', url: '/api/users?q=nguy', as: 'lanhdao' });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((u: { username: string }) => u.username)).toContain('vanphong');
    expect((await t.request({ method: 'GET', url: '/api/users', as: 'truong' })).statusCode).toBe(403);
    const create = await t.request({
      method: 'POST',
      url: '/api/users',
      as: 'vanphong',
      payload: { username: 'hacker', fullName: 'Không phép', role: 'admin', unitId: t.unitId('VP'), password: 'BatDau2026' },
    });
    expect(create.statusCode).toBe(403);
    expect(create.body).not.toContain('hacker');
  });
});
