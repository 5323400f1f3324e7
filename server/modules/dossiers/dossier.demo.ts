// Demo data: the education catalogue and dossiers created through the same service the officer uses, so histories,
// due dates and counters are real. Dossiers of early 2025 were received at the department's own one-stop desk; those
// of the demo's last months, after 01/07/2025, at the city's Public Administration Service Centre (Nghị định
// 118/2025), which the demo's reform establishes: they are seeded once today's structure is recorded.
import type { DemoContext } from '../../demo/demo-context';
import { addDays } from '../../../domain/time/iso-date';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { procedures } from '../../db/schema/index';
import { actOnDossier } from './dossier/act-on-dossier';
import { receiveDossier } from './dossier/receive-dossier';
import { EDUCATION_PROCEDURES } from './procedure-catalogue';
import { procedureRepository } from './procedure.repository';

/** The day one-stop receipt moved to the service centres (Nghị định 118/2025/NĐ-CP). */
const CENTRES_FROM = '2025-07-01';
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thị Em', 'Vũ Đức Giang', 'Đặng Thu Hà', 'Bùi Văn Khánh'];
const PLAN = ['1.005088', '1.001000', '1.005092', '1.001622', '2.001914', '1.005108', '1.004444', '1.005088'];

function adminOf(ctx: DemoContext): Actor {
  return {
    userId: ctx.userIds.get('admin')!,
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    unitId: ctx.unitIds.get('SGDDT')!,
    unitPath: '/',
    scopePath: '/',
  };
}

/** Receives the i-th demo dossier on a day at a unit's point and walks it through the steps its number gives it. */
async function seedDossier(
  ctx: DemoContext,
  i: number,
  receivedOn: string,
  receivingUnitId: number,
  open: { atDesk: number; inProcessing: number },
): Promise<void> {
  // Services open their own (nested) transaction; inside the seeding transaction that is a savepoint.
  const db = ctx.tx as unknown as Db;
  const officer = adminOf(ctx);
  const procedure = (await procedureRepository.findByCode(ctx.tx, PLAN[i % PLAN.length]))!;
  const channel = procedure.channels.includes(2) && i % 3 !== 0 ? 2 : procedure.channels[0];
  const d = await receiveDossier(db, officer, {
    procedureId: procedure.id,
    channel: channel as 1 | 2 | 3,
    applicantName: NAMES[i % NAMES.length],
    applicantPhone: `09${String(12345670 + i).padStart(8, '0')}`,
    receivedOn,
    receivingUnitId,
  });
  if (i >= open.atDesk) return; // the newest stay open at the desk
  let current = await actOnDossier(db, officer, d.code, { type: 'processing-started', on: receivedOn });
  let last = receivedOn;
  if (i % 5 === 1) {
    await actOnDossier(db, officer, d.code, { type: 'supplement-requested', on: addDays(receivedOn, 1), reason: 'Bổ sung bản sao giấy khai sinh' });
    last = addDays(receivedOn, 4);
    current = await actOnDossier(db, officer, d.code, { type: 'supplement-received', on: last });
  }
  if (i >= open.inProcessing) return; // in processing
  const late = i % 6 === 2;
  const due = current.dueOn ?? last;
  const resolvedOn = late ? addDays(due > last ? due : last, 3) : last;
  if (late) {
    const apologyOn = due > last ? due : last;
    await actOnDossier(db, officer, d.code, {
      type: 'apology-issued',
      on: apologyOn,
      reason: 'Cần xác minh thêm với đơn vị cấp',
      newAppointmentOn: resolvedOn,
      signer: 'Phó Giám đốc Nguyễn Văn Hùng',
    });
  }
  await actOnDossier(db, officer, d.code, { type: 'resolved', on: resolvedOn, digitized: i % 4 !== 0, electronicRouting: true });
  await actOnDossier(db, officer, d.code, { type: 'returned', on: resolvedOn, returnChannel: channel as 1 | 2 | 3 });
}

/** The catalogue, and the dossiers of January–February 2025 received at the department's own desk, all resolved. */
export async function seedDossierDemo(ctx: DemoContext): Promise<void> {
  await ctx.tx.insert(procedures).values(EDUCATION_PROCEDURES.map(({ unitCode, ...p }) => ({ ...p, unitId: ctx.unitIds.get(unitCode)! })));
  const desk = ctx.unitIds.get('SGDDT')!;
  for (let i = 0; i < 6; i++) await seedDossier(ctx, i, addDays('2025-01-06', i * 7), desk, { atDesk: 6, inProcessing: 6 });
}

/**
 * The dossiers of the demo's last months: received at the service centre from 01/07/2025 (at the department's desk
 * before, or when the demo runs without the reform), the newest still open.
 */
export async function seedRecentDossiersDemo(ctx: DemoContext): Promise<void> {
  const centre = ctx.unitIds.get('TTPVHCC');
  const desk = ctx.unitIds.get('SGDDT')!;
  for (let i = 0; i < 24; i++) {
    const receivedOn = addDays(ctx.today, -70 + i * 3);
    await seedDossier(ctx, i, receivedOn, centre && receivedOn >= CENTRES_FROM ? centre : desk, { atDesk: 20, inProcessing: 17 });
  }
}
