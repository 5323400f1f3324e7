// Vietnamese number display: decimal comma, dot between thousands ("1.234,5"), "1,44 điểm", "79,9%".

/** Rounds half up to `decimals` places, absorbing float noise first (0.95 × 1.5 = 1.4249999… rounds to 1.43). */
export function roundTo(n: number, decimals = 2): number {
  const f = 10 ** decimals;
  // toFixed(6) on the scaled value removes the binary error (…49999997) before the half-up decision.
  const r = Math.round(Number((n * f).toFixed(6))) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** A number the Vietnamese way, at most `decimals` places, trailing zeros dropped: 1.44 → "1,44", 2.5 → "2,5". */
export function formatViNumber(n: number, decimals = 2): string {
  const r = roundTo(n, decimals);
  const [int, frac] = Math.abs(r).toString().split('.');
  const grouped = int.length > 3 && !int.includes('e') ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  return `${r < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** A fraction as a Vietnamese percentage: 0.96 → "96%", 0.799 → "79,9%". */
export function formatViPercent(fraction: number): string {
  return `${formatViNumber(fraction * 100, 2)}%`;
}

/** Points with their unit: 1.425 → "1,43 điểm". */
export function formatViPoints(points: number): string {
  return `${formatViNumber(points, 2)} điểm`;
}
