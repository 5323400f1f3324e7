/**
 * Rules of the sub-indicators under a published external index result (PAR Index areas, SIPAS aspects…):
 * how a rank reads ("02/18") and what makes an entered table wrong. Pure, so the form and the server agree.
 */

export interface IndicatorInput {
  code: string;
  name: string;
  score: number | null;
  max: number | null;
  rank: number | null;
  rankOf: number | null;
}

export interface IndicatorProblem {
  /** 0-based row in the entered table. */
  row: number;
  field: 'code' | 'score' | 'rank';
  message: string;
}

/** "2 of 18" reads "02/18", as the province publishes it; null when either part is unknown. */
export function rankLabel(rank: number | null, rankOf: number | null): string | null {
  if (rank === null || rankOf === null) return null;
  return `${String(rank).padStart(2, '0')}/${String(rankOf).padStart(2, '0')}`;
}

/**
 * Every problem of an entered table at once (the user fixes them in one go). A sub-indicator without a
 * pool of its own is ranked in the result's pool, so its rank may not exceed that pool either.
 */
export function checkIndicators(rows: IndicatorInput[], resultRankOf: number | null): IndicatorProblem[] {
  const problems: IndicatorProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, row) => {
    const line = `Dòng ${row + 1}`;
    const code = r.code.trim().toUpperCase();
    const first = seen.get(code);
    if (first !== undefined)
      problems.push({ row, field: 'code', message: `${line}, cột 'Mã': mã "${r.code}" đã dùng ở dòng ${first + 1}; mỗi chỉ số thành phần một mã.` });
    else seen.set(code, row);
    if (r.score !== null && r.max !== null && r.score > r.max + 1e-9) {
      problems.push({ row, field: 'score', message: `${line}, cột 'Điểm': ${r.score} lớn hơn điểm tối đa ${r.max}; kiểm tra lại số liệu công bố.` });
    }
    const pool = r.rankOf ?? resultRankOf;
    if (r.rank !== null && pool !== null && r.rank > pool) {
      problems.push({ row, field: 'rank', message: `${line}, cột 'Thứ hạng': hạng ${r.rank} vượt quá số đơn vị xếp hạng (${pool}).` });
    }
  });
  return problems;
}
