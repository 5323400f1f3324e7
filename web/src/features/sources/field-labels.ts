import type { DossierImportColumn } from '../../../../domain/dossiers/import-row';
import { IMPORT_COLUMN_LABELS } from '../../../../domain/sources/field-labels';

/** The register's columns as a table heading shows them ("Ngày tiếp nhận"). */
export const FIELD_LABELS = Object.fromEntries(Object.entries(IMPORT_COLUMN_LABELS).map(([k, v]) => [k, v[0].toUpperCase() + v.slice(1)])) as Record<
  DossierImportColumn,
  string
>;
