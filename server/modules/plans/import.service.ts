import ExcelJS from 'exceljs';
import type { ImportPreview } from '../../../contracts/plans';
import { areaFromText, guessAreaFromContent } from '../../../domain/plans/area-text';
import type { ReformAreaKey } from '../../../domain/plans/reform-areas';
import { priorityFromText, sourceFromText } from '../../../domain/tasks/source-priority-text';
import { parseTimeFrame } from '../../../domain/tasks/time-frame';
import { authorize, type Actor } from '../../auth/permissions';
import { regroupTarget } from '../../../domain/org-units';
import type { Db, Executor } from '../../db/client';
import { DomainError } from '../../errors';
import * as clock from '../../clock';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { loadTimeline } from '../org-units/org-timeline.service';
import { canEditPlan, canSeePlan, loadUnits, missing, type UnitMap } from './access';
import { planRepository, type PlanRow } from './plan.repository';
import { taskValues } from './task.service';

type Col = 'no' | 'content' | 'lead' | 'coord' | 'time' | 'product' | 'area' | 'source' | 'priority';
const COL_LABEL: Record<Col, string> = {
  no: 'STT',
  content: 'Nội dung',
  lead: 'Chủ trì',
  coord: 'Phối hợp',
  time: 'Thời gian',
  product: 'Sản phẩm',
  area: 'Lĩnh vực',
  source: 'Nguồn',
  priority: 'Ưu tiên',
};
const HEADER_WORDS: Array<[Col, RegExp]> = [
  ['no', /^stt$/],
  ['content', /nội dung|nhiệm vụ/],
  ['lead', /chủ trì/],
  ['coord', /phối hợp/],
  ['time', /thời gian|thời hạn/],
  ['product', /sản phẩm/],
  ['area', /lĩnh vực/],
  ['source', /^nguồn/],
  ['priority', /ưu tiên/],
];

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[-–&,.()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** Unit names as people write them: without "Phòng", "Sở" and punctuation ("Kế hoạch tài chính" = "Phòng Kế hoạch - Tài chính"). */
const bare = (s: string) =>
  fold(s)
    .replace(/^phòng /, '')
    .replace(/ sở$/, '')
    .replace(/^sở /, '');

/** A name a unit had before (renamed, merged, dissolved), and the unit that carries it on today. */
export interface FormerName {
  code: string | null;
  name: string;
  shortName: string | null;
  unitId: number;
}

/**
 * Finds a unit by code, name or short name; "các phòng Sở" (every division) is the department itself. A name
 * of before a change ("Văn phòng" after the Office merged into Tổ chức - Hành chính) finds the unit that
 * carries it on today, so an appendix written with the old names still imports.
 */
export function resolveUnit(text: string, units: UnitMap, former: readonly FormerName[] = []): number | null {
  const t = bare(text);
  if (!t) return null;
  const active = [...units.values()].filter((u) => u.active);
  if (/^các phòng( cmnv)?( sở)?$/.test(fold(text)) || /^các phòng cmnv$/.test(t)) return active.find((u) => u.parentId === null)?.id ?? null;
  const matches = (u: { code: string | null; name: string; shortName: string | null }) =>
    (u.code !== null && fold(u.code) === fold(text)) || bare(u.name) === t || (u.shortName !== null && bare(u.shortName) === t);
  const hit = active.find(matches) ?? former.find(matches);
  return hit ? ('unitId' in hit ? hit.unitId : hit.id) : null;
}

/** Every earlier name and code of the units, each with the living unit that carries it on today. */
export async function formerNames(exec: Executor): Promise<FormerName[]> {
  const [timeline, rows] = await Promise.all([loadTimeline(exec), orgUnitRepository.listAll(exec)]);
  const today = clock.today();
  const code = new Map(rows.map((r) => [r.id, r.code]));
  return timeline.data.versions.map((v) => ({
    code: code.get(v.unitId) ?? null,
    name: v.name,
    shortName: v.shortName,
    unitId: regroupTarget(timeline, v.unitId, today),
  }));
}

const cellText = (row: ExcelJS.Row, col: number | undefined) => (col ? (row.getCell(col).text ?? '').replace(/\s+/g, ' ').trim() : '');

/** Reads an appendix workbook: header detection, one task per row, an error per row and column for what cannot be read. */
export async function readAppendix(bytes: Buffer, plan: PlanRow, units: UnitMap, former: readonly FormerName[] = []) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('IMPORT_NOT_XLSX', 'Tệp không phải bảng tính Excel (.xlsx) đọc được; lưu lại tệp dưới dạng .xlsx rồi tải lên.', 400, {
      field: 'file',
    });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new DomainError('IMPORT_EMPTY', 'Tệp Excel không có trang tính nào.', 400, { field: 'file' });
  const cols: Partial<Record<Col, number>> = {};
  let headerRow = 0;
  for (let r = 1; r <= Math.min(ws.rowCount, 20) && !headerRow; r++) {
    if (ws.getRow(r).values && (ws.getRow(r).values as unknown[]).some((v) => typeof v === 'string' && /^stt$/i.test(v.trim()))) headerRow = r;
  }
  const errors: ImportPreview['errors'] = [];
  if (!headerRow) {
    errors.push({
      row: 1,
      column: 'STT',
      message: 'Không tìm thấy dòng tiêu đề có cột "STT" trong 20 dòng đầu; dùng mẫu phụ lục (STT, Nội dung, Chủ trì, Phối hợp, Thời gian, Sản phẩm).',
    });
    return { rows: [], tasks: [], errors };
  }
  // The seeds' header spans two rows ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp").
  let lastHeader = headerRow;
  for (const r of [headerRow, headerRow + 1]) {
    ws.getRow(r).eachCell((cell, c) => {
      const h = fold(cell.text ?? '');
      for (const [key, re] of HEADER_WORDS)
        if (re.test(h) && !cols[key]) {
          cols[key] = c;
          if (r > headerRow) lastHeader = r;
        }
    });
  }
  for (const key of ['content', 'lead', 'time'] as const) {
    if (!cols[key]) errors.push({ row: headerRow, column: COL_LABEL[key], message: `Thiếu cột "${COL_LABEL[key]}" ở dòng tiêu đề.` });
  }
  if (errors.length) return { rows: [], tasks: [], errors };

  const rows: ImportPreview['rows'] = [];
  const tasks: Array<ReturnType<typeof taskValues>> = [];
  let headingArea: ReformAreaKey | null = null;
  for (let r = lastHeader + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (c: Col) => cellText(row, cols[c]);
    const [no, content, lead, coord, time, product, area, sourceText, priorityText] = (
      ['no', 'content', 'lead', 'coord', 'time', 'product', 'area', 'source', 'priority'] as const
    ).map(get);
    if (!content && !lead && !time && !no) continue;
    // A heading row ("II. Cải cách thể chế" or a roman STT without units and time) sets the area of the rows below it.
    if (!lead && !time && (/^[ivx]+$/i.test(no) || areaFromText(content))) {
      headingArea = areaFromText(content) ?? headingArea;
      continue;
    }
    const rowErrors: ImportPreview['errors'] = [];
    const err = (c: Col, message: string) => rowErrors.push({ row: r, column: COL_LABEL[c], message: `Dòng ${r}, cột '${COL_LABEL[c]}': ${message}` });
    if (content.length < 3) err('content', 'nội dung nhiệm vụ trống hoặc quá ngắn.');
    const leadName = lead.split(/[;,\n]| và /)[0]?.trim() ?? '';
    const leadUnitId = resolveUnit(leadName, units, former);
    if (!lead) err('lead', 'chưa ghi đơn vị chủ trì.');
    else if (leadUnitId === null) err('lead', `không tìm thấy đơn vị "${leadName}"; ghi đúng tên hoặc mã đơn vị (ví dụ: Văn phòng, TCCB, THPT-TP).`);
    const frame = parseTimeFrame(time, plan.year);
    if (!time) err('time', 'chưa ghi thời gian thực hiện (ví dụ: Quý II/2025, Trước ngày 15/01/2025, Cả năm 2025, Thường xuyên).');
    else if (frame.kind === 'text')
      err('time', `không đọc được "${time}"${frame.warning ? ` (${frame.warning})` : ''}; ghi theo dạng ngày, tháng, quý, "Cả năm" hoặc "Thường xuyên".`);
    let areaKey = areaFromText(area) ?? headingArea ?? guessAreaFromContent(content);
    if (area && !areaFromText(area)) err('area', `không nhận ra lĩnh vực "${area}"; dùng tên lĩnh vực CCHC (ví dụ: Thể chế, Thủ tục hành chính).`);
    areaKey = areaKey ?? 'direction';
    // Optional columns: an empty cell takes the default (the unit's own plan, normal priority).
    const source = sourceFromText(sourceText);
    if (source === undefined) err('source', `không nhận ra nguồn "${sourceText}"; ghi "Tự đề ra", "Thành phố giao" hoặc "Bộ giao".`);
    const priority = priorityFromText(priorityText);
    if (priority === undefined) err('priority', `không nhận ra mức ưu tiên "${priorityText}"; ghi "Cao", "Bình thường" hoặc "Thấp".`);
    const coordNames = coord
      ? coord
          .split(/[;,\n]/)
          .map((s) => s.replace(/^[-–\s]+/, '').trim())
          .filter(Boolean)
      : [];
    const coordIds = coordNames.map((n) => resolveUnit(n, units, former)).filter((id): id is number => id !== null && id !== leadUnitId);
    rows.push({
      row: r,
      no: no || null,
      content,
      leadUnitId,
      leadUnitName: lead,
      coordinatingUnitNames: coordNames,
      timeFrame: time,
      timeFrameLabel: frame.label,
      deadline: frame.deadline,
      product: product || null,
      areaKey,
      source: source ?? 'self',
      priority: priority ?? 'normal',
    });
    errors.push(...rowErrors);
    if (!rowErrors.length && leadUnitId !== null) {
      tasks.push(
        taskValues(
          plan.id,
          plan.year,
          {
            content,
            no: no || null,
            areaKey,
            leadUnitId,
            coordinatingUnitIds: coordIds,
            timeFrame: time,
            product: product || null,
            source: source ?? 'self',
            priority: priority ?? 'normal',
          },
          coord || null,
        ),
      );
    }
  }
  if (!rows.length && !errors.length) errors.push({ row: lastHeader + 1, column: 'Nội dung', message: 'Không có dòng nhiệm vụ nào dưới dòng tiêu đề.' });
  return { rows, tasks, errors };
}

/** The uploaded file, read only after the permission check (the route passes a reader). */
export type Upload = { name: string; bytes: Buffer };

async function editablePlan(db: Db, actor: Actor, planId: number) {
  authorize(actor, 'plan:manage');
  const units = await loadUnits(db);
  const plan = await planRepository.findPlan(db, planId);
  if (!plan || !canSeePlan(actor, units, plan)) throw missing(actor, `kế hoạch có mã số ${planId}`);
  if (!canEditPlan(actor, units, plan))
    throw new DomainError('PLAN_NOT_EDITABLE', 'Kế hoạch đã trình hoặc đã phê duyệt; đề nghị trả lại để nhập thêm nhiệm vụ.', 409);
  return { plan, units, former: await formerNames(db) };
}

/** What the file would create, with every error; stores nothing. */
export async function previewImport(db: Db, actor: Actor, planId: number, upload: () => Promise<Upload>): Promise<ImportPreview> {
  const { plan, units, former } = await editablePlan(db, actor, planId);
  const { rows, errors } = await readAppendix((await upload()).bytes, plan, units, former);
  return { rows, errors, accepted: errors.length === 0 };
}

/** Stores every task of the file, or none: one error anywhere refuses the whole file (400 with the list). */
export async function commitImport(db: Db, actor: Actor, planId: number, upload: () => Promise<Upload>): Promise<{ created: number }> {
  const { plan, units, former } = await editablePlan(db, actor, planId);
  const { name: fileName, bytes } = await upload();
  const { tasks, errors } = await readAppendix(bytes, plan, units, former);
  if (errors.length) {
    throw new DomainError('IMPORT_INVALID', `Tệp có ${errors.length} lỗi, chưa lưu nhiệm vụ nào. ${errors[0].message}`, 400, { errors });
  }
  return db.transaction(async (tx) => {
    const created = await planRepository.insertTasks(tx, tasks);
    await recordAudit(tx, actor, {
      action: 'plan.imported',
      entityType: 'plan',
      entityId: plan.id,
      unitId: plan.unitId,
      after: { fileName, tasks: created.length, taskIds: created.map((t) => t.id) },
    });
    return { created: created.length };
  });
}
