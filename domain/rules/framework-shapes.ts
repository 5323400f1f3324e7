// The shapes of a PAR Index framework document (Bộ chỉ số CCHC): criteria, inputs, rules. Each schema and its
// type share a name. Objects are strict so a misspelt field in an imported file ("upperInclusiv") is an error.
// Conventions: ratios are fractions (0.95, not 95); points are plain numbers (0.25); bands are tried in order.
// The whole-document schema with its checks of meaning is in framework-schema.ts (kept apart so the checks
// can read these types without an import circle).
import { z } from 'zod';
import { METRIC_KEY_LIST } from './metric-keys';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** A criterion code: digits separated by dots ('3', '3.4', '3.4.2'). */
export const CriterionCode = z.string().regex(/^\d+(\.\d+)*$/);
/** An input key: an identifier that formulas can name ('onTime', 'dossiers.total'). */
export const InputKey = z.string().regex(NAME);
const Points = z.number().min(0).max(1000);

/** One value a criterion needs: typed in by a unit or filled from a product metric. */
export const CriterionInput = z.strictObject({
  key: InputKey,
  label: z.string().min(1),
  type: z.enum(['number', 'ratio', 'boolean', 'level', 'date']),
  /** What one unit of the value is, in words ("hồ sơ đúng hạn"): used in "cần thêm 4 hồ sơ đúng hạn". */
  unit: z.string().optional(),
  levels: z
    .array(z.strictObject({ key: InputKey, label: z.string().min(1) }))
    .min(1)
    .optional(),
  metric: z.enum(METRIC_KEY_LIST).optional(),
  /** A whole count (tin, bài; hồ sơ): a band gap that holds no whole number is no gap. */
  integer: z.boolean().optional(),
});
export type CriterionInput = z.infer<typeof CriterionInput>;

/** What a rule measures: a share of two inputs, one input (a count, a ratio typed as such), or a formula. */
export const ValueSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ratio'), numerator: InputKey, denominator: InputKey }),
  z.strictObject({ kind: z.literal('input'), key: InputKey }),
  z.strictObject({ kind: z.literal('formula'), expr: z.string().min(1).max(2000) }),
]);
export type ValueSource = z.infer<typeof ValueSource>;

/** How a case the seed leaves open is closed when the value cannot be computed (denominator 0). */
export const OnNoData = z.enum(['full', 'zero', 'insufficient']);
export type OnNoData = z.infer<typeof OnNoData>;

/** A band [min, max): lower edge inclusive, upper exclusive, unless lowerExclusive / upperInclusive say otherwise. */
export const Band = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  lowerExclusive: z.boolean().optional(),
  upperInclusive: z.boolean().optional(),
  points: Points,
});
export type Band = z.infer<typeof Band>;

/** Scoring rule of a leaf criterion; every shape is data, none is code per criterion. */
export const Rule = z.discriminatedUnion('type', [
  // One of several levels (3.3.1: full and timely 0.5 / full but late 0.25 / else 0).
  z.strictObject({
    type: z.literal('level'),
    input: InputKey,
    points: z.array(z.strictObject({ level: InputKey, points: Points })).min(1),
  }),
  // Independent yes/no items that add up (7.2: 0.5 + 0.3 + 0.1).
  z.strictObject({
    type: z.literal('sum'),
    items: z.array(z.strictObject({ input: InputKey, points: Points })).min(1),
  }),
  // Fixed points per band of a value (7.1.4 on a share, 7.3 on a count).
  z.strictObject({
    type: z.literal('bands'),
    value: ValueSource,
    bands: z.array(Band).min(1),
    onNoData: OnNoData,
    /** A value that falls in no band: 'zero' or 'insufficient' (the default). */
    onNoBand: z.enum(['zero', 'insufficient']).optional(),
  }),
  // value ≥ floor → value × factor, else belowFloor (default 0); from fullFrom.min up, fullFrom.points (7.4.2).
  z.strictObject({
    type: z.literal('linearAboveFloor'),
    value: ValueSource,
    floor: z.number(),
    factor: z.number().min(0),
    belowFloor: Points.optional(),
    fullFrom: z.strictObject({ min: z.number(), points: Points }).optional(),
    onNoData: OnNoData,
  }),
  // A formula of named inputs (7.1.3: (b/a) × 1.0 + (c/a) × 0.5); `raise` says which input lifts the score.
  z.strictObject({
    type: z.literal('formula'),
    expr: z.string().min(1).max(2000),
    onNoData: OnNoData,
    raise: z.strictObject({ key: InputKey, upTo: InputKey.optional() }).optional(),
  }),
]);
export type Rule = z.infer<typeof Rule>;

/** A node of the tree: area (lĩnh vực), criterion (tiêu chí) or sub-criterion (tiêu chí thành phần). */
export const Criterion = z.strictObject({
  code: CriterionCode,
  title: z.string().min(1),
  maxPoints: Points,
  responsibleUnits: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/)),
  /** Known to exist in the province's set but not shipped here (no rule, or no maximum, in the source). */
  placeholder: z.boolean().optional(),
  inputs: z.array(CriterionInput).optional(),
  rule: Rule.optional(),
  /** How the rule closes a case the source leaves open, in Vietnamese, shown in the UI. */
  openCaseNote: z.string().optional(),
  /** Where the criterion's wording comes from (e.g. "Seed 004, Phụ lục II QĐ 3087/QĐ-UBND"). */
  source: z.string().optional(),
  /** The evidence (tài liệu kiểm chứng) the decision asks for, as its appendix words it. */
  evidence: z.string().optional(),
  get children(): z.ZodOptional<z.ZodArray<typeof Criterion>> {
    return z.array(Criterion).optional();
  },
});
export type Criterion = z.infer<typeof Criterion>;
