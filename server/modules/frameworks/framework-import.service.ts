// Importing a province's PAR framework from its decision's appendix: read the file, build a draft with every
// criterion's review, let the Office fix it, and publish it as a version carrying its decision. Nothing an
// assessment reads changes before publication.
import type { FrameworkImportDetail, FrameworkImportSummary, PublishImportRequest, StartImportRequest } from '../../../contracts/framework-imports';
import type { FrameworkDetail } from '../../../contracts/frameworks';
import { buildImportDraft, suggestMetricBindings, type CriterionReview, type ImportIssue } from '../../../domain/rules/import/index';
import { validateFramework, type Framework } from '../../../domain/rules/index';
import { addDays, type IsoDate } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { conflict, DomainError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { readAppendix } from './appendix-readers';
import { frameworkImportRepository, type FrameworkImportRow } from './framework-import.repository';
import { frameworkRepository } from './framework.repository';
import { ensureShippedFramework, toFrameworkSummary } from './framework.service';

type DraftDocument = { code?: unknown; name?: unknown; year?: unknown; areas?: unknown };

function docOf(row: FrameworkImportRow): DraftDocument {
  return (row.document ?? {}) as DraftDocument;
}

function toSummary(row: FrameworkImportRow): FrameworkImportSummary {
  const doc = docOf(row);
  const reviews = row.reviews as CriterionReview[];
  return {
    id: row.id,
    sourceName: row.sourceName,
    sourceKind: row.sourceKind,
    code: String(doc.code ?? ''),
    name: String(doc.name ?? ''),
    year: Number(doc.year ?? 0),
    status: row.status === 'published' ? 'published' : 'draft',
    flagged: reviews.filter((r) => r.status === 'partly' || r.status === 'unrecognised').length,
    publishedCode: row.publishedCode,
    publishedVersion: row.publishedVersion,
    createdAt: row.createdAt.toISOString(),
  };
}

async function toDetail(db: Executor, row: FrameworkImportRow): Promise<FrameworkImportDetail> {
  const checked = validateFramework(row.document);
  const doc = docOf(row);
  const areas = Array.isArray(doc.areas) ? (doc.areas as Framework['areas']) : [];
  const computed = Math.round(areas.reduce((s, a) => s + (Number(a.maxPoints) || 0), 0) * 1e6) / 1e6;
  return {
    ...toSummary(row),
    document: row.document,
    reviews: row.reviews as CriterionReview[],
    issues: row.issues as ImportIssue[],
    totals: { table: row.tableTotal, computed },
    problems: checked.ok ? [] : checked.issues,
    bindings: checked.ok || areas.length ? safeBindings(areas) : [],
    existingVersions: typeof doc.code === 'string' ? await frameworkRepository.versionNumbers(db, doc.code) : [],
  };
}

// A draft being edited may be half-formed; suggestions then wait until it can be read.
function safeBindings(areas: Framework['areas']) {
  try {
    return suggestMetricBindings({ areas });
  } catch {
    return [];
  }
}

async function loadDraft(db: Executor, id: number, forUpdate = false): Promise<FrameworkImportRow> {
  const row = await frameworkImportRepository.find(db, id, forUpdate);
  if (!row) throw notFound(`bản nhập bộ chỉ số số ${id}`);
  return row;
}

function assertDraft(row: FrameworkImportRow): void {
  if (row.status !== 'draft')
    throw conflict(
      'IMPORT_PUBLISHED',
      `Bản nhập số ${row.id} đã ban hành thành ${row.publishedCode} phiên bản ${row.publishedVersion}; nhập lại phụ lục để làm bản mới.`,
    );
}

/** Reads the appendix and stores the draft with its reviews and issues. */
export async function startImport(db: Db, actor: Actor, input: StartImportRequest, maxBytes: number): Promise<FrameworkImportDetail> {
  authorize(actor, 'framework:manage');
  const bytes = input.contentBase64 ? Uint8Array.from(Buffer.from(input.contentBase64, 'base64')) : undefined;
  if (bytes && bytes.length > maxBytes) {
    throw new DomainError(
      'FILE_TOO_LARGE',
      `Tệp "${input.fileName}" lớn hơn ${Math.round(maxBytes / 1024 / 1024)} MB; tách phụ lục ra tệp riêng rồi tải lại.`,
      400,
      { field: 'file' },
    );
  }
  const table = await readAppendix(input.kind, { bytes, text: input.text }, input.fileName);
  const draft = buildImportDraft(table, { code: input.code, name: input.name, year: input.year, sourceName: input.fileName });
  if (draft.document.areas.length === 0) {
    const first = draft.issues.find((i) => i.severity === 'error')?.message ?? 'Không tìm thấy tiêu chí nào.';
    throw new DomainError('APPENDIX_EMPTY', `Không dựng được bộ chỉ số từ "${input.fileName}": ${first}`, 400, { issues: draft.issues });
  }
  return db.transaction(async (tx) => {
    const row = await frameworkImportRepository.insert(tx, {
      sourceName: input.fileName,
      sourceKind: input.kind,
      document: draft.document,
      reviews: draft.reviews,
      issues: draft.issues,
      tableTotal: draft.totals.table,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'framework.import-started',
      entityType: 'framework-import',
      entityId: row.id,
      after: { source: input.fileName, code: input.code, criteria: draft.reviews.length },
    });
    return toDetail(tx, row);
  });
}

export async function listImports(db: Db, actor: Actor): Promise<FrameworkImportSummary[]> {
  authorize(actor, 'framework:manage');
  return (await frameworkImportRepository.list(db)).map(toSummary);
}

export async function getImport(db: Db, actor: Actor, id: number): Promise<FrameworkImportDetail> {
  authorize(actor, 'framework:manage');
  return toDetail(db, await loadDraft(db, id));
}

/** Stores the officer's edited draft (from the per-criterion editor); problems are reported, not refused. */
export async function saveImport(db: Db, actor: Actor, id: number, document: unknown): Promise<FrameworkImportDetail> {
  authorize(actor, 'framework:manage');
  if (typeof document !== 'object' || document === null || !Array.isArray((document as DraftDocument).areas)) {
    throw new DomainError('DRAFT_INVALID', 'Bản nháp phải là một bộ chỉ số có danh sách lĩnh vực (areas).', 400, { field: 'document' });
  }
  return db.transaction(async (tx) => {
    const row = await loadDraft(tx, id, true);
    assertDraft(row);
    await frameworkImportRepository.update(tx, id, { document });
    await recordAudit(tx, actor, {
      action: 'framework.import-edited',
      entityType: 'framework-import',
      entityId: id,
      before: { code: docOf(row).code },
      after: { code: (document as DraftDocument).code },
    });
    return toDetail(tx, (await frameworkImportRepository.find(tx, id))!);
  });
}

/** Publishes the draft as the next version of its code, with its decision and period; refused while problems remain. */
export async function publishImport(db: Db, actor: Actor, id: number, input: PublishImportRequest): Promise<FrameworkDetail> {
  authorize(actor, 'framework:manage');
  return db.transaction(async (tx) => {
    const row = await loadDraft(tx, id, true);
    assertDraft(row);
    const checked = validateFramework(row.document);
    if (!checked.ok) {
      throw new DomainError(
        'DRAFT_NOT_READY',
        `Chưa ban hành được: còn ${checked.issues.length} lỗi, ví dụ ${checked.messages.slice(0, 3).join('; ')}. Sửa trong trình sửa theo tiêu chí rồi ban hành lại.`,
        400,
        { issues: checked.issues },
      );
    }
    await ensureShippedFramework(tx);
    const code = checked.framework.code;
    const versions = await frameworkImportRepository.periods(tx, code);
    const amends = input.amendsVersion ?? null;
    if (amends !== null && !versions.some((v) => v.version === amends)) {
      throw new DomainError(
        'AMENDED_VERSION_UNKNOWN',
        `Bộ chỉ số ${code} không có phiên bản ${amends} để sửa đổi; chọn một phiên bản đã ban hành (${versions.map((v) => v.version).join(', ') || 'chưa có'}).`,
        400,
        { field: 'amendsVersion' },
      );
    }
    const version = (versions.at(-1)?.version ?? 0) + 1;
    const framework: Framework = { ...checked.framework, version };
    const inserted = await frameworkRepository.insertVersion(tx, {
      code,
      version,
      year: framework.year,
      name: framework.name,
      document: framework,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      amendsVersion: amends,
      createdBy: actor.userId,
    });
    // The amended set stops being in force the day before its amendment takes over.
    if (amends !== null) await frameworkImportRepository.endPeriod(tx, code, amends, addDays(input.effectiveFrom as IsoDate, -1));
    await frameworkImportRepository.update(tx, id, { status: 'published', publishedCode: code, publishedVersion: version });
    await recordAudit(tx, actor, {
      action: 'framework.version-published',
      entityType: 'framework',
      entityId: `${code}@${version}`,
      after: {
        fromImport: id,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo ?? null,
        amendsVersion: amends,
      },
    });
    return { ...toFrameworkSummary(inserted), document: inserted.document, versions: await frameworkRepository.versionNumbers(tx, code) };
  });
}
