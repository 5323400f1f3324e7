// A run of a pull source. The window of a run is "changed at or after the cursor"; pages are read in the source's
// order (by dossier code) with the lower bound fixed, so a dossier that changes during the run keeps its place
// and nothing is skipped (a dossier added meanwhile can only shift rows later, read twice, which the idempotent
// import absorbs). The next cursor is the source's own clock at the first answer: whatever changed after that
// instant is read by the next run. docs/decisions/0017-source-runs-queue.md.
import * as clock from '../../clock';
import { PullConfig } from '../../../contracts/sources';
import { compileMapping, progressFacts, readPath, toPortalTime, vietnamMoment, type ProgressEntry } from '../../../domain/sources/index';
import { openCredentials } from './credentials';
import { PullClient } from './pull-client';
import { checkMappedRow } from './row-check';
import { commitBatch, type BatchRow, type RunContext } from './run-batch';
import { runRepository, type RunRow } from './run.repository';
import { sourceRepository, type SourceWithUnit } from './source.repository';

/** Where a pull run is; saved with every page it commits. */
export interface PullProgress {
  /** Lower bound of the window (the cursor the run started from). */
  since: string | null;
  /** Upper end, the source's clock at the first answer: the next cursor. */
  until: string | null;
  /** Next page to read (0-based). */
  page: number;
  pagesTotal: number | null;
  /** Rows read so far (numbers the refused rows). */
  row: number;
  /** Months ('YYYY-MM') of the dossiers read, whose reported figures are fetched at the end. */
  months: string[];
}

// Without a Date header the local clock stands in, moved back so a clock running ahead of the source loses nothing.
const CLOCK_MARGIN_MS = 10 * 60_000;
const MAX_STATS_MONTHS = 12;
/** Rows written per transaction: the bulk import's chunk. */
const COMMIT_ROWS = 1000;

function startProgress(run: RunRow, source: SourceWithUnit): PullProgress {
  const p = run.progress as Partial<PullProgress>;
  return {
    since: p.since !== undefined ? p.since : source.cursor,
    until: p.until ?? null,
    page: p.page ?? 0,
    pagesTotal: p.pagesTotal ?? null,
    row: p.row ?? 0,
    months: p.months ?? [],
  };
}

/** Runs (or resumes) a pull; returns the new cursor. */
export async function executePullRun(ctx: RunContext, run: RunRow, source: SourceWithUnit): Promise<{ cursor: string | null }> {
  const config = PullConfig.parse(source.config);
  const credentials = source.credentials ? openCredentials(ctx.secret, source.credentials) : null;
  const client = new PullClient(config, credentials, {
    signal: ctx.signal,
    onRetry: (what, attempt, error) => ctx.log.warn({ source: source.code, run: run.id, attempt, reason: error.message }, `source call retried: ${what}`),
  });
  const map = compileMapping(config.mapping);
  const lookup = await sourceRepository.rowLookup(ctx.db, source.unitPath);
  const progress = startProgress(run, source);
  const months = new Set(progress.months);
  const fetchPage = async (page: number) => {
    const listed = await client.listPage(progress.since, page);
    const codes = listed.items
      .map((item) => readPath(item, config.mapping.code!.from!))
      .filter((c): c is string | number => typeof c === 'string' || typeof c === 'number')
      .map(String);
    return { listed, history: groupByCode(await client.history(codes)) };
  };
  let pending: BatchRow[] = [];
  let fetching = fetchPage(progress.page);
  // Awaited below or abandoned with the run; this only keeps an early failure from counting as unhandled.
  fetching.catch(() => undefined);
  for (;;) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    // Fetching can take long (a slow source, retries): the lease is renewed before, the batch commits after.
    await runRepository.renew(ctx.db, run.id, ctx.owner, ctx.leaseMs);
    const { listed, history } = await fetching;
    progress.until ??= toPortalTime(listed.serverTime ?? vietnamMoment(clock.msAgo(CLOCK_MARGIN_MS).getTime()));
    const items = listed.items;
    const done = items.length === 0 || (listed.totalPages !== null ? progress.page + 1 >= listed.totalPages : items.length < config.list.pageSize);
    // The next page travels while this one is checked and written: a remote source's latency hides behind the database.
    if (!done) {
      fetching = fetchPage(progress.page + 1);
      fetching.catch(() => undefined);
    }
    items.forEach((item, i) => {
      const mapped = map((from) => readPath(item, from));
      const facts = history.get(String(mapped.raw.code ?? ''));
      if (facts) {
        // The list may leave out the history; the history then says how often the applicant was asked and when it ended.
        const f = progressFacts(facts);
        mapped.raw.supplementCount = String(Math.max(Number(mapped.raw.supplementCount ?? 0) || 0, f.supplementCount));
        mapped.raw.resolvedOn ??= f.resolvedOn;
        mapped.raw.returnedOn ??= f.returnedOn;
      }
      const row = progress.row + i + 1;
      const checked = checkMappedRow(lookup, config.mapping, mapped, row);
      const month = checked.ok ? String(checked.raw.receivedOn).slice(0, 7) : checked.month;
      if (month) months.add(month);
      pending.push({ row, ref: `Trang ${progress.page + 1}, bản ghi ${i + 1}`, checked });
    });
    Object.assign(progress, {
      page: progress.page + 1,
      pagesTotal: listed.totalPages ?? progress.pagesTotal,
      row: progress.row + items.length,
      months: [...months].sort(),
    });
    // Small pages are written together (one import chunk): each commit costs a transaction, a staging table and
    // the import's lookups. The progress saved is the page after the last one written, so a resume re-reads the rest.
    if (pending.length >= COMMIT_ROWS || (done && pending.length)) {
      await commitBatch(ctx, run, source, pending, { ...progress } as unknown as Record<string, unknown>);
      pending = [];
    }
    if (done) break;
  }
  await fetchReportedCounts(ctx, client, source, [...months].sort().slice(-MAX_STATS_MONTHS));
  return { cursor: progress.until };
}

function groupByCode(entries: ProgressEntry[]): Map<string, ProgressEntry[]> {
  const byCode = new Map<string, ProgressEntry[]>();
  for (const e of entries) {
    const list = byCode.get(e.code) ?? [];
    list.push(e);
    byCode.set(e.code, list);
  }
  return byCode;
}

/** The source's own monthly figures, for reconciliation; a failure here is logged, the dossiers are already in. */
async function fetchReportedCounts(ctx: RunContext, client: PullClient, source: SourceWithUnit, months: string[]): Promise<void> {
  for (const month of months) {
    try {
      const counts = await client.monthlyCounts(month);
      if (!counts) return;
      await sourceRepository.saveReportedCounts(ctx.db, { sourceId: source.id, month, ...counts, origin: 'endpoint' });
    } catch (error) {
      ctx.log.warn({ source: source.code, month, reason: (error as Error).message }, 'source figures not read');
    }
  }
}
