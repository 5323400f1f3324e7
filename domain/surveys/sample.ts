/**
 * Draws the dossiers whose applicants are asked to answer a satisfaction survey: a sample stratified by
 * procedure with proportional allocation, reproducible from its seed so an inspector can redraw it.
 */
import { seededRandom } from '../random/seeded';

export interface SampleAllocation {
  procedureCode: string;
  population: number;
  /** Exact proportional share size × population ÷ total, before rounding. */
  quota: number;
  allocated: number;
}

export interface StratifiedSample<T> {
  seed: number;
  size: number;
  sample: T[];
  allocation: SampleAllocation[];
}

/** FNV-1a of the text mixed with the seed, so each stratum has its own stream. */
function streamSeed(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Largest-remainder (Hamilton) rounding of proportional quotas so they add up to exactly `size`. */
function allocate(strata: readonly { procedureCode: string; population: number }[], size: number): SampleAllocation[] {
  const total = strata.reduce((sum, s) => sum + s.population, 0);
  const rows = strata.map((s) => {
    const quota = total === 0 ? 0 : (size * s.population) / total;
    return { ...s, quota, allocated: Math.floor(quota) };
  });
  let left = size - rows.reduce((sum, r) => sum + r.allocated, 0);
  const order = [...rows].sort(
    (a, b) => b.quota - b.allocated - (a.quota - a.allocated) || b.population - a.population || (a.procedureCode < b.procedureCode ? -1 : 1),
  );
  for (const row of order) {
    if (left === 0) break;
    row.allocated += 1;
    left -= 1;
  }
  return rows;
}

/** Deterministic stratified sample: proportional allocation per procedure, seeded shuffle within each. */
export function drawStratifiedSample<T extends { code: string; procedureCode: string }>(
  dossiers: readonly T[],
  size: number,
  seed: number,
): StratifiedSample<T> {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`Cỡ mẫu phải là số nguyên không âm, nhận được ${size}.`);
  const byProcedure = new Map<string, T[]>();
  const seen = new Set<string>();
  for (const d of dossiers) {
    if (seen.has(d.code)) continue; // a dossier listed twice must not get two chances
    seen.add(d.code);
    byProcedure.set(d.procedureCode, [...(byProcedure.get(d.procedureCode) ?? []), d]);
  }
  const codes = [...byProcedure.keys()].sort();
  const population = seen.size;
  const target = Math.min(size, population);
  const allocation = allocate(
    codes.map((procedureCode) => ({ procedureCode, population: byProcedure.get(procedureCode)?.length ?? 0 })),
    target,
  );
  const sample: T[] = [];
  for (const row of allocation) {
    // Sorting first makes the draw independent of the order the dossiers were listed in.
    const stratum = [...(byProcedure.get(row.procedureCode) ?? [])].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const random = seededRandom(streamSeed(seed, row.procedureCode));
    for (let i = 0; i < row.allocated; i += 1) {
      const j = i + Math.floor(random() * (stratum.length - i));
      [stratum[i], stratum[j]] = [stratum[j], stratum[i]];
      sample.push(stratum[i]);
    }
  }
  return { seed, size: target, sample, allocation };
}
