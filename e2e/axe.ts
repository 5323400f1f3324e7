import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

// Evaluated through the DevTools protocol: the site's CSP (script-src 'self') rightly refuses inline script tags.
const AXE = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
type Impact = (typeof IMPACTS)[number];
interface AxeResult {
  violations: Array<{ id: string; impact: Impact | null; nodes: Array<{ target: string[] }> }>;
}

/**
 * Runs axe-core in the page and returns the violations of at least `least` impact, as "rule: first target".
 * The first checks kept only serious and critical ones; the citizen pages' form states are held to all of them.
 */
export async function axeViolations(page: Page, least: Impact = 'serious'): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run());
  const floor = IMPACTS.indexOf(least);
  return result.violations.filter((v) => IMPACTS.indexOf(v.impact ?? 'minor') >= floor).map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}
