// Demo external indices. Only what seed 002 states is real: the 2021 PAR Index (97.65 points, 02/18) with
// its areas' ranks, and the 2021 SIPAS rank 15/21 among departments. Every other figure is illustrative and
// says so in its note, so nobody mistakes it for a published result.
import { eq } from 'drizzle-orm';
import type { DemoContext } from '../../demo/demo-context';
import { externalIndexIndicators } from '../../db/schema/index';
import { frameworkRepository } from '../frameworks/framework.repository';

const SEED_NOTE = 'Theo Kế hoạch khắc phục hạn chế (seed 002): kết quả năm 2021 đã công bố.';
const ILLUSTRATIVE = 'Số liệu minh họa của bản demo, không phải kết quả công bố thật.';

type Area = [code: string, name: string, score: number | null, max: number | null, rank: number | null];
interface DemoResult {
  index: 'PAR' | 'SIPAS' | 'PAPI' | 'PCI' | 'ICT' | 'DTI';
  year: number;
  score: number | null;
  rank: number | null;
  rankOf: number;
  note: string;
  areas: Area[];
}

const PAR_AREAS = [
  'Công tác chỉ đạo, điều hành CCHC',
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng chính quyền điện tử, chính quyền số',
];
/** Seed 002, "Thực trạng (xếp hạng …/18)" of areas 1–7 in 2021. */
const PAR_2021_RANKS = [5, 1, 11, 1, 1, 3, 2];
const PAR_MAX = [11, 9, 14, 9, 15, 10, 12];
const PAR_2024_SCORES = [10.5, 8.75, 12.6, 9, 14.25, 9.5, 11.4];

const RESULTS: DemoResult[] = [
  {
    index: 'PAR',
    year: 2021,
    score: 97.65,
    rank: 2,
    rankOf: 18,
    note: SEED_NOTE,
    areas: PAR_AREAS.map((n, i) => [`LV${i + 1}`, n, null, null, PAR_2021_RANKS[i]!]),
  },
  {
    index: 'PAR',
    year: 2024,
    score: 93.8,
    rank: 2,
    rankOf: 18,
    note: ILLUSTRATIVE,
    areas: PAR_AREAS.map((n, i) => [`LV${i + 1}`, n, PAR_2024_SCORES[i]!, PAR_MAX[i]!, [4, 1, 6, 1, 2, 3, 2][i]!]),
  },
  {
    index: 'SIPAS',
    year: 2021,
    score: null,
    rank: 15,
    rankOf: 21,
    note: 'Theo seed 002: giảm 4,26 điểm so với năm 2020, xếp hạng 15/21 trong nhóm sở, ngành.',
    areas: [],
  },
  ...(
    [
      [2022, 84.1, 11],
      [2023, 86.9, 8],
      [2024, 88.3, 6],
    ] as const
  ).map(([year, score, rank]): DemoResult => ({
    index: 'SIPAS',
    year,
    score,
    rank,
    rankOf: 21,
    note: ILLUSTRATIVE,
    areas: [
      ['TCDV', 'Tiếp cận dịch vụ', score - 1.2, 100, null],
      ['TTHC', 'Thủ tục hành chính', score + 0.8, 100, null],
      ['CCPV', 'Công chức phục vụ', score + 1.5, 100, null],
      ['KQ', 'Kết quả dịch vụ', score - 0.4, 100, null],
    ],
  })),
  ...(
    [
      [2022, 42.6, 20],
      [2023, 43.1, 17],
      [2024, 43.9, 12],
    ] as const
  ).map(([year, score, rank]): DemoResult => ({
    index: 'PAPI',
    year,
    score,
    rank,
    rankOf: 63,
    note: ILLUSTRATIVE,
    areas: [
      ['KSTN', 'Kiểm soát tham nhũng trong khu vực công (dịch vụ giáo dục công)', 6.4 + (year - 2022) * 0.2, 10, null],
      ['DVC', 'Cung ứng dịch vụ công (giáo dục tiểu học công lập)', 7.3 + (year - 2022) * 0.1, 10, null],
    ],
  })),
  ...(
    [
      [2023, 67.2, 14],
      [2024, 68.5, 10],
    ] as const
  ).map(([year, score, rank]): DemoResult => ({
    index: 'PCI',
    year,
    score,
    rank,
    rankOf: 63,
    note: ILLUSTRATIVE,
    areas: [['LDLD', 'Đào tạo lao động', 7.1 + (year - 2023) * 0.3, 10, null]],
  })),
  ...(
    [
      [2023, 0.71, 9],
      [2024, 0.75, 7],
    ] as const
  ).map(([year, score, rank]): DemoResult => ({
    index: 'ICT',
    year,
    score,
    rank,
    rankOf: 63,
    note: ILLUSTRATIVE,
    areas: [['HTTN', 'Hạ tầng kỹ thuật trường học', score - 0.04, 1, null]],
  })),
  ...(
    [
      [2023, 0.58, 12],
      [2024, 0.63, 9],
    ] as const
  ).map(([year, score, rank]): DemoResult => ({
    index: 'DTI',
    year,
    score,
    rank,
    rankOf: 63,
    note: ILLUSTRATIVE,
    areas: [['CDS', 'Chuyển đổi số trong giáo dục', score + 0.05, 1, null]],
  })),
];

export async function seedExternalIndicesDemo(ctx: DemoContext): Promise<void> {
  const unitId = ctx.unitIds.get('SGDDT')!;
  const office = ctx.userIds.get('vanphong') ?? null;
  for (const r of RESULTS) {
    const row = await frameworkRepository.upsertExternalResult(ctx.tx, {
      unitId,
      indexCode: r.index,
      year: r.year,
      score: r.score,
      rank: r.rank,
      rankOf: r.rankOf,
      note: r.note,
      createdBy: office,
    });
    // Re-seeding replaces the table instead of doubling it.
    await ctx.tx.delete(externalIndexIndicators).where(eq(externalIndexIndicators.resultId, row.id));
    if (r.areas.length === 0) continue;
    await ctx.tx.insert(externalIndexIndicators).values(
      r.areas.map(([code, name, score, max, rank], position) => ({
        resultId: row.id,
        position,
        code,
        name,
        score: score === null ? null : Math.round(score * 100) / 100,
        max,
        rank,
        rankOf: null,
      })),
    );
  }
}
