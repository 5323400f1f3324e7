// Making a file source's profile from a sample export: the first rows to pick the header from, a header guessed
// (under a title block, one or two rows deep), a first mapping from the header's words, and twenty rows checked
// with the mapping exactly as a run will check them, with the errors by row and column.
import { FieldMappingDraft } from '../../../contracts/sources';
import type { SampleOptions, SamplePreview } from '../../../contracts/source-files';
import { compileMapping, guessHeader, headerLabels, suggestMapping, type FieldMapping, type SheetCell } from '../../../domain/sources/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { sampleRows } from './file-sheet';
import { checkMappedRow } from './row-check';
import { sourceRepository } from './source.repository';

const SHOWN_ROWS = 30;
const PREVIEW_ROWS = 20;
const READ_ROWS = 120;

const text = (c: SheetCell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) {
    const iso = c.toISOString();
    const [y, m, d] = iso.slice(0, 10).split('-');
    return iso.slice(11, 19) === '00:00:00' ? `${d}/${m}/${y}` : `${d}/${m}/${y} ${iso.slice(11, 16)}`;
  }
  return String(c);
};

function parseMapping(json: string | undefined): FieldMapping | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new DomainError('SOURCE_MAPPING_INVALID', 'Ánh xạ cột gửi lên không phải JSON hợp lệ.', 400);
  }
  const parsed = FieldMappingDraft.safeParse(value);
  if (!parsed.success) throw new DomainError('SOURCE_MAPPING_INVALID', `Ánh xạ cột chưa đúng: ${parsed.error.issues[0]?.message ?? ''}`, 400);
  return parsed.data;
}

/** The permission check of a sample, done before the upload is read. */
export function assertCanPreview(actor: Actor): void {
  authorize(actor, 'source:manage');
}

/** Reads a sample with the choices made so far (or guessed ones) and checks its first data rows. */
export async function previewSample(db: Db, actor: Actor, fileName: string, bytes: Buffer, options: SampleOptions): Promise<SamplePreview> {
  authorize(actor, 'source:manage');
  const unit = await orgUnitRepository.findById(db, options.unitId);
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${options.unitId}) không tồn tại.`, 400, { field: 'unitId' });
  authorize(actor, 'source:manage', unit);
  const { sheets, sheet, rows } = await sampleRows(bytes, fileName, options.sheet ?? null, READ_ROWS);
  if (rows.length === 0) throw new DomainError('SOURCE_SAMPLE_EMPTY', `Tệp "${fileName}" không có dòng nào ở trang tính đã chọn.`, 400);
  const guess = guessHeader(rows);
  const headerRow = options.headerRow ?? guess.headerRow + 1;
  const headerDepth = (options.headerDepth ?? guess.depth) as 1 | 2;
  const labels = headerLabels(rows, headerRow - 1, headerDepth);
  const mapping = parseMapping(options.mapping) ?? suggestMapping(labels);
  const lookup = await sourceRepository.rowLookup(db, unit.path);
  const map = compileMapping(mapping);
  const column = new Map<string, number>();
  labels.forEach((l, i) => column.has(l) || column.set(l, i));
  const preview: SamplePreview['preview'] = [];
  for (let r = headerRow - 1 + headerDepth; r < rows.length && preview.length < PREVIEW_ROWS; r++) {
    const cells = rows[r];
    // As in a run: rows without a code and a procedure (blank lines, totals, signatures) are not dossiers.
    const cell = (from: string | null | undefined) => (from && column.has(from) ? text(cells[column.get(from)!]).trim() : '');
    if (cells.every((c) => text(c).trim() === '') || (!cell(mapping.code?.from) && !cell(mapping.procedureCode?.from))) continue;
    const mapped = map((from) => {
      const i = column.get(from);
      return i === undefined ? undefined : cells[i];
    });
    const checked = checkMappedRow(lookup, mapping, mapped, r + 1);
    const values = Object.fromEntries(Object.entries(mapped.raw).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]));
    preview.push({ row: r + 1, values, problems: checked.ok ? [] : checked.problems });
  }
  return {
    fileName,
    sheets,
    sheet,
    rows: rows.slice(0, SHOWN_ROWS).map((cells) => cells.map(text)),
    guess: { headerRow: guess.headerRow + 1, headerDepth: guess.depth },
    headerRow,
    headerDepth,
    labels,
    mapping,
    preview,
  };
}
