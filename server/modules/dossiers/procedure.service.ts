import ExcelJS from 'exceljs';
import type { CreateProcedureRequest, Procedure } from '../../../contracts/dossiers';
import { procedureFlagConflicts } from '../../../domain/dossiers/procedure-row';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addSheet, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { DomainError, conflict, forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { procedureRepository, type ProcedureRow } from './procedure.repository';
import * as clock from '../../clock';

const LEVELS = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã' } as const;
const ONLINE = { full: 'Toàn trình', partial: 'Một phần', none: 'Không' } as const;

/** A catalogue row as the API shows it. */
export function toProcedure(row: ProcedureRow): Procedure {
  return { ...row, level: row.level as Procedure['level'], onlineLevel: row.onlineLevel as Procedure['onlineLevel'] };
}

/** The procedure catalogue, for anyone who reads the register. */
export async function listProcedures(db: Db, actor: Actor): Promise<Procedure[]> {
  authorize(actor, 'dossier:read');
  return (await procedureRepository.list(db)).map(toProcedure);
}

/** Checks what zod cannot see field by field: one time unit, and online flags that agree with fee and level. */
function assertConsistent(input: CreateProcedureRequest): void {
  if ((input.workingDays == null) === (input.workingHours == null)) {
    throw new DomainError('PROCEDURE_TIME_REQUIRED', 'Ghi thời hạn giải quyết bằng số ngày làm việc hoặc số giờ làm việc (chỉ một trong hai).', 400, {
      field: 'workingDays',
    });
  }
  const [clash] = procedureFlagConflicts(input);
  if (clash) {
    const message = clash.message.charAt(0).toUpperCase() + clash.message.slice(1);
    throw new DomainError('PROCEDURE_FLAGS_CONFLICT', `${message}.`, 400, { field: clash.key });
  }
}

/** Adds a procedure to the catalogue. */
export async function createProcedure(db: Db, actor: Actor, input: CreateProcedureRequest): Promise<Procedure> {
  authorize(actor, 'procedure:manage');
  assertConsistent(input);
  return db.transaction(async (tx) => {
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị giải quyết (mã số ${input.unitId}) không tồn tại.`, 400, { field: 'unitId' });
    authorize(actor, 'procedure:manage', unit);
    if (await procedureRepository.findByCode(tx, input.code)) throw conflict('PROCEDURE_CODE_TAKEN', `Mã thủ tục ${input.code} đã có trong danh mục.`);
    const row = await procedureRepository.insert(tx, input);
    await recordAudit(tx, actor, { action: 'procedure.created', entityType: 'procedure', entityId: row.id, unitId: row.unitId, after: row });
    return toProcedure(row);
  });
}

/** Changes a procedure; its handling unit, old and new, must both be in the actor's scope. */
export async function updateProcedure(db: Db, actor: Actor, id: number, input: CreateProcedureRequest): Promise<Procedure> {
  authorize(actor, 'procedure:manage');
  assertConsistent(input);
  return db.transaction(async (tx) => {
    const before = await procedureRepository.findById(tx, id);
    const oldUnit = before ? await orgUnitRepository.findById(tx, before.unitId) : null;
    if (!before || !oldUnit) throw forbidden();
    authorize(actor, 'procedure:manage', oldUnit);
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị giải quyết (mã số ${input.unitId}) không tồn tại.`, 400, { field: 'unitId' });
    authorize(actor, 'procedure:manage', unit);
    if (input.code !== before.code && (await procedureRepository.findByCode(tx, input.code))) {
      throw conflict('PROCEDURE_CODE_TAKEN', `Mã thủ tục ${input.code} đã có trong danh mục.`);
    }
    const row = await procedureRepository.update(tx, id, input, clock.now());
    await recordAudit(tx, actor, { action: 'procedure.updated', entityType: 'procedure', entityId: id, unitId: row.unitId, before, after: row });
    return toProcedure(row);
  });
}

/** A catalogue row with the names of its resolving unit, as the sheet shows it. */
type CatalogueRow = ProcedureRow & { unitName: string; unitCode: string };

const CATALOGUE_COLUMNS: ExcelColumn<CatalogueRow>[] = [
  { header: 'Mã TTHC', width: 14, value: (p) => p.code },
  { header: 'Tên thủ tục', width: 60, value: (p) => p.name },
  { header: 'Lĩnh vực', width: 28, value: (p) => p.field },
  { header: 'Cấp thực hiện', width: 12, value: (p) => LEVELS[p.level as keyof typeof LEVELS] ?? p.level },
  { header: 'Thời hạn', width: 16, value: (p) => (p.workingHours != null ? `${p.workingHours} giờ làm việc` : `${p.workingDays} ngày làm việc`) },
  { header: 'Phí, lệ phí (đồng)', width: 14, value: (p) => p.fee },
  { header: 'DVC trực tuyến', width: 14, value: (p) => ONLINE[p.onlineLevel as keyof typeof ONLINE] ?? p.onlineLevel },
  { header: 'Mức độ (cũ)', width: 10, value: (p) => p.legacyLevel ?? '' },
  { header: 'Đơn vị giải quyết', width: 28, value: (p) => p.unitName },
  // The columns from here on make the file re-importable (procedure-import.service reads the same headers).
  { header: 'Mã đơn vị', width: 12, value: (p) => p.unitCode },
  { header: 'Kênh tiếp nhận', width: 12, value: (p) => p.channels.join(', ') },
  { header: 'Công khai', width: 10, value: (p) => (p.published ? 'Có' : 'Không') },
  // Left empty for a free procedure: there is nothing to pay, online or not.
  { header: 'Thanh toán trực tuyến', width: 12, value: (p) => (p.fee > 0 ? (p.onlinePayment ? 'Có' : 'Không') : '') },
  { header: 'Đủ điều kiện toàn trình', width: 12, value: (p) => (p.fullyOnlineEligible ? 'Có' : 'Không') },
];

/** The catalogue as an Excel workbook, for publication and review. */
export async function exportProcedures(db: Db, actor: Actor): Promise<Buffer> {
  authorize(actor, 'dossier:read');
  const rows = await procedureRepository.list(db);
  const units = new Map((await orgUnitRepository.listAll(db)).map((u) => [u.id, u]));
  const catalogue = rows.map((p) => ({ ...p, unitName: units.get(p.unitId)?.name ?? '', unitCode: units.get(p.unitId)?.code ?? '' }));
  const book = new ExcelJS.Workbook();
  addSheet(book, 'Danh mục TTHC', CATALOGUE_COLUMNS, catalogue);
  return workbookBuffer(book);
}
