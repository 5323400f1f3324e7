// Shapes the criteria of area 7 share (seed 004): a done/not-done level, its rule, share bands, counted procedures.
import type { z } from 'zod';
import type { Criterion } from '../framework-schema';
export type CriterionData = z.input<typeof Criterion>;

export const yesNo = (full: string, none: string) => [
  {
    key: 'level',
    label: 'Mức thực hiện',
    type: 'level' as const,
    levels: [
      { key: 'full', label: full },
      { key: 'none', label: none },
    ],
  },
];
export const yesNoRule = (points: number) => ({
  type: 'level' as const,
  input: 'level',
  points: [
    { level: 'full', points },
    { level: 'none', points: 0 },
  ],
});
export const NOT_FULL = 'Không thực hiện hoặc thực hiện không đúng, không đầy đủ theo quy định';
export const noRule =
  'Kế hoạch (seed 004) chỉ nêu tên tiêu chí, không nêu điểm tối đa và cách chấm: mục giữ chỗ, điểm tối đa 0 cho tới khi có Phụ lục II của UBND thành phố.';
export const proceduresOf = (label: string) => ({ key: 'total', label, type: 'number' as const, unit: 'TTHC' });
export const shares = (top: number, mid: number, edgeTop: number, edgeMid: number) => [
  { min: edgeTop, points: top },
  { min: edgeMid, max: edgeTop, points: mid },
  { max: edgeMid, points: 0 },
];
