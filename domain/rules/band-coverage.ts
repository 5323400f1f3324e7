// Gaps and overlaps of a bands rule over the values its measure can take. A value in no band (seed 004's 7.3:
// "trên 200" and "từ 52 – 199" leave exactly 200 out) or in two bands (only the first would count) is a
// reading of the decision that a person must settle, so a framework with one cannot be published.
import type { Band } from './framework-shapes';
import { inBand } from './rule-value';
import { formatViNumber, formatViPercent } from './vi-format';

/** The values a measure can take: a share runs from 0 to 1, a count from 0 up; counts may be whole only. */
export type BandDomain = { max?: number; integer: boolean; percent: boolean };

/** A run of values covered by no band (gap) or by several (overlap), with the bands involved and words for it. */
export type BandProblem = { kind: 'gap' | 'overlap'; from: number; to: number; bands: number[]; text: string };

type Probe = { at: number; point: boolean; lo: number; hi: number };

// Coverage is constant on each edge and on each open stretch between two neighbouring edges, so probing one
// value of each is exhaustive.
function probes(bands: Band[], domain: BandDomain): Probe[] {
  const edges = new Set<number>([0]);
  if (domain.max !== undefined) edges.add(domain.max);
  for (const b of bands) for (const e of [b.min, b.max]) if (e !== undefined && e >= 0 && (domain.max === undefined || e <= domain.max)) edges.add(e);
  const sorted = [...edges].sort((a, b) => a - b);
  const out: Probe[] = [];
  sorted.forEach((e, i) => {
    out.push({ at: e, point: true, lo: e, hi: e });
    const next = sorted[i + 1] ?? (domain.max === undefined ? e + 2 : undefined);
    if (next !== undefined && next > e) out.push({ at: (e + next) / 2, point: false, lo: e, hi: next });
  });
  return out;
}

// An open stretch of whole counts is empty when no whole number lies strictly inside it.
function holdsValues(p: Probe, domain: BandDomain): boolean {
  if (!domain.integer) return true;
  if (p.point) return Number.isInteger(p.at);
  return Math.floor(p.lo) + 1 < p.hi;
}

function show(n: number, domain: BandDomain): string {
  return domain.percent ? formatViPercent(n) : formatViNumber(n);
}

function describe(kind: BandProblem['kind'], first: Probe, last: Probe, domain: BandDomain, bands: number[], open: boolean): string {
  const what = kind === 'gap' ? 'không thuộc khoảng nào' : `thuộc cùng lúc các khoảng ${bands.map((b) => b + 1).join(', ')}`;
  if (domain.integer) {
    const lo = first.point ? first.at : Math.floor(first.lo) + 1;
    const hi = last.point ? last.at : Math.ceil(last.hi) - 1;
    if (open && kind === 'gap') return `giá trị từ ${show(lo, domain)} trở lên ${what}`;
    return lo === hi ? `giá trị đúng bằng ${show(lo, domain)} ${what}` : `giá trị từ ${show(lo, domain)} đến ${show(hi, domain)} ${what}`;
  }
  if (first === last && first.point) return `giá trị đúng bằng ${show(first.at, domain)} ${what}`;
  if (open && kind === 'gap') return `giá trị ${first.point ? 'từ' : 'trên'} ${show(first.lo, domain)} trở lên ${what}`;
  const from = `${first.point ? 'từ' : 'trên'} ${show(first.lo, domain)}`;
  const to = `${last.point ? 'đến' : 'đến dưới'} ${show(last.hi, domain)}`;
  return `giá trị ${from} ${to} ${what}`;
}

/** Every gap and overlap of the bands over the domain, merged into runs, in increasing order. */
export function findBandProblems(bands: Band[], domain: BandDomain): BandProblem[] {
  const out: BandProblem[] = [];
  let run: { kind: BandProblem['kind']; first: Probe; last: Probe; bands: Set<number> } | null = null;
  const all = probes(bands, domain);
  const flush = (open: boolean) => {
    if (!run) return;
    const list = [...run.bands].sort((a, b) => a - b);
    out.push({ kind: run.kind, from: run.first.lo, to: run.last.hi, bands: list, text: describe(run.kind, run.first, run.last, domain, list, open) });
    run = null;
  };
  all.forEach((p, i) => {
    if (!holdsValues(p, domain)) return;
    const hits = bands.map((b, n) => (inBand(p.at, b) ? n : -1)).filter((n) => n >= 0);
    const kind = hits.length === 0 ? 'gap' : hits.length > 1 ? 'overlap' : null;
    if (kind === null || (run && run.kind !== kind)) flush(false);
    if (kind === null) return;
    if (!run) run = { kind, first: p, last: p, bands: new Set(hits) };
    else {
      run.last = p;
      hits.forEach((h) => run!.bands.add(h));
    }
    if (i === all.length - 1) flush(domain.max === undefined);
  });
  flush(false);
  return out;
}
