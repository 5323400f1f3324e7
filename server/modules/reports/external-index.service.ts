// External indices over the years with the sub-indicators the department owns. The published results are
// the frameworks feature's (listExternalResults decides what an actor may see); the sub-indicators are ours.
import type { ExternalIndexOverview, ExternalIndexWithIndicators, SaveExternalIndicatorsRequest } from '../../../contracts/reports-external';
import { checkIndicators, rankLabel } from '../../../domain/reports/external-indicators';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { listExternalResults } from '../frameworks/results.service';
import { externalIndexRepository, type IndicatorRow } from './external-index.repository';

function withIndicators<T extends { id: number; rankOf: number | null }>(
  result: T,
  rows: IndicatorRow[],
): T & { indicators: ExternalIndexWithIndicators['indicators'] } {
  const indicators = rows
    .filter((r) => r.resultId === result.id)
    .map((r) => ({
      code: r.code,
      name: r.name,
      score: r.score,
      max: r.max,
      rank: r.rank,
      rankOf: r.rankOf,
      rankLabel: rankLabel(r.rank, r.rankOf ?? result.rankOf),
    }));
  return { ...result, indicators };
}

/** The results an actor may read (their unit's and its parents'), oldest year first, optionally one index. */
export async function externalIndexOverview(db: Db, actor: Actor, index?: string): Promise<ExternalIndexOverview> {
  const results = (await listExternalResults(db, actor)).filter((r) => index === undefined || r.indexCode === index);
  const rows = await externalIndexRepository.indicatorsOf(
    db,
    results.map((r) => r.id),
  );
  return { results: results.map((r) => withIndicators(r, rows)).sort((a, b) => a.indexCode.localeCompare(b.indexCode) || a.year - b.year) };
}

/** Replaces the sub-indicator table of one result as a whole (all or nothing), with every mistake named. */
export async function saveExternalIndicators(
  db: Db,
  actor: Actor,
  resultId: number,
  input: SaveExternalIndicatorsRequest,
): Promise<ExternalIndexWithIndicators> {
  authorize(actor, 'index-result:manage');
  return db.transaction(async (tx) => {
    const found = await externalIndexRepository.resultWithUnit(tx, resultId);
    if (!found) throw actor.scopePath === '/' ? notFound(`kết quả chỉ số số ${resultId}`) : forbidden();
    authorize(actor, 'index-result:manage', { path: found.unitPath });
    const problems = checkIndicators(input.indicators, found.row.rankOf);
    if (problems.length > 0) {
      throw new DomainError('EXTERNAL_INDICATORS_INVALID', problems.map((p) => p.message).join(' '), 400, {
        fields: problems.map((p) => ({ field: `indicators.${p.row}.${p.field}`, message: p.message })),
      });
    }
    const before = await externalIndexRepository.indicatorsOf(tx, [resultId]);
    await externalIndexRepository.replaceIndicators(
      tx,
      resultId,
      input.indicators.map((i) => ({ ...i, code: i.code.trim(), name: i.name.trim() })),
    );
    await recordAudit(tx, actor, {
      action: 'external-index.indicators-saved',
      entityType: 'external_index_result',
      entityId: resultId,
      unitId: found.row.unitId,
      before: { indicators: before.map(({ code, name, score, max, rank, rankOf }) => ({ code, name, score, max, rank, rankOf })) },
      after: input,
    });
    const r = found.row;
    const result = {
      id: r.id,
      unitId: r.unitId,
      unitName: found.unitName,
      indexCode: r.indexCode,
      year: r.year,
      score: r.score,
      rank: r.rank,
      rankOf: r.rankOf,
      rankLabel: rankLabel(r.rank, r.rankOf),
      note: r.note,
    };
    return withIndicators(result, await externalIndexRepository.indicatorsOf(tx, [resultId]));
  });
}
