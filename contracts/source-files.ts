import { z } from 'zod';
import { DOSSIER_IMPORT_COLUMNS } from '../domain/dossiers/import-row';
import { FieldMappingDraft } from './sources';

/** Fields sent with a sample file (multipart, before the file): the unit fed, and the choices made so far. */
export const SampleOptions = z.object({
  unitId: z.coerce.number().int().positive(),
  sheet: z.string().max(100).optional(),
  headerRow: z.coerce.number().int().min(1).max(100).optional(),
  headerDepth: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .optional(),
  /** FieldMapping as JSON text (multipart fields are text). */
  mapping: z.string().max(20_000).optional(),
});
export type SampleOptions = z.infer<typeof SampleOptions>;

export const PreviewProblem = z.object({ column: z.enum(DOSSIER_IMPORT_COLUMNS).nullable(), field: z.string().nullable(), message: z.string() });

/** A sample read with a profile: the first rows as shown, the header found, the mapping, 20 rows checked. */
export const SamplePreview = z.object({
  fileName: z.string(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  /** The first 30 rows as text, to pick the header row from. */
  rows: z.array(z.array(z.string())),
  guess: z.object({ headerRow: z.number(), headerDepth: z.union([z.literal(1), z.literal(2)]) }),
  headerRow: z.number(),
  headerDepth: z.union([z.literal(1), z.literal(2)]),
  labels: z.array(z.string()),
  mapping: FieldMappingDraft,
  preview: z.array(z.object({ row: z.number(), values: z.record(z.string(), z.string().nullable()), problems: z.array(PreviewProblem) })),
});
export type SamplePreview = z.infer<typeof SamplePreview>;
