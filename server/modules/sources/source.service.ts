// Use cases of the sources page: register and change a source (its secrets sealed, never returned), list sources
// with their last run and data age, start a run now, drop a file into a file source's inbox, read runs and the
// rows they refused. Every use case checks the actor's permission on the unit the source feeds, first.
import type { FastifyInstance } from 'fastify';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CreateSourceRequest, RunDetail, SourceRun, SourceView, UpdateSourceRequest } from '../../../contracts/sources';
import type { FileProfile, PullConfig } from '../../../contracts/sources';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { conflict, DomainError, forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { sealCredentials } from './credentials';
import { inboxDir } from './file-run';
import { fileKind } from './file-sheet';
import { kickSourceWorker } from './run-worker';
import { runRepository, type RunRow } from './run.repository';
import { sourceRepository, type SourceWithUnit } from './source.repository';

/** The run as the page shows it. */
export function toRunView(r: RunRow): SourceRun {
  const p = r.progress as { page?: number; pagesTotal?: number | null; row?: number; file?: string };
  const isFile = p.file !== undefined || r.trigger === 'file';
  return {
    id: r.id,
    sourceId: r.sourceId,
    trigger: r.trigger as SourceRun['trigger'],
    status: r.status as SourceRun['status'],
    queuedAt: r.queuedAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
    cursorBefore: r.cursorBefore,
    cursorAfter: r.cursorAfter,
    rowsRead: r.rowsRead,
    rowsCreated: r.rowsCreated,
    rowsUpdated: r.rowsUpdated,
    rowsUnchanged: r.rowsUnchanged,
    rowsRefused: r.rowsRefused,
    progress: isFile ? { done: r.rowsRead, total: null, unit: 'row' } : { done: p.page ?? 0, total: p.pagesTotal ?? null, unit: 'page' },
    resumes: r.resumes,
    fileName: r.fileName ?? p.file ?? null,
    error: r.error,
  };
}

function toView(s: SourceWithUnit, last: RunRow | undefined, open: RunRow | undefined, dataDir: string): SourceView {
  const [date, time] = s.dataUntil ? s.dataUntil.split(' ') : [null, null];
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    kind: s.kind as SourceView['kind'],
    unitId: s.unitId,
    unitName: s.unitName,
    active: s.active,
    schedule: s.schedule as SourceView['schedule'],
    config: s.kind === 'pull' ? (s.config as PullConfig) : null,
    profile: s.kind === 'file' ? (s.config as FileProfile) : null,
    credentials: { set: s.credentials !== null, username: s.credentialsUsername },
    cursor: s.cursor,
    dataUntil: date ? { date, time: time ?? null } : null,
    inbox: s.kind === 'file' ? inboxDir(dataDir, s.code) : null,
    lastRun: last ? toRunView(last) : null,
    activeRun: open ? toRunView(open) : null,
  };
}

/** The source, when the actor may use `action` on the unit it feeds (403 otherwise, whether it exists or not). */
async function sourceFor(db: Db, actor: Actor, action: string, id: number): Promise<SourceWithUnit> {
  authorize(actor, action);
  const source = await sourceRepository.get(db, id);
  if (!source) throw forbidden();
  authorize(actor, action, { path: source.unitPath });
  return source;
}

async function unitFor(db: Db, actor: Actor, unitId: number) {
  const unit = await orgUnitRepository.findById(db, unitId);
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${unitId}) không tồn tại; chọn lại đơn vị mà nguồn cấp dữ liệu.`, 400, { field: 'unitId' });
  authorize(actor, 'source:manage', unit);
  return unit;
}

async function viewOf(db: Db, dataDir: string, id: number): Promise<SourceView> {
  const source = (await sourceRepository.get(db, id))!;
  const { last, open } = await runRepository.latestBySource(db, [id]);
  return toView(source, last.get(id), open.get(id), dataDir);
}

/** What the audit log keeps of a source: everything but its secrets. */
function auditShape(
  s: { name?: string; code?: string; kind?: string; unitId?: number; schedule?: unknown; active?: boolean; config?: unknown; profile?: unknown },
  credentialsChanged: boolean,
) {
  return {
    name: s.name,
    code: s.code,
    kind: s.kind,
    unitId: s.unitId,
    schedule: s.schedule,
    active: s.active,
    config: s.config ?? s.profile,
    credentials: credentialsChanged ? '[đã thay đổi]' : undefined,
  };
}

/** Sources of the actor's scope with their last run, the run in progress and how far their data reaches. */
export async function listSources(db: Db, actor: Actor, dataDir: string): Promise<{ items: SourceView[] }> {
  authorize(actor, 'source:read');
  const rows = await sourceRepository.list(db, actor.scopePath);
  const { last, open } = await runRepository.latestBySource(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toView(r, last.get(r.id), open.get(r.id), dataDir)) };
}

export async function getSource(db: Db, actor: Actor, dataDir: string, id: number): Promise<SourceView> {
  await sourceFor(db, actor, 'source:read', id);
  return viewOf(db, dataDir, id);
}

/** Registers a source; its credentials are sealed with the server's secret before they reach the database. */
export async function createSource(db: Db, actor: Actor, secret: string, dataDir: string, input: CreateSourceRequest): Promise<SourceView> {
  authorize(actor, 'source:manage');
  await unitFor(db, actor, input.unitId);
  const id = await db.transaction(async (tx) => {
    if (await sourceRepository.codeTaken(tx, input.code))
      throw conflict('SOURCE_CODE_TAKEN', `Mã nguồn "${input.code}" đã dùng cho một nguồn khác; chọn mã khác.`);
    const credentials = input.kind === 'pull' ? (input.credentials ?? null) : null;
    const row = await sourceRepository.insert(tx, {
      code: input.code,
      name: input.name,
      kind: input.kind,
      unitId: input.unitId,
      active: input.active,
      schedule: input.schedule,
      config: input.kind === 'pull' ? input.config : input.profile,
      credentials: credentials ? sealCredentials(secret, credentials) : null,
      credentialsUsername: credentials && 'username' in credentials ? credentials.username : null,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'source.created',
      entityType: 'source',
      entityId: row.id,
      unitId: row.unitId,
      after: auditShape(input, credentials !== null),
    });
    return row.id;
  });
  return viewOf(db, dataDir, id);
}

/** Changes a source; absent credentials are kept, null removes them. */
export async function updateSource(db: Db, actor: Actor, secret: string, dataDir: string, id: number, input: UpdateSourceRequest): Promise<SourceView> {
  const source = await sourceFor(db, actor, 'source:manage', id);
  if (input.unitId !== undefined) await unitFor(db, actor, input.unitId);
  if (source.kind === 'pull' && input.profile)
    throw new DomainError('SOURCE_KIND', 'Nguồn kéo dữ liệu qua HTTP không có hồ sơ ánh xạ tệp; sửa phần "Cấu hình kết nối".', 400);
  if (source.kind === 'file' && (input.config || input.credentials))
    throw new DomainError('SOURCE_KIND', 'Nguồn tệp không có cấu hình kết nối hay thông tin đăng nhập.', 400);
  await db.transaction(async (tx) => {
    const values: Parameters<typeof sourceRepository.update>[2] = {};
    if (input.name !== undefined) values.name = input.name;
    if (input.unitId !== undefined) values.unitId = input.unitId;
    if (input.schedule !== undefined) values.schedule = input.schedule;
    if (input.active !== undefined) values.active = input.active;
    if (input.config) values.config = input.config;
    if (input.profile) values.config = input.profile;
    if (input.credentials !== undefined) {
      values.credentials = input.credentials ? sealCredentials(secret, input.credentials) : null;
      values.credentialsUsername = input.credentials && 'username' in input.credentials ? input.credentials.username : null;
    }
    await sourceRepository.update(tx, id, values);
    await recordAudit(tx, actor, {
      action: 'source.updated',
      entityType: 'source',
      entityId: id,
      unitId: input.unitId ?? source.unitId,
      before: auditShape({ ...source, config: source.config }, false),
      after: auditShape(input, input.credentials !== undefined),
    });
  });
  return viewOf(db, dataDir, id);
}

/** Queues a run now (or returns the one already queued or running) and wakes the worker. */
export async function runNow(app: FastifyInstance, actor: Actor, id: number): Promise<SourceRun> {
  const source = await sourceFor(app.db, actor, 'source:run', id);
  const { run, created } = await runRepository.request(app.db, id, source.kind === 'file' ? 'file' : 'manual', actor.userId, source.cursor);
  if (created)
    await recordAudit(app.db, actor, { action: 'source.run-requested', entityType: 'source', entityId: id, unitId: source.unitId, after: { runId: run.id } });
  void kickSourceWorker(app);
  return toRunView(run);
}

/** The permission check of an upload, done before the upload is read. */
export async function assertCanDrop(db: Db, actor: Actor, id: number): Promise<void> {
  await sourceFor(db, actor, 'source:run', id);
}

/** Puts an uploaded export into the source's inbox and queues its run. */
export async function dropFile(app: FastifyInstance, actor: Actor, id: number, fileName: string, bytes: Buffer): Promise<SourceRun> {
  const source = await sourceFor(app.db, actor, 'source:run', id);
  if (source.kind !== 'file') throw new DomainError('SOURCE_KIND', `Nguồn "${source.name}" kéo dữ liệu qua HTTP, không nhận tệp.`, 400);
  const safe = basename(fileName)
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .slice(-120);
  if (!fileKind(safe)) throw new DomainError('SOURCE_FILE_TYPE', `Tệp "${fileName}" không phải .xlsx hoặc .csv.`, 400);
  if (bytes.length === 0) throw new DomainError('SOURCE_FILE_EMPTY', `Tệp "${fileName}" rỗng.`, 400);
  const dir = inboxDir(app.config.dataDir, source.code);
  let target = safe;
  for (let n = 2; existsSync(join(dir, target)); n++) target = safe.replace(/(\.[^.]+)$/, ` (${n})$1`);
  writeFileSync(join(dir, target), bytes);
  await recordAudit(app.db, actor, {
    action: 'source.file-uploaded',
    entityType: 'source',
    entityId: id,
    unitId: source.unitId,
    after: { file: target, bytes: bytes.length },
  });
  const { run } = await runRepository.request(app.db, id, 'file', actor.userId, source.cursor);
  void kickSourceWorker(app);
  return toRunView(run);
}

export async function listRuns(db: Db, actor: Actor, id: number): Promise<{ items: SourceRun[] }> {
  await sourceFor(db, actor, 'source:read', id);
  return { items: (await runRepository.list(db, id, 100)).map(toRunView) };
}

/** A run with the rows it refused (the first 500), by row and field. */
export async function getRun(db: Db, actor: Actor, id: number, runId: number): Promise<RunDetail> {
  await sourceFor(db, actor, 'source:read', id);
  const run = await runRepository.get(db, runId);
  if (!run || run.sourceId !== id) throw forbidden();
  const { items, total } = await runRepository.problems(db, runId, 500);
  return {
    run: toRunView(run),
    problems: items.map((p) => ({ row: p.row, ref: p.ref, code: p.code, field: p.field, message: p.message })),
    problemsTotal: total,
  };
}
