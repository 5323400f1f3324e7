import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser tests keep this run's seeded demo databases (e2e/seeded-snapshot.ts). */
    e2eSnapshotDir: string;
  }
}

/** One folder per run for the seeded demo databases, removed when the run ends (nothing stale is ever reused). */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-e2e-snapshots-'));
  project.provide('e2eSnapshotDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
