import type { PublicDossier } from '../../../../contracts/dossiers';
import { dossierStateLabel, type DossierStateCode } from '../../../../domain/dossiers';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import { dossierRepository } from '../dossier.repository';

/** Public lookup: the code plus the last 4 digits of the applicant's phone; the same 404 whether the code or the digits are wrong. */
export async function lookupPublicDossier(db: Db, code: string, phone4: string): Promise<PublicDossier> {
  const row = await dossierRepository.findByCode(db, code.trim());
  const digits = row?.applicantPhone.replace(/\D/g, '') ?? '';
  if (!row || digits.slice(-4) !== phone4) {
    throw new DomainError('PUBLIC_DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại đã nhập; kiểm tra lại mã trên giấy tiếp nhận.', 404);
  }
  const events = await dossierRepository.events(db, row.id);
  return {
    code: row.code,
    procedureName: row.procedureName,
    stateLabel: dossierStateLabel(row.state as DossierStateCode),
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    appointmentOn: row.appointmentOn,
    returnedOn: row.returnedOn,
    history: events.map((e) => ({ on: e.on, summary: e.summary })),
  };
}
