// What every run does with a batch of rows (a page of a pull, a thousand lines of a file): in one transaction,
// renew the run's lease and move its progress forward, refuse rows that would overwrite a desk dossier, hand the
// rest to the bulk import (server/modules/dossiers: idempotent, COPY-based), and record counts and refused rows.
// Progress and data commit together, so a run killed at any point resumes exactly after its last committed batch.
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { importDossiers } from '../dossiers/dossier-import.service';
import type { CheckedRow, RowProblem } from './row-check';
import { runRepository, type RunRow } from './run.repository';
import { sourceRepository, type SourceWithUnit } from './source.repository';

/** What a run's worker provides: the database, the server secret, its lease and a stop signal. */
export interface RunContext {
  db: Db;
  /** The server's secret (credentials are sealed with a key derived from it). */
  secret: string;
  dataDir: string;
  owner: string;
  leaseMs: number;
  signal: AbortSignal;
  log: FastifyBaseLogger;
}

// A run that refuses every row of a broken export must not fill the table: the first ones tell what to fix.
const MAX_PROBLEMS_PER_BATCH = 200;

/**
 * Who writes a source's dossiers: the source itself, within the subtree of the unit it feeds (the import refuses
 * units outside it). The history and the audit log name the source; the id is the account that registered it.
 */
export function connectorActor(source: SourceWithUnit): Actor {
  return {
    userId: source.createdBy ?? 0,
    username: `nguon:${source.code}`,
    fullName: `Nguồn dữ liệu: ${source.name}`,
    role: 'one_stop_officer',
    unitId: source.unitId,
    unitPath: source.unitPath,
    scopePath: source.unitPath,
  };
}

export interface BatchRow {
  row: number;
  ref: string;
  checked: CheckedRow;
}

export interface BatchTotals {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/** Commits one batch with the run's new progress; throws LeaseLost (and writes nothing) when the run was taken over. */
export async function commitBatch(
  ctx: RunContext,
  run: RunRow,
  source: SourceWithUnit,
  rows: BatchRow[],
  progress: Record<string, unknown>,
  patch: Partial<RunRow> = {},
): Promise<BatchTotals> {
  return ctx.db.transaction(async (tx) => {
    await runRepository.renew(tx, run.id, ctx.owner, ctx.leaseMs, { ...patch, progress });
    const good = rows.filter((r) => r.checked.ok);
    const desk = await sourceRepository.deskCodes(
      tx,
      good.map((r) => r.checked.code!),
    );
    const refused = rows.flatMap((r): Array<{ r: BatchRow; code: string | null; month: string | null; problems: RowProblem[] }> => {
      if (!r.checked.ok) return [{ r, code: r.checked.code, month: r.checked.month, problems: r.checked.problems }];
      if (desk.has(r.checked.code)) {
        const month = typeof r.checked.raw.receivedOn === 'string' ? r.checked.raw.receivedOn.slice(0, 7) : null;
        return [
          {
            r,
            code: r.checked.code,
            month,
            problems: [
              {
                column: 'code',
                field: null,
                message: `hồ sơ ${r.checked.code} do Bộ phận Một cửa tiếp nhận trên hệ thống này, không ghi đè bằng dữ liệu của nguồn.`,
              },
            ],
          },
        ];
      }
      return [];
    });
    const accepted = good.filter((r) => r.checked.ok && !desk.has(r.checked.code));
    const result = accepted.length
      ? // The transaction is handed to the import as its database: the import's own transaction becomes a savepoint of this one.
        await importDossiers(
          tx as unknown as Db,
          connectorActor(source),
          source.code,
          accepted.map((r) => ({ row: r.row, raw: (r.checked as { raw: Record<string, unknown> }).raw })),
        )
      : { total: 0, created: 0, updated: 0, unchanged: 0 };
    const totals: BatchTotals = { read: rows.length, created: result.created, updated: result.updated, unchanged: result.unchanged, refused: refused.length };
    await runRepository.addCounts(tx, run.id, totals);
    await runRepository.addProblems(
      tx,
      refused
        .flatMap(({ r, code, month, problems }) =>
          problems.map((p) => ({ runId: run.id, sourceId: source.id, row: r.row, ref: r.ref, code, field: p.field, message: p.message, month })),
        )
        .slice(0, MAX_PROBLEMS_PER_BATCH),
    );
    return totals;
  });
}
