// Sums the phases of `npm test` (Vitest JSON reports in a folder) and names every failing test, so the reason
// is in the last lines CI prints. Usage: node scripts/test-summary.mjs <results-dir> [summary-file]
// The last line is "N passed, N failed"; with a summary file, the failing names and that line are written there too.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [dir, summaryFile] = process.argv.slice(2);
const MAX_NAMES = 120; // lines: a failing test's name and up to four lines of its message
let passed = 0;
let failed = 0;
const failures = [];
const phases = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const phase = file.replace(/\.json$/, '');
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const p = report.numPassedTests ?? 0;
  const f = report.numFailedTests ?? 0;
  passed += p;
  failed += f;
  phases.push(`  ${phase.padEnd(14)}${p} passed, ${f} failed`);
  let named = 0;
  for (const suite of report.testResults ?? []) {
    const path = suite.name ? relative(process.cwd(), suite.name) : '?';
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      named++;
      failures.push(`  FAILED [${phase}] ${path} › ${[...(test.ancestorTitles ?? []), test.title].join(' › ')}`);
      // The first lines of why (the assertion and its values): CI shows only the end of the log.
      const why = stripColours(String(test.failureMessages?.[0] ?? ''))
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('at '))
        .slice(0, 4);
      for (const l of why) failures.push(`      ${l.slice(0, 220)}`);
    }
    // A file that failed to load (syntax error, failing hook) has no failed assertions of its own.
    if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed')) {
      named++;
      failures.push(
        `  FAILED [${phase}] ${path}: ${String(suite.message ?? 'the file failed to run')
          .split('\n')[0]
          .slice(0, 200)}`,
      );
    }
  }
  if (f > 0 && named === 0) failures.push(`  FAILED [${phase}] ${report.message ?? 'the phase failed without a test result'}`);
}
function stripColours(text) {
  return text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
}

const shown = failures.slice(0, MAX_NAMES);
if (failures.length > MAX_NAMES) shown.push(`  … and ${failures.length - MAX_NAMES} more lines`);
const line = `${passed} passed, ${failed} failed`;
const tail = [...shown, line].join('\n');
console.log([...phases, ...(shown.length ? ['', 'Failing tests:', ...shown] : []), line].join('\n'));
if (summaryFile) writeFileSync(summaryFile, tail + '\n');
process.exit(failed > 0 ? 1 : 0);
