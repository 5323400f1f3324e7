// What other systems pull from cchc instead of re-typing it: the department's 766 figures and extracts of the
// register, as JSON and as CSV (UTF-8 with a byte-order mark, so Excel opens the Vietnamese text right).
import type { Kpi766Report } from '../../../contracts/kpi766';
import type { OutboundDossierPage, OutboundDossierQuery, OutboundKpi766Query } from '../../../contracts/outbound';
import { dossierStateLabel, type DossierStateCode } from '../../../domain/dossiers/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { kpi766Report } from '../dossiers/kpi766.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { outboundRepository } from './outbound.repository';

const BOM = '\uFEFF';

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const t = String(v);
  return /[",\r\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}
const csv = (rows: unknown[][]) => BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export async function kpi766Figures(db: Db, actor: Actor, q: OutboundKpi766Query): Promise<Kpi766Report> {
  authorize(actor, 'dossier:read');
  return kpi766Report(db, actor, q);
}

/** The 766 figures as one long table: the counts behind the score, each indicator, each group and the total. */
export async function kpi766Csv(db: Db, actor: Actor, q: OutboundKpi766Query): Promise<string> {
  const r = await kpi766Figures(db, actor, q);
  const head = [r.unit.name, r.periodLabel];
  const rows: unknown[][] = [['don_vi', 'ky', 'loai', 'ma', 'ten', 'gia_tri', 'ty_le', 'diem', 'diem_toi_da', 'trang_thai']];
  for (const c of r.counts) rows.push([...head, 'so_lieu', c.key, c.label, c.value, '', '', '', c.value === null ? 'khong-co-du-lieu' : '']);
  for (const g of r.result.groups) {
    for (const i of g.indicators) rows.push([...head, 'chi_so', i.code, i.label, '', i.rate, i.points, i.maxPoints, i.status]);
    rows.push([...head, 'nhom', g.key, g.label, '', '', g.score, g.max, '']);
  }
  rows.push([...head, 'tong', '766', 'Tổng điểm', '', r.result.percent, r.result.score, r.result.max, '']);
  return csv(rows);
}

/** The subtree an extract covers: the unit asked for (in scope), else the top of the actor's scope. */
async function extractPath(db: Db, actor: Actor, unitId?: number): Promise<string> {
  authorize(actor, 'dossier:read');
  if (!unitId) return actor.scopePath;
  const unit = await orgUnitRepository.findById(db, unitId);
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${unitId}) không tồn tại.`, 400, { field: 'unitId' });
  authorize(actor, 'dossier:read', unit);
  return unit.path;
}

export async function dossierExtract(db: Db, actor: Actor, q: OutboundDossierQuery): Promise<OutboundDossierPage> {
  const path = await extractPath(db, actor, q.unitId);
  const { total, rows } = await outboundRepository.extract(db, path, {
    from: q.from,
    to: q.to,
    changedSince: q.changedSince,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  return { total, page: q.page, pageSize: q.pageSize, items: rows.map((r) => ({ ...r, stateLabel: dossierStateLabel(r.state as DossierStateCode) })) };
}

const EXTRACT_COLUMNS = [
  'code',
  'procedureCode',
  'procedureName',
  'unitCode',
  'unitName',
  'channel',
  'state',
  'stateLabel',
  'receivedOn',
  'dueOn',
  'resolvedOn',
  'returnedOn',
  'timeliness',
  'supplementCount',
  'source',
  'updatedAt',
] as const;

export async function dossierExtractCsv(db: Db, actor: Actor, q: OutboundDossierQuery): Promise<{ csv: string; total: number }> {
  const page = await dossierExtract(db, actor, q);
  return { csv: csv([[...EXTRACT_COLUMNS], ...page.items.map((d) => EXTRACT_COLUMNS.map((c) => d[c]))]), total: page.total };
}
