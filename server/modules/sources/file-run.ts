// A run of a file source: the oldest file waiting in the source's inbox folder (dropped there by a shared folder,
// or uploaded through the web), read with the source's profile, committed a thousand rows at a time with the line
// reached, then moved to the inbox's "da-nhap" folder. A killed run resumes at the line after its last commit.
import * as clock from '../../clock';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FileProfile } from '../../../contracts/sources';
import { compileMapping, headerLabels, toPortalTime, vietnamMoment, type SheetCell } from '../../../domain/sources/index';
import { DomainError } from '../../errors';
import { fileKind, fileRows } from './file-sheet';
import { checkMappedRow } from './row-check';
import { commitBatch, type BatchRow, type RunContext } from './run-batch';
import type { RunRow } from './run.repository';
import { sourceRepository, type SourceWithUnit } from './source.repository';

const BATCH = 1000;
export const PROCESSED_DIR = 'da-nhap';
export const FAILED_DIR = 'loi';

/** The folder a file source watches: DATA_DIR/inbox/<source code>/ (created when missing). */
export function inboxDir(dataDir: string, code: string): string {
  const dir = join(dataDir, 'inbox', code);
  mkdirSync(join(dir, PROCESSED_DIR), { recursive: true });
  return dir;
}

/** Moves a file the source cannot read out of the way (to "loi"), so the files after it are not held up. */
export function setFileAside(dataDir: string, code: string, file: string): void {
  const dir = inboxDir(dataDir, code);
  mkdirSync(join(dir, FAILED_DIR), { recursive: true });
  try {
    renameSync(join(dir, file), join(dir, FAILED_DIR, `${toPortalTime(vietnamMoment(clock.now().getTime()))}-${file}`));
  } catch {
    // Already moved or removed by hand: nothing is waiting any more.
  }
}

/** Files waiting in the inbox, oldest first (by modification time, then name). */
export function waitingFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && fileKind(e.name) !== null && !e.name.startsWith('.') && !e.name.startsWith('~$'))
    .map((e) => ({ name: e.name, mtime: statSync(join(dir, e.name)).mtimeMs }))
    .sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name))
    .map((f) => f.name);
}

interface FileProgress {
  file?: string;
  /** Last sheet row committed. */
  row?: number;
}

const blank = (c: SheetCell | undefined) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

/** The file a run works on: the one it started (when resumed), else the oldest waiting; null when none waits. */
export function fileOfRun(dataDir: string, run: RunRow, source: SourceWithUnit): string | null {
  return (run.progress as FileProgress).file ?? waitingFiles(inboxDir(dataDir, source.code))[0] ?? null;
}

/** Runs (or resumes) the import of one file of the inbox; returns how far its data reaches (its export time). */
export async function executeFileRun(ctx: RunContext, run: RunRow, source: SourceWithUnit, file: string): Promise<{ dataUntil: string }> {
  const profile = FileProfile.parse(source.config);
  const dir = inboxDir(ctx.dataDir, source.code);
  const saved = run.progress as FileProgress;
  const path = join(dir, file);
  const modified = statSync(path).mtimeMs;
  const lookup = await sourceRepository.rowLookup(ctx.db, source.unitPath);
  const map = compileMapping(profile.mapping);
  const headerEnd = profile.headerRow + profile.headerDepth - 1;
  const header: SheetCell[][] = [];
  let columns: Map<string, number> | null = null;
  let batch: BatchRow[] = [];
  let lastRow = saved.row ?? headerEnd;
  const flush = async (upTo: number) => {
    await commitBatch(ctx, run, source, batch, { file, row: upTo }, { fileName: file });
    batch = [];
  };
  for await (const { row, cells } of fileRows(path, file, profile.sheet)) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    if (row <= headerEnd) {
      if (row >= profile.headerRow) header[row - profile.headerRow] = cells;
      if (row === headerEnd) columns = columnsOf(header, profile, file);
      continue;
    }
    if (row <= lastRow) continue;
    if (!columns) throw new DomainError('SOURCE_FILE_HEADER', `Tệp "${file}" không có dòng tiêu đề ở dòng ${profile.headerRow}.`, 400);
    const col = columns;
    // Blank lines, totals and the signature block under the table are not dossiers: no code and no procedure.
    const codeCell = cells[col.get(profile.mapping.code!.from!) ?? -1];
    const procCell = cells[col.get(profile.mapping.procedureCode!.from!) ?? -1];
    if (blank(codeCell) && blank(procCell)) continue;
    const mapped = map((from) => {
      const i = col.get(from);
      return i === undefined ? undefined : cells[i];
    });
    batch.push({ row, ref: `Dòng ${row}`, checked: checkMappedRow(lookup, profile.mapping, mapped, row) });
    lastRow = row;
    if (batch.length >= BATCH) await flush(row);
  }
  if (!columns) throw new DomainError('SOURCE_FILE_HEADER', `Tệp "${file}" ngắn hơn dòng tiêu đề ${headerEnd} của hồ sơ ánh xạ.`, 400);
  if (batch.length) await flush(lastRow);
  const stamp = toPortalTime(vietnamMoment(clock.now().getTime()));
  renameSync(path, join(dir, PROCESSED_DIR, `${stamp}-${file}`));
  return { dataUntil: toPortalTime(vietnamMoment(modified)) };
}

/** Column index of each label of this file's header; every mapped column must be there. */
function columnsOf(header: SheetCell[][], profile: FileProfile, file: string): Map<string, number> {
  const labels = headerLabels(header, 0, profile.headerDepth);
  const columns = new Map<string, number>();
  labels.forEach((label, i) => {
    if (!columns.has(label)) columns.set(label, i);
  });
  const missing = Object.values(profile.mapping)
    .map((rule) => rule?.from)
    .filter((from): from is string => !!from && !columns.has(from));
  if (missing.length) {
    throw new DomainError(
      'SOURCE_FILE_COLUMNS',
      `Tệp "${file}" không có cột ${missing.map((m) => `'${m}'`).join(', ')} ở dòng tiêu đề ${profile.headerRow}: dùng đúng mẫu báo cáo, hoặc sửa hồ sơ ánh xạ của nguồn.`,
      400,
    );
  }
  return columns;
}
