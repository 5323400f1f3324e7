import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childProcessEnv } from '../../../test/child-env';

const CHILD = join(import.meta.dirname, 'import-crash-child.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'cchc-crash-'));
const ROWS = 3000;
// node itself runs the child with tsx as a loader: a SIGKILL sent to the tsx launcher would leave its node child running.
const NODE_ARGS = ['--import', 'tsx'];

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the child to the end and returns its last line. */
function run(mode: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, CHILD, dataDir, String(ROWS), mode], { env: childProcessEnv() });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').pop()!) : reject(new Error(`child ${mode} exited ${code}: ${err}`))));
  });
}

/** Starts an import and kills it with SIGKILL once it has written chunks inside its transaction. */
function runAndKill(): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, CHILD, dataDir, String(ROWS), 'import'], { env: childProcessEnv() });
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('progress')) child.kill('SIGKILL');
      else if (d.toString().includes('"total"')) reject(new Error('the import finished before it could be killed'));
    });
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('an import killed in the middle', () => {
  it('loses nothing and duplicates nothing when run again', { timeout: 240_000 }, async () => {
    await run('setup');
    expect(await runAndKill()).toBe('SIGKILL');
    // The killed batch never committed: the register is as it was.
    expect(JSON.parse(await run('count'))).toEqual({ dossiers: 0, events: 0, distinct: 0, received: 0 });
    expect(JSON.parse(await run('import'))).toEqual({ total: ROWS, created: ROWS, updated: 0, unchanged: 0 });
    expect(JSON.parse(await run('count'))).toEqual({ dossiers: ROWS, events: ROWS, distinct: ROWS, received: ROWS });
    // Sending the same file again changes nothing.
    expect(JSON.parse(await run('import'))).toEqual({ total: ROWS, created: 0, updated: 0, unchanged: ROWS });
    expect(JSON.parse(await run('count'))).toEqual({ dossiers: ROWS, events: ROWS, distinct: ROWS, received: ROWS });
  });
});
