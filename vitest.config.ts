import { defineConfig } from 'vitest/config';

// Three projects: pure domain rules, server integration on a real database, browser journeys.
// Integration tests share one database per worker (PGlite takes ~5 s to start): useTestApp() in test/harness.ts.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['domain/**/*.test.ts', 'contracts/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        test: {
          name: 'integration',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // Files of a worker share its module graph, hence one PGlite (≈5 s to start) per worker rather than per file:
          // half the suite's CPU time. Each test resets the database (test/harness.ts) and the clock it fixed.
          isolate: false,
          maxWorkers: 2,
          // Projects with different worker counts must run in separate groups.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // One seeded demo database per run and kind, copied into each file's server (e2e/seeded-snapshot.ts).
          globalSetup: ['e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
