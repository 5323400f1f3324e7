// External indices (PAR Index, SIPAS, PAPI, PCI, ICT Index, DTI): the published results per year with the
// sub-indicators the department owns. The results themselves are the frameworks feature's (contracts/frameworks).
import { z } from 'zod';
import { ExternalIndexResult } from './frameworks';

export const EXTERNAL_INDEX_CODES = ['PAR', 'SIPAS', 'PAPI', 'PCI', 'ICT', 'DTI'] as const;

export const ExternalIndicator = z.object({
  code: z.string(),
  name: z.string(),
  score: z.number().nullable(),
  max: z.number().nullable(),
  rank: z.number().nullable(),
  rankOf: z.number().nullable(),
  /** "11/18", with the result's pool when the sub-indicator has none of its own. */
  rankLabel: z.string().nullable(),
});
export type ExternalIndicator = z.infer<typeof ExternalIndicator>;

export const ExternalIndexWithIndicators = ExternalIndexResult.extend({ indicators: z.array(ExternalIndicator) });
export type ExternalIndexWithIndicators = z.infer<typeof ExternalIndexWithIndicators>;

export const ExternalIndexQuery = z.object({ index: z.enum(EXTERNAL_INDEX_CODES).optional() });
export type ExternalIndexQuery = z.infer<typeof ExternalIndexQuery>;

export const ExternalIndexOverview = z.object({ results: z.array(ExternalIndexWithIndicators) });
export type ExternalIndexOverview = z.infer<typeof ExternalIndexOverview>;

export const SaveExternalIndicator = z.object({
  code: z.string().trim().min(1, 'Nhập mã chỉ số thành phần.').max(20),
  name: z.string().trim().min(1, 'Nhập tên chỉ số thành phần.').max(300),
  score: z.number().min(0).nullable(),
  max: z.number().positive().nullable(),
  rank: z.number().int().min(1).nullable(),
  rankOf: z.number().int().min(1).nullable(),
});
export type SaveExternalIndicator = z.infer<typeof SaveExternalIndicator>;

/** Replaces every sub-indicator of one result (the published table is entered as a whole). */
export const SaveExternalIndicatorsRequest = z.object({ indicators: z.array(SaveExternalIndicator).max(60) });
export type SaveExternalIndicatorsRequest = z.infer<typeof SaveExternalIndicatorsRequest>;
