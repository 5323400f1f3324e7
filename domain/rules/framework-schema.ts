// The PAR Index framework (Bộ chỉ số CCHC) as a versioned JSON document: the shapes (framework-shapes.ts)
// assembled into one document and checked for meaning (framework-checks.ts).
import { z } from 'zod';
import { checkFrameworkSemantics, checkStoredSemantics } from './framework-checks';
import { Criterion } from './framework-shapes';

export { Band, CriterionCode, CriterionInput, Criterion, InputKey, OnNoData, Rule, ValueSource } from './framework-shapes';

const FrameworkShape = z.strictObject({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/),
  name: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  version: z.number().int().min(1),
  description: z.string(),
  /** True when the tree holds only part of the province's set, so `total` is of the shipped part. */
  partial: z.boolean().optional(),
  areas: z.array(Criterion).min(1),
});

/** A whole framework, validated for shape and for meaning (unique codes, maxima adding up, inputs that exist, no band gaps). */
export const Framework = FrameworkShape.superRefine(checkFrameworkSemantics);
export type Framework = z.infer<typeof Framework>;

/** A version read back from storage: the same checks except band coverage, which newer versions must pass to be stored. */
export const StoredFramework = FrameworkShape.superRefine(checkStoredSemantics);
