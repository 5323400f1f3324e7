import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

// In memory: loadConfig then neither creates DATA_DIR nor writes a session secret.
const load = (env: Record<string, string>) => loadConfig(env, { inMemoryDatabase: true });

describe('configuration from the environment', () => {
  it('has the documented defaults', () => {
    const config = load({});
    expect(config).toMatchObject({
      trustProxy: false,
      dossierAtRiskWorkingDays: 2,
      taskReminderDaysBefore: 7,
      publicSite: { contact: null, senderRequired: false },
    });
    expect(config.webDist).toMatch(/web[\\/]dist$/);
  });

  it('reads the proxy, the public site and the web build folder', () => {
    const config = load({
      TRUST_PROXY: 'true',
      FEEDBACK_REQUIRE_SENDER: 'true',
      PUBLIC_CONTACT: ' Văn phòng Sở: 0225 3841 234 ',
      CCHC_WEB_DIST: '/tmp/cchc-web',
    });
    expect(config).toMatchObject({ trustProxy: true, webDist: '/tmp/cchc-web', publicSite: { contact: 'Văn phòng Sở: 0225 3841 234', senderRequired: true } });
  });

  it('stops on a yes/no setting that is neither true nor false, naming the variable', () => {
    expect(() => load({ TRUST_PROXY: 'yes' })).toThrow(ConfigError);
    expect(() => load({ FEEDBACK_REQUIRE_SENDER: '1' })).toThrow('Biến môi trường FEEDBACK_REQUIRE_SENDER="1" không hợp lệ: cần true hoặc false.');
  });

  it('reads the at-risk threshold of dossiers in working days, 0–30', () => {
    expect(load({ DOSSIER_AT_RISK_DAYS: '3' }).dossierAtRiskWorkingDays).toBe(3);
    expect(() => load({ DOSSIER_AT_RISK_DAYS: 'hai' })).toThrow('DOSSIER_AT_RISK_DAYS="hai" không hợp lệ: cần số nguyên từ 0 đến 30.');
  });

  it("reads the demo source's switch (on/off) and port", () => {
    expect(load({}).demoSource).toEqual({ enabled: true, port: 0 });
    expect(load({ DEMO_SOURCE: 'off', DEMO_SOURCE_PORT: '4810' }).demoSource).toEqual({ enabled: false, port: 4810 });
    expect(() => load({ DEMO_SOURCE: 'no' })).toThrow('Biến môi trường DEMO_SOURCE="no" không hợp lệ: cần on hoặc off.');
  });

  it('stops on a reminder lead time outside 0–60 days', () => {
    expect(load({ TASK_REMINDER_DAYS_BEFORE: '0' }).taskReminderDaysBefore).toBe(0);
    expect(() => load({ TASK_REMINDER_DAYS_BEFORE: '61' })).toThrow('TASK_REMINDER_DAYS_BEFORE="61" không hợp lệ: cần số nguyên từ 0 đến 60.');
  });
});
