// Frameworks as versioned data: list, read, import (a new version), copy to a new year, and what-if scoring.
import type { CompareReply } from '../../../contracts/framework-imports';
import type { CopyFrameworkRequest, EvaluateReply, EvaluateRequest, FrameworkDetail, FrameworkSummary } from '../../../contracts/frameworks';
import { diffFrameworks } from '../../../domain/rules/framework-diff';
import { versionInForce } from '../../../domain/rules/framework-versions';
import {
  copyFrameworkToYear,
  HP_SGDDT_2023,
  StoredFramework,
  type Framework,
  scoreFramework,
  validateFramework,
  type FrameworkInputs,
} from '../../../domain/rules/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { conflict, DomainError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { frameworkRepository, type FrameworkVersionRow } from './framework.repository';

/** The framework the product ships with (seed 004), stored on first use so every database has it. */
export async function ensureShippedFramework(exec: Executor, createdBy: number | null = null): Promise<void> {
  if (await frameworkRepository.findVersion(exec, HP_SGDDT_2023.code, HP_SGDDT_2023.version)) return;
  await frameworkRepository.insertVersion(exec, {
    code: HP_SGDDT_2023.code,
    version: HP_SGDDT_2023.version,
    year: HP_SGDDT_2023.year,
    name: HP_SGDDT_2023.name,
    document: HP_SGDDT_2023,
    createdBy,
  });
}

/** The stored document as the domain type (it was validated when stored; parsing again guards hand edits). */
export function frameworkOf(row: FrameworkVersionRow): Framework {
  return StoredFramework.parse(row.document);
}

export function toFrameworkSummary(row: FrameworkVersionRow): FrameworkSummary {
  const framework = frameworkOf(row);
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    year: row.year,
    name: row.name,
    partial: framework.partial ?? false,
    max: scoreFramework(framework, {}).max,
    createdAt: row.createdAt.toISOString(),
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    amendsVersion: row.amendsVersion,
  };
}

export async function listFrameworks(db: Db, actor: Actor): Promise<FrameworkSummary[]> {
  authorize(actor, 'framework:read');
  await ensureShippedFramework(db);
  return (await frameworkRepository.listVersions(db)).map(toFrameworkSummary);
}

/** A version of a framework (its latest when none is given); 404 names the code. */
export async function loadFramework(exec: Executor, code: string, version?: number): Promise<FrameworkVersionRow> {
  await ensureShippedFramework(exec);
  const row = await frameworkRepository.findVersion(exec, code, version);
  if (!row) throw notFound(version ? `bộ chỉ số ${code} phiên bản ${version}` : `bộ chỉ số ${code}`);
  return row;
}

/** The version of a code in force for a year (its decision's period), else its latest; 404 names the code. */
export async function loadFrameworkForYear(exec: Executor, code: string, year: number): Promise<FrameworkVersionRow> {
  await ensureShippedFramework(exec);
  const periods = (await frameworkRepository.listVersions(exec)).filter((v) => v.code === code);
  if (periods.length === 0) throw notFound(`bộ chỉ số ${code}`);
  const version = versionInForce(periods, year);
  if (version === null) {
    const spans = periods.map((p) => `phiên bản ${p.version}: ${p.effectiveFrom ?? '?'} – ${p.effectiveTo ?? 'nay'}`).join('; ');
    throw new DomainError('NO_VERSION_IN_FORCE', `Bộ chỉ số ${code} không có phiên bản có hiệu lực trong năm ${year} (${spans}); chọn phiên bản cụ thể.`, 400, {
      field: 'year',
    });
  }
  return loadFramework(exec, code, version);
}

/** Criteria and rules added, removed and changed between two versions of a code. */
export async function compareVersions(db: Db, actor: Actor, code: string, from: number, to: number): Promise<CompareReply> {
  authorize(actor, 'framework:read');
  const a = await loadFramework(db, code, from);
  const b = await loadFramework(db, code, to);
  const side = (row: FrameworkVersionRow) => ({ version: row.version, decisionNumber: row.decisionNumber, max: scoreFramework(frameworkOf(row), {}).max });
  return { code, from: side(a), to: side(b), ...diffFrameworks(frameworkOf(a), frameworkOf(b)) };
}

export async function getFramework(db: Db, actor: Actor, code: string, version?: number): Promise<FrameworkDetail> {
  authorize(actor, 'framework:read');
  const row = await loadFramework(db, code, version);
  return { ...toFrameworkSummary(row), document: row.document, versions: await frameworkRepository.versionNumbers(db, code) };
}

/** Stores a document as the next version of its code (the version in the file is replaced by the next free one). */
export async function importFramework(db: Db, actor: Actor, document: unknown): Promise<FrameworkDetail> {
  authorize(actor, 'framework:manage');
  const checked = validateFramework(document);
  if (!checked.ok) {
    throw new DomainError('FRAMEWORK_INVALID', `Bộ chỉ số chưa hợp lệ, sửa các lỗi sau: ${checked.messages.slice(0, 10).join('; ')}`, 400, {
      issues: checked.issues,
    });
  }
  return db.transaction(async (tx) => {
    await ensureShippedFramework(tx);
    const latest = await frameworkRepository.findVersion(tx, checked.framework.code);
    const framework: Framework = { ...checked.framework, version: (latest?.version ?? 0) + 1 };
    const row = await frameworkRepository.insertVersion(tx, {
      code: framework.code,
      version: framework.version,
      year: framework.year,
      name: framework.name,
      document: framework,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'framework.version-created',
      entityType: 'framework',
      entityId: `${row.code}@${row.version}`,
      after: { code: row.code, version: row.version, year: row.year, name: row.name },
    });
    return { ...toFrameworkSummary(row), document: row.document, versions: await frameworkRepository.versionNumbers(tx, row.code) };
  });
}

/** Copies a framework version to a new year (a new code, version 1), ready to be edited. */
export async function copyFramework(db: Db, actor: Actor, code: string, input: CopyFrameworkRequest): Promise<FrameworkDetail> {
  authorize(actor, 'framework:manage');
  const source = frameworkOf(await loadFramework(db, code));
  const copy = copyFrameworkToYear(source, { year: input.year, code: input.code, name: input.name, version: 1 });
  return db.transaction(async (tx) => {
    if (await frameworkRepository.findVersion(tx, copy.code)) {
      throw conflict('FRAMEWORK_CODE_TAKEN', `Đã có bộ chỉ số mã ${copy.code}; chọn mã khác hoặc nhập phiên bản mới cho bộ đó.`);
    }
    const row = await frameworkRepository.insertVersion(tx, {
      code: copy.code,
      version: 1,
      year: copy.year,
      name: copy.name,
      document: copy,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'framework.copied',
      entityType: 'framework',
      entityId: `${row.code}@1`,
      before: { code: source.code, version: source.version },
      after: { code: row.code, year: row.year },
    });
    return { ...toFrameworkSummary(row), document: row.document, versions: [1] };
  });
}

/** Scores inputs without storing them (what-if); leaves only, in tree order, as the API promises. */
export async function evaluateFramework(db: Db, actor: Actor, code: string, input: EvaluateRequest): Promise<EvaluateReply> {
  authorize(actor, 'framework:read');
  const framework = frameworkOf(await loadFramework(db, code, input.version));
  const scored = scoreFramework(framework, input.inputs as FrameworkInputs);
  return {
    total: scored.total,
    max: scored.max,
    criteria: scored.criteria.map((c) => ({ code: c.code, score: c.score, max: c.max, explanation: c.explanation })),
  };
}
