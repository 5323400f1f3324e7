// Checks a mapped row before it reaches the bulk import, so one malformed record is refused alone (by row and
// field, in the source's own field names) instead of failing its whole page: the import is all-or-nothing and is
// handed only rows it will accept. The checks are the import's own (normalizeImportRow, catalogue, units in scope).
import { normalizeImportRow, type DossierImportColumn } from '../../../domain/dossiers/import-row';
import { handlingUnitProblem, receivingPointAt, receivingPointProblem, type ReceivingUnitFacts } from '../../../domain/dossiers/receiving-point';
import { unitOnDate, type RecordTransfer } from '../../../domain/org-units';
import { IMPORT_COLUMN_LABELS, type FieldMapping, type MappedRow } from '../../../domain/sources/index';

/** The catalogue and the units a source may write to, loaded once per run. */
export interface RowLookup {
  /**
   * Procedure code → the unit that handles it now (the default handling unit of its dossiers) and its moves by
   * changes of the organisation, so a dossier received before a move goes to the unit that handled it then.
   */
  procedures: Map<string, { unitId: number; moves: readonly RecordTransfer[] }>;
  unitCodes: Map<number, string>;
  /** Lower-cased codes of the units in the source's subtree. */
  unitsInScope: Set<string>;
  /** The same units as receiving points, with what the receiving rule reads of them. */
  receivingUnits: Map<string, ReceivingUnitFacts>;
}

export interface RowProblem {
  /** The register column the problem is about (null: the whole row). */
  column: DossierImportColumn | null;
  /** The source's field or column as the officer knows it. */
  field: string | null;
  message: string;
}

export type CheckedRow =
  { ok: true; code: string; raw: Record<string, unknown> } | { ok: false; code: string | null; month: string | null; problems: RowProblem[] };

/** "'NgayTiepNhan' (ngày tiếp nhận)": the source's name first, since that is what the officer can fix. */
export function fieldLabel(mapping: FieldMapping, field: DossierImportColumn): string {
  const from = mapping[field]?.from;
  return from ? `'${from}' (${IMPORT_COLUMN_LABELS[field]})` : IMPORT_COLUMN_LABELS[field];
}

/** Checks one mapped row; `row` is the number shown to the officer. */
export function checkMappedRow(lookup: RowLookup, mapping: FieldMapping, mapped: MappedRow, row: number): CheckedRow {
  const raw: Record<string, unknown> = { ...mapped.raw };
  const codeText = typeof raw.code === 'string' && raw.code.trim() ? raw.code.trim() : null;
  const month = typeof raw.receivedOn === 'string' && /^\d{4}-\d{2}/.test(raw.receivedOn) ? raw.receivedOn.slice(0, 7) : null;
  const problems: RowProblem[] = mapped.problems.map((p) => ({ column: p.field, field: fieldLabel(mapping, p.field), message: p.message }));
  const procedure = typeof raw.procedureCode === 'string' ? lookup.procedures.get(raw.procedureCode.trim()) : undefined;
  // No handling unit in the source: the catalogue says which unit handled the procedure on the day of receipt.
  if ((raw.unitCode === null || raw.unitCode === undefined || raw.unitCode === '') && procedure) {
    const receivedOn = typeof raw.receivedOn === 'string' && /^\d{4}-\d{2}-\d{2}/.test(raw.receivedOn) ? raw.receivedOn.slice(0, 10) : null;
    const unitId = receivedOn ? unitOnDate(procedure.unitId, procedure.moves, receivedOn) : procedure.unitId;
    raw.unitCode = lookup.unitCodes.get(unitId) ?? null;
  }
  const checked = normalizeImportRow(raw, row);
  const unknownProcedure = (code: string) => ({
    column: 'procedureCode' as const,
    field: fieldLabel(mapping, 'procedureCode'),
    message: `thủ tục '${code}' không có trong danh mục TTHC; thêm thủ tục vào danh mục rồi chạy lại.`,
  });
  if (!checked.ok) {
    const mappedFields = new Set(mapped.problems.map((p) => p.field));
    // Without the procedure there is no handling unit to default to: the procedure is the problem to report.
    if (!procedure && typeof raw.procedureCode === 'string' && raw.procedureCode.trim() && !raw.unitCode) {
      problems.push(unknownProcedure(raw.procedureCode.trim()));
      mappedFields.add('unitCode');
    }
    // A date the mapping could not read is reported once, not again as "missing" by the import's check.
    for (const p of checked.problems.filter((p) => !p.column || !mappedFields.has(p.column))) {
      // The import's messages start "Dòng N, cột 'x': "; the source's field name replaces the register's.
      const prefix = `Dòng ${row}, cột '${p.column}': `;
      problems.push({
        column: p.column,
        field: p.column ? fieldLabel(mapping, p.column) : null,
        message: p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message,
      });
    }
  } else {
    if (!procedure) problems.push(unknownProcedure(checked.value.procedureCode));
    if (!lookup.unitsInScope.has(checked.value.unitCode.toLowerCase())) {
      problems.push({
        column: 'unitCode',
        field: fieldLabel(mapping, 'unitCode'),
        message: `đơn vị '${checked.value.unitCode}' không có hoặc không thuộc đơn vị mà nguồn này cấp dữ liệu; sửa bảng đổi đơn vị của nguồn.`,
      });
    }
    const handling = lookup.receivingUnits.get(checked.value.unitCode.toLowerCase());
    const handlingProblem = handling ? handlingUnitProblem({ ...handling, code: checked.value.unitCode }, checked.value.receivedOn) : null;
    if (handlingProblem) problems.push({ column: 'unitCode', field: fieldLabel(mapping, 'unitCode'), message: handlingProblem });
    // The receiving point is checked here too, so one dossier with a wrong point is refused alone, not its page.
    const { receivingUnitCode, receivingPoint, channel, receivedOn } = checked.value;
    const receiving = lookup.receivingUnits.get((receivingUnitCode ?? checked.value.unitCode).toLowerCase());
    if (receivingUnitCode && !receiving) {
      problems.push({
        column: 'receivingUnitCode',
        field: fieldLabel(mapping, 'receivingUnitCode'),
        message: `nơi tiếp nhận '${receivingUnitCode}' không có hoặc không thuộc đơn vị mà nguồn này cấp dữ liệu; sửa bảng đổi đơn vị của nguồn.`,
      });
    } else if (receiving) {
      const problem = receivingPointProblem(receivingPoint ?? receivingPointAt(channel, receiving.type), channel, receiving, receivedOn, !!receivingUnitCode);
      const column = receivingPoint ? 'receivingPoint' : 'receivingUnitCode';
      if (problem) problems.push({ column, field: fieldLabel(mapping, column), message: problem });
    }
  }
  if (problems.length) return { ok: false, code: codeText, month, problems };
  return { ok: true, code: codeText!, raw };
}
