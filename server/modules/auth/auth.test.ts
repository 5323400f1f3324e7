import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { users } from '../../db/schema/index';
import { MAX_FAILED_LOGINS } from './auth.service';

const t = useTestApp();

describe('login and sessions', () => {
  it('logs in a demo user with an HttpOnly SameSite cookie and tells who they are', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'vanphong', password: 'Demo@2025' } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/cchc_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookie.split(';')[0] } });
    expect(me.json()).toMatchObject({ username: 'vanphong', role: 'cchc_officer', unit: { code: 'VP', name: 'Văn phòng Sở' } });
    expect(me.body).not.toContain('passwordHash');
  });

  it('accepts the username in any case and with spaces', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: '  VanPhong ', password: 'Demo@2025' } });
    expect(res.statusCode).toBe(200);
  });

  it('answers the same for an unknown user and a wrong password', async () => {
    const unknown = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } });
    const wrong = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'vanphong', password: 'x' } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });

  it('refuses /me without a session, and after logout', async () => {
    expect((await t.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const cookie = await t.login('lanhdao');
    expect((await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('ignores a forged or tampered cookie', async () => {
    const cookie = await t.login('admin');
    const tampered = cookie.slice(0, -3) + 'abc';
    expect((await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: tampered } })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: 'cchc_session=abc' } })).statusCode).toBe(401);
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even for the right one`, async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'truong', password: 'sai-mat-khau' } });
    }
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'truong', password: 'Demo@2025' } });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(res.json().error.message).toMatch(/Thử lại sau \d+ phút/);
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'truong'));
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it('changes the password: old one stops working, other sessions end', async () => {
    const first = await t.login('tccb');
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { cookie: first },
      payload: { currentPassword: 'Demo@2025', newPassword: 'MatKhauMoi2026' },
    });
    expect(res.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(401);
    const old = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'tccb', password: 'Demo@2025' } });
    expect(old.statusCode).toBe(401);
    const fresh = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'tccb', password: 'MatKhauMoi2026' } });
    expect(fresh.statusCode).toBe(200);
  });

  it('rejects a weak new password and a wrong current one with field messages', async () => {
    const cookie = await t.login('tccb');
    const weak = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { cookie },
      payload: { currentPassword: 'Demo@2025', newPassword: 'abc' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.fields[0]).toMatchObject({ field: 'newPassword' });
    expect(weak.json().error.message).toContain('ít nhất 8 ký tự');
    const wrong = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { cookie },
      payload: { currentPassword: 'khong-dung', newPassword: 'MatKhauMoi2026' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toBe('Mật khẩu hiện tại không đúng.');
  });

  it('stores only argon2id hashes', async () => {
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'admin'));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
