// Procedure catalogue import from the workbook the export writes: a preview first, then an all-or-nothing
// write in one transaction (create new codes, update changed ones), every problem named by row and column.
import ExcelJS from 'exceljs';
import type { ProcedureImportReport } from '../../../contracts/dossiers';
import { normalizeProcedureRow, PROCEDURE_COLUMNS, procedureFlagConflicts, type ProcedureRow } from '../../../domain/dossiers/procedure-row';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { procedureRepository } from './procedure.repository';
import * as clock from '../../clock';

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return String(v);
};

/** Rows of the first sheet keyed by the header row; sheet row numbers kept for messages. */
export async function readProcedureWorkbook(bytes: Buffer): Promise<Array<{ row: number; raw: Record<string, string> }>> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('IMPORT_FILE_TYPE', 'Tệp không đọc được như Excel (.xlsx); dùng tệp xuất từ "Danh mục TTHC" làm mẫu.', 400);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new DomainError('IMPORT_EMPTY', 'Tệp Excel không có trang tính nào.', 400);
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => cellText(v).trim());
  const missing = [PROCEDURE_COLUMNS.code, PROCEDURE_COLUMNS.name, PROCEDURE_COLUMNS.time].filter((h) => !headers.includes(h));
  if (missing.length > 0)
    throw new DomainError('IMPORT_HEADER', `Dòng 1 thiếu cột ${missing.map((m) => `'${m}'`).join(', ')}; dùng tệp xuất từ "Danh mục TTHC" làm mẫu.`, 400);
  const rows: Array<{ row: number; raw: Record<string, string> }> = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const raw: Record<string, string> = {};
    headers.forEach((h, i) => h && (raw[h] = cellText(r.getCell(i).value)));
    if (Object.values(raw).some((v) => v.trim())) rows.push({ row: n, raw });
  });
  return rows;
}

type Stored = Omit<ProcedureRow, 'unitRef' | 'onlinePayment' | 'fullyOnlineEligible'> & {
  unitId: number;
  onlinePayment: boolean;
  fullyOnlineEligible: boolean;
};
const SAME_KEYS = [
  'name',
  'field',
  'level',
  'workingDays',
  'workingHours',
  'fee',
  'onlineLevel',
  'legacyLevel',
  'unitId',
  'published',
  'onlinePayment',
  'fullyOnlineEligible',
] as const;

/**
 * The online flags to store: a file without their columns (an older export) keeps what the catalogue
 * holds, or the schema defaults for a new code; the combination is checked again once resolved.
 */
function resolveFlags(value: Omit<ProcedureRow, 'unitRef'>, before: { onlinePayment: boolean; fullyOnlineEligible: boolean } | undefined, row: number) {
  const flags = {
    onlinePayment: value.onlinePayment ?? before?.onlinePayment ?? false,
    fullyOnlineEligible: value.fullyOnlineEligible ?? before?.fullyOnlineEligible ?? true,
  };
  const problems = procedureFlagConflicts({ ...value, ...flags })
    .filter((c) => value[c.key] === undefined) // the row check already named explicit values
    .map((c) => ({
      row,
      column: PROCEDURE_COLUMNS[c.key],
      message: `Dòng ${row}, cột '${PROCEDURE_COLUMNS[c.key]}' (không có trong tệp, giữ giá trị đang lưu): ${c.message}.`,
    }));
  return { flags, problems };
}

/** Checks every row; with apply and no problem, writes them all in one transaction. */
export async function importProcedures(
  db: Db,
  actor: Actor,
  rows: Array<{ row: number; raw: Record<string, string> }>,
  apply: boolean,
): Promise<ProcedureImportReport> {
  authorize(actor, 'procedure:manage');
  if (rows.length === 0) throw new DomainError('IMPORT_EMPTY', 'Tệp không có dòng thủ tục nào dưới dòng tiêu đề.', 400);
  return db.transaction(async (tx) => {
    const units = await orgUnitRepository.listAll(tx);
    const existing = new Map((await procedureRepository.list(tx)).map((p) => [p.code, p]));
    const problems: ProcedureImportReport['problems'] = [];
    const ready: Array<{ row: number; value: Stored }> = [];
    const seen = new Map<string, number>();
    for (const { row, raw } of rows) {
      const checked = normalizeProcedureRow(raw, row);
      if (!checked.ok) {
        problems.push(...checked.problems);
        continue;
      }
      const { unitRef, ...parsed } = checked.value;
      const unit = 'code' in unitRef ? units.find((u) => u.code === unitRef.code) : units.find((u) => u.name === unitRef.name);
      const column = 'code' in unitRef ? PROCEDURE_COLUMNS.unitCode : PROCEDURE_COLUMNS.unitName;
      if (!unit) {
        problems.push({ row, column, message: `Dòng ${row}, cột '${column}': không có đơn vị "${'code' in unitRef ? unitRef.code : unitRef.name}".` });
        continue;
      }
      if (!unit.path.startsWith(actor.scopePath)) {
        problems.push({ row, column, message: `Dòng ${row}, cột '${column}': đơn vị "${unit.name}" ngoài phạm vi quản lý của tài khoản.` });
        continue;
      }
      if (seen.has(parsed.code)) {
        problems.push({
          row,
          column: PROCEDURE_COLUMNS.code,
          message: `Dòng ${row}, cột '${PROCEDURE_COLUMNS.code}': mã ${parsed.code} trùng với dòng ${seen.get(parsed.code)}.`,
        });
        continue;
      }
      seen.set(parsed.code, row);
      const { flags, problems: conflicts } = resolveFlags(parsed, existing.get(parsed.code), row);
      if (conflicts.length > 0) {
        problems.push(...conflicts);
        continue;
      }
      ready.push({ row, value: { ...parsed, ...flags, unitId: unit.id } });
    }
    const report: ProcedureImportReport = {
      applied: false,
      problems,
      rows: ready.map(({ row, value }) => {
        const before = existing.get(value.code);
        const action = !before
          ? 'create'
          : SAME_KEYS.every((k) => before[k] === value[k]) && JSON.stringify(before.channels) === JSON.stringify(value.channels)
            ? 'unchanged'
            : 'update';
        return { row, code: value.code, name: value.name, action };
      }),
    };
    if (!apply) return report;
    if (problems.length > 0) {
      throw new DomainError('PROCEDURE_IMPORT_INVALID', `Tệp có ${problems.length} lỗi, chưa ghi thủ tục nào; sửa các dòng được nêu rồi nhập lại.`, 400, {
        problems,
      });
    }
    for (const [i, { value }] of ready.entries()) {
      const action = report.rows[i].action;
      const before = existing.get(value.code);
      if (action === 'create') {
        const row = await procedureRepository.insert(tx, { ...value, steps: [] });
        await recordAudit(tx, actor, { action: 'procedure.created', entityType: 'procedure', entityId: row.id, unitId: row.unitId, after: row });
      } else if (action === 'update' && before) {
        const row = await procedureRepository.update(tx, before.id, value, clock.now());
        await recordAudit(tx, actor, { action: 'procedure.updated', entityType: 'procedure', entityId: row.id, unitId: row.unitId, before, after: row });
      }
    }
    return { ...report, applied: true };
  });
}
