// Public API of the appendix importer: appendix rows from pasted text, the sentence recogniser, the draft builder.
export { appendixFromText, readHeader, textAt } from './appendix';
export type { AppendixCell, AppendixRow, AppendixTable, ColumnRole, Columns } from './appendix';
export { readRange, splitClauses } from './clauses';
export type { Clause, Range } from './clauses';
export { recogniseRule } from './recognise';
export type { Recognition, RecognitionStatus } from './recognise';
export { buildImportDraft } from './draft';
export type { CriterionReview, DraftMeta, ImportDraft } from './draft';
export type { ImportIssue } from './rows-to-nodes';
export { cleanText, parseViNumber } from './vi-text';
export { applyMetricBindings, suggestMetricBindings } from './metric-bindings';
export type { MetricBinding } from './metric-bindings';
