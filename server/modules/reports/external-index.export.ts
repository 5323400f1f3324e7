// External indices in Excel: one sheet per index and year, the index's own result first and its
// sub-indicators below, each with the change from the nearest earlier year the unit has for that index.
import ExcelJS from 'exceljs';
import type { ExternalIndexWithIndicators } from '../../../contracts/reports-external';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addTable, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { recordAudit } from '../audit/audit.service';
import { externalIndexOverview } from './external-index.service';

const INDEX_NAMES: Record<string, string> = { PAR: 'PAR Index', SIPAS: 'SIPAS', PAPI: 'PAPI', PCI: 'PCI', ICT: 'ICT Index', DTI: 'DTI' };
const indexName = (code: string) => INDEX_NAMES[code] ?? code;

interface Figures {
  score: number | null;
  rank: number | null;
  rankLabel: string | null;
}

/** One row of a sheet: the index itself (bold, no max) or one of its sub-indicators, beside last year's figures. */
interface Line {
  overall: boolean;
  code: string;
  name: string;
  max: number | null;
  now: Figures;
  before: Figures | undefined;
  note: string | null;
}

// Differences of decimal scores (97.65 - 90.45) carry float noise; indices publish at most four decimals.
const round = (v: number) => Math.round(v * 10_000) / 10_000;
const scoreChange = (l: Line) => (l.now.score === null || l.before?.score == null ? null : round(l.now.score - l.before.score));
/** Positive when the unit moved up (rank 5 → 2 is +3). */
const rankChange = (l: Line) => (l.now.rank === null || l.before?.rank == null ? null : l.before.rank - l.now.rank);
const SIGNED = '+0.00##;-0.00##;0';

/** `signed`: a change, shown with its sign (+1,5 / -7,2). */
const COLUMNS: Array<ExcelColumn<Line> & { signed?: true }> = [
  { header: 'Mã', width: 10, value: (l) => l.code },
  { header: 'Chỉ số', width: 60, value: (l) => l.name },
  { header: 'Điểm', width: 10, value: (l) => l.now.score },
  { header: 'Điểm tối đa', width: 12, value: (l) => l.max },
  { header: 'Thứ hạng', width: 10, value: (l) => l.now.rankLabel },
  { header: 'Điểm năm trước', width: 15, value: (l) => l.before?.score ?? null },
  { header: 'Tăng/giảm điểm', width: 15, value: scoreChange, signed: true },
  { header: 'Hạng năm trước', width: 15, value: (l) => l.before?.rankLabel ?? null },
  { header: 'Tăng/giảm hạng (+ là tăng hạng)', width: 18, value: rankChange, signed: true },
  { header: 'Nguồn, ghi chú', width: 50, value: (l) => l.note },
];

/** The result's own line, then one per sub-indicator, matched to last year's sub-indicator by code. */
function linesOf(result: ExternalIndexWithIndicators, previous: ExternalIndexWithIndicators | undefined, manyUnits: boolean): Line[] {
  const name = manyUnits ? `${indexName(result.indexCode)} – ${result.unitName}` : `${indexName(result.indexCode)} (chỉ số chung)`;
  const overall: Line = { overall: true, code: result.indexCode, name, max: null, now: result, before: previous, note: result.note };
  const earlier = new Map(previous?.indicators.map((i) => [i.code.toUpperCase(), i]));
  return [
    overall,
    ...result.indicators.map((i): Line => ({
      overall: false,
      code: i.code,
      name: i.name,
      max: i.max,
      now: i,
      before: earlier.get(i.code.toUpperCase()),
      note: null,
    })),
  ];
}

/** The nearest earlier year of the same unit and index (indices are not published every year). */
function previousOf(result: ExternalIndexWithIndicators, all: ExternalIndexWithIndicators[]): ExternalIndexWithIndicators | undefined {
  return all
    .filter((r) => r.unitId === result.unitId && r.indexCode === result.indexCode && r.year < result.year)
    .reduce<ExternalIndexWithIndicators | undefined>((best, r) => (best === undefined || r.year > best.year ? r : best), undefined);
}

function addYearSheet(book: ExcelJS.Workbook, group: ExternalIndexWithIndicators[], all: ExternalIndexWithIndicators[]): void {
  const { indexCode, year } = group[0]!;
  const sheet = book.addWorksheet(`${indexCode} ${year}`);
  sheet.addRow([`${indexName(indexCode)} năm ${year}`]).font = { bold: true, size: 14 };
  const previousYears = [...new Set(group.map((r) => previousOf(r, all)?.year).filter((y) => y !== undefined))];
  sheet.addRow([previousYears.length > 0 ? `So sánh với năm ${previousYears.join(', ')}` : 'Chưa có kết quả năm trước để so sánh.']);
  const lines = group.flatMap((r) => linesOf(r, previousOf(r, all), group.length > 1));
  const rows = addTable(sheet, COLUMNS, lines);
  rows.forEach((row, n) => {
    if (lines[n]!.overall) row.font = { bold: true };
    COLUMNS.forEach((c, i) => {
      if (c.signed) row.getCell(i + 1).numFmt = SIGNED;
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
}

/** Every result the actor may read (optionally one index), one sheet per index and year, oldest first. */
export async function exportExternalIndicesXlsx(db: Db, actor: Actor, index?: string): Promise<{ name: string; bytes: Buffer }> {
  const { results } = await externalIndexOverview(db, actor, index);
  const groups = new Map<string, ExternalIndexWithIndicators[]>();
  for (const r of results) groups.set(`${r.indexCode} ${r.year}`, [...(groups.get(`${r.indexCode} ${r.year}`) ?? []), r]);
  const book = new ExcelJS.Workbook();
  for (const group of groups.values()) addYearSheet(book, group, results);
  if (groups.size === 0) book.addWorksheet('Chưa có kết quả').addRow(['Chưa có kết quả chỉ số nào được nhập.']);
  await recordAudit(db, actor, { action: 'external-index.exported', entityType: 'external_index_result', after: { format: 'xlsx', index: index ?? null } });
  return { name: `Chỉ số bên ngoài${index ? ` ${indexName(index)}` : ''}.xlsx`, bytes: await workbookBuffer(book) };
}
