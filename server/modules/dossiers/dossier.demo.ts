// Demo data: the education catalogue and a spread of dossiers received at the desk over the demo's last months,
// created through the same service the officer uses, so histories, due dates and counters are real.
import type { DemoContext } from '../../demo/demo-context';
import { addDays } from '../../../domain/time/iso-date';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { procedures } from '../../db/schema/index';
import { actOnDossier } from './dossier/act-on-dossier';
import { receiveDossier } from './dossier/receive-dossier';
import { EDUCATION_PROCEDURES } from './procedure-catalogue';

export async function seedDossierDemo(ctx: DemoContext): Promise<void> {
  const rows = await ctx.tx
    .insert(procedures)
    .values(EDUCATION_PROCEDURES.map(({ unitCode, ...p }) => ({ ...p, unitId: ctx.unitIds.get(unitCode)! })))
    .returning();
  const officer: Actor = { userId: ctx.userIds.get('admin')!, username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', unitId: ctx.unitIds.get('SGDDT')!, unitPath: '/', scopePath: '/' };
  // Services open their own (nested) transaction; inside the seeding transaction that is a savepoint.
  const db = ctx.tx as unknown as Db;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thị Em', 'Vũ Đức Giang', 'Đặng Thu Hà', 'Bùi Văn Khánh'];
  const plan = ['1.005088', '1.001000', '1.005092', '1.001622', '2.001914', '1.005108', '1.004444', '1.005088'];
  for (let i = 0; i < 24; i++) {
    const procedure = byCode.get(plan[i % plan.length])!;
    const receivedOn = addDays(ctx.today, -70 + i * 3);
    const channel = procedure.channels.includes(2) && i % 3 !== 0 ? 2 : procedure.channels[0];
    const d = await receiveDossier(db, officer, {
      procedureId: procedure.id,
      channel: channel as 1 | 2 | 3,
      applicantName: names[i % names.length],
      applicantPhone: `09${String(12345670 + i).padStart(8, '0')}`,
      receivedOn,
    });
    if (i >= 20) continue; // the newest stay open at the desk
    let current = await actOnDossier(db, officer, d.code, { type: 'processing-started', on: receivedOn });
    let last = receivedOn;
    if (i % 5 === 1) {
      await actOnDossier(db, officer, d.code, { type: 'supplement-requested', on: addDays(receivedOn, 1), reason: 'Bổ sung bản sao giấy khai sinh' });
      last = addDays(receivedOn, 4);
      current = await actOnDossier(db, officer, d.code, { type: 'supplement-received', on: last });
    }
    if (i >= 17) continue; // in processing
    const late = i % 6 === 2;
    const due = current.dueOn ?? last;
    const resolvedOn = late ? addDays(due > last ? due : last, 3) : last;
    if (late) {
      const apologyOn = due > last ? due : last;
      await actOnDossier(db, officer, d.code, { type: 'apology-issued', on: apologyOn, reason: 'Cần xác minh thêm với đơn vị cấp', newAppointmentOn: resolvedOn, signer: 'Phó Giám đốc Nguyễn Văn Hùng' });
    }
    await actOnDossier(db, officer, d.code, { type: 'resolved', on: resolvedOn, digitized: i % 4 !== 0, electronicRouting: true });
    await actOnDossier(db, officer, d.code, { type: 'returned', on: resolvedOn, returnChannel: channel as 1 | 2 | 3 });
  }
}
