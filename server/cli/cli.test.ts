import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs the real `cchc` binary against a throwaway embedded database. */
function cchc(dataDir: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'bin', 'cchc.js'), ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('cchc command line', () => {
  it('migrates, seeds, creates an admin, backs up and restores into an empty database', () => {
    const source = mkdtempSync(join(tmpdir(), 'cchc-cli-src-'));
    const target = mkdtempSync(join(tmpdir(), 'cchc-cli-dst-'));
    const dump = join(source, 'backup.cchc.gz');
    expect(cchc(source, 'migrate')).toContain('Đã cập nhật');
    expect(cchc(source, 'seed-demo')).toContain('Đã nạp dữ liệu mẫu');
    expect(cchc(source, 'seed-demo')).toContain('không nạp');
    expect(cchc(source, 'create-admin', '--username', 'quantri2', '--password', 'QuanTri2026')).toContain('quantri2');
    const backedUp = cchc(source, 'backup', dump);
    const rows = Number(/Đã sao lưu (\d+) dòng/.exec(backedUp)![1]);
    expect(rows).toBeGreaterThan(30);
    const restored = cchc(target, 'restore', dump);
    expect(restored).toContain(`Đã khôi phục ${rows} dòng`);
    // Restoring twice is refused: the target is no longer empty.
    expect(() => cchc(target, 'restore', dump)).toThrow();
  }, 240_000);
});
