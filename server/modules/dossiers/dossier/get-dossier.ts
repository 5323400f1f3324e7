import type { DossierDetail } from '../../../../contracts/dossiers';
import type { Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { detailOf, dossierFor } from './dossier-access';

/** A dossier with its history, for staff who may read it. */
export async function getDossier(db: Db, actor: Actor, code: string): Promise<DossierDetail> {
  await dossierFor(db, actor, 'dossier:read', code);
  return detailOf(db, code);
}
