import { z } from 'zod';
import { UnitCut } from './dossiers';

/** GET /api/kpi766: one unit's subtree for one month, quarter or year. */
export const Kpi766Query = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  /** 'receiving': the figures of the dossiers received at unitId's points (the centre), whichever unit handles them. */
  cut: UnitCut.default('handling'),
  year: z.coerce.number().int().min(2000, 'Năm phải từ 2000').max(2100, 'Năm phải đến 2100'),
  period: z.enum(['month', 'quarter', 'year']).default('year'),
  /** Month 1–12 or quarter 1–4; ignored for a year. */
  index: z.coerce.number().int().min(1).max(12).optional(),
  weights: z.enum(['766-dashboard', '766-first']).default('766-dashboard'),
  noData: z.enum(['exclude', 'full', 'zero']).default('exclude'),
});
export type Kpi766Query = z.infer<typeof Kpi766Query>;

export const Kpi766IndicatorView = z.object({
  key: z.string(),
  code: z.string(),
  label: z.string(),
  definition: z.string(),
  status: z.enum(['scored', 'no-data']),
  rate: z.number().nullable(),
  threshold: z.number(),
  points: z.number().nullable(),
  maxPoints: z.number(),
  explanation: z.string(),
});

export const Kpi766ScoreView = z.object({
  score: z.number(),
  max: z.number(),
  percent: z.number().nullable(),
  groups: z.array(
    z.object({ key: z.string(), label: z.string(), weight: z.number(), score: z.number(), max: z.number(), indicators: z.array(Kpi766IndicatorView) }),
  ),
  warnings: z.array(z.string()),
});

export const Kpi766Report = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  cut: UnitCut,
  periodLabel: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
  weightSet: z.object({ id: z.string(), label: z.string(), groups: z.array(z.object({ key: z.string(), label: z.string(), weight: z.number() })) }),
  noDataPolicy: z.object({ key: z.string(), label: z.string() }),
  /** Every count with its definition and source; value null = the system holds no such figure. */
  counts: z.array(z.object({ key: z.string(), label: z.string(), definition: z.string(), source: z.string(), value: z.number().nullable() })),
  result: Kpi766ScoreView,
  /** Direct child units of the chosen unit, each scored on its own subtree (for the Office's comparison). */
  comparison: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      score: z.number(),
      max: z.number(),
      percent: z.number().nullable(),
      received: z.number(),
      resolved: z.number(),
    }),
  ),
});
export type Kpi766Report = z.infer<typeof Kpi766Report>;
