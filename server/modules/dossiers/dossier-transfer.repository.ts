// Queries of a change of the organisation on the register: the open dossiers of the units that change, and the
// move of one to its successor.
import { and, asc, eq, inArray, notInArray, or, gte, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { dossiers, procedures } from '../../db/schema/index';
import type { DossierRow } from './dossier.repository';

/** An open dossier with what the preview and the counters need of its procedure. */
export interface OpenDossier {
  dossier: DossierRow;
  procedureName: string;
  fee: number;
}

/** States after which a dossier is closed: refused at receipt, stopped, result returned. */
const CLOSED_STATES = [3, 8, 10];

/** Queries of dossier transfers. */
export const dossierTransferRepository = {
  /** Dossiers of the units not closed and not resolved before the date (a successor resolves them), oldest first. */
  async openOfUnits(exec: Executor, unitIds: readonly number[], on: string): Promise<OpenDossier[]> {
    if (!unitIds.length) return [];
    return exec
      .select({ dossier: dossiers, procedureName: procedures.name, fee: procedures.fee })
      .from(dossiers)
      .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
      .where(
        and(inArray(dossiers.unitId, [...unitIds]), notInArray(dossiers.state, CLOSED_STATES), or(isNull(dossiers.resolvedOn), gte(dossiers.resolvedOn, on))),
      )
      .orderBy(asc(dossiers.receivedOn), asc(dossiers.id));
  },
  /** Gives the dossier to another handling unit, keeping the one that had it on the day of receipt; answers the new row. */
  async moveTo(exec: Executor, id: number, toUnitId: number, unitAtReceiptId: number, at: Date): Promise<DossierRow> {
    const [row] = await exec.update(dossiers).set({ unitId: toUnitId, unitAtReceiptId, updatedAt: at }).where(eq(dossiers.id, id)).returning();
    return row;
  },
};
