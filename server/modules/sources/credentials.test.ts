// A source's password never appears in clear: not in the server's log (debug level, failed and retried calls
// included), not in any API answer, not in the audit log, not in a backup; and it reads back only with the secret.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childProcessEnv } from '../../../test/child-env';
import { openCredentials, sealCredentials } from './credentials';
import { childDatabase, startTestStandin } from './source-test-data';
import type { OneStopStandin } from './standin/one-stop-server';

const CHILD = join(import.meta.dirname, '../../../test/children/credentials-child.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'cchc-credentials-'));
let standin: OneStopStandin;
let own: Awaited<ReturnType<typeof childDatabase>>;

beforeAll(async () => {
  standin = await startTestStandin({ count: 1200, password: 'Mk-Nguon-7f3a9c-Bi-Mat' });
  own = await childDatabase('cchc_credentials');
});
afterAll(async () => {
  await standin?.close();
  await own?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('source credentials', () => {
  it('are sealed with the server secret and open only with it', () => {
    const sealed = sealCredentials('secret-one-secret-one-secret-one-1', { username: 'u', password: 'p@ss' });
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('p@ss');
    expect(openCredentials('secret-one-secret-one-secret-one-1', sealed)).toEqual({ username: 'u', password: 'p@ss' });
    expect(() => openCredentials('another-secret-another-secret-another', sealed)).toThrow(/khóa bí mật khác/);
  });

  it('never appear in logs, API answers, the audit log or a backup', { timeout: 180_000 }, async () => {
    standin.faults.fail500.add(1);
    const backup = join(dataDir, 'backup.cchc.gz');
    const output = await new Promise<string>((resolve, reject) => {
      const c = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, standin.url, standin.username, standin.password, backup], {
        env: childProcessEnv(own.env),
      });
      let text = '';
      c.stdout.on('data', (d) => (text += d));
      c.stderr.on('data', (d) => (text += d));
      c.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`child exited ${code}: ${text.slice(-3000)}`))));
    });
    // The run with the wrong password failed, the one after the correction succeeded after a retried 500.
    expect(output).toMatch(/DONE succeeded,failed/);
    expect(output).toContain('Sai tên đăng nhập hoặc mật khẩu');
    expect(output).toContain('source call retried');
    expect(output).toContain('"credentials":{"set":true,"username":"cchc-dongbo"}');
    expect(output).not.toContain(standin.password);
    const dump = gunzipSync(readFileSync(backup)).toString('utf8');
    expect(dump).toContain('"credentials":"v1.');
    expect(dump).not.toContain(standin.password);
  });
});
