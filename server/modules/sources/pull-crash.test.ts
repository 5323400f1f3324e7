// kill -9 in the middle of a pull, then a restart: the run is taken over where its last committed page left it,
// and the register ends equal to the source, no dossier doubled or lost, the cursor where it must be.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childProcessEnv } from '../../../test/child-env';
import { childDatabase, startTestStandin } from './source-test-data';
import type { OneStopStandin } from './standin/one-stop-server';

const CHILD = join(import.meta.dirname, '../../../test/children/pull-crash-child.ts');
// node runs the child with tsx as a loader: a SIGKILL sent to the tsx launcher would leave its node child running.
const NODE_ARGS = ['--import', 'tsx'];
const dataDir = mkdtempSync(join(tmpdir(), 'cchc-pull-crash-'));
let standin: OneStopStandin;
let env: NodeJS.ProcessEnv = { ...process.env };
let dropDatabase: (() => Promise<void>) | null = null;

beforeAll(async () => {
  standin = await startTestStandin({ count: 2000, malformedEvery: 400 });
  const own = await childDatabase('cchc_pull_crash');
  env = own.env;
  dropDatabase = own.drop;
});
afterAll(async () => {
  await standin?.close();
  await dropDatabase?.();
  rmSync(dataDir, { recursive: true, force: true });
});

function child(args: string[]) {
  return spawn(process.execPath, [...NODE_ARGS, CHILD, dataDir, ...args], { env: childProcessEnv(env) });
}

/** Runs the child to the end; returns its last line as JSON. */
function run(args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const c = child(args);
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`child ${args[0]} exited ${code}: ${err}`))));
  });
}

/** Starts the run and kills the process with SIGKILL once two pages are committed. */
function runAndKill(): Promise<{ signal: NodeJS.Signals | null; page: number }> {
  return new Promise((resolve, reject) => {
    const c = child(['run']);
    let page = 0;
    let buffer = '';
    c.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const msg = JSON.parse(line) as { page?: number; done?: boolean };
        if (msg.done) reject(new Error('the run finished before it could be killed'));
        if ((msg.page ?? 0) >= 2 && page === 0) {
          page = msg.page!;
          c.kill('SIGKILL');
        }
      }
    });
    c.on('exit', (_code, signal) => resolve({ signal, page }));
  });
}

describe('a pull killed in the middle', () => {
  it('resumes from its last committed page on the next start and ends equal to the source', { timeout: 300_000 }, async () => {
    await run(['setup', standin.url, standin.username, standin.password]);
    // Slow answers keep the run going long enough to be killed between pages.
    standin.faults.delayMs = 120;
    const killed = await runAndKill();
    expect(killed.signal).toBe('SIGKILL');
    standin.faults.delayMs = 0;

    const result = (await run(['resume'])) as { runs: Array<Record<string, unknown>>; events: number; distinct: number; cursor: string; register: string[] };
    const expected = standin.store.wellFormed().map((d) => `${d.record.MaHoSo}:${Number(d.record.TrangThaiHoSo)}`);
    expect(result.register).toEqual(expected);
    // One history entry per dossier: no page was written twice.
    expect(result.events).toBe(expected.length);
    expect(result.distinct).toBe(expected.length);
    expect(result.runs).toEqual([
      {
        status: 'succeeded',
        resumes: 1,
        cursorBefore: null,
        cursorAfter: '20250331100000',
        rowsCreated: expected.length,
        rowsRefused: 2000 - expected.length,
        error: null,
      },
    ]);
    expect(result.cursor).toBe('20250331100000');
  });
});
