// The invitations drawn for a survey (survey.service drawSample): list with links, response rate
// against invitations, and an Excel sheet with a QR code per invitation to print or send.
import ExcelJS from 'exceljs';
import QRCode from 'qrcode';
import type { InvitationList } from '../../../contracts/citizen-surveys';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addTable, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { surveyRepository } from './survey.repository';
import { surveyFor } from './survey.service';

/**
 * Invitations of a survey under the actor's scope. Tokens are one-answer links, so only those who may
 * draw the sample (survey:manage over the survey's unit) see them.
 */
export async function listInvitations(db: Db, actor: Actor, id: number, baseUrl: string): Promise<InvitationList> {
  const survey = await surveyFor(db, actor, 'survey:manage', id);
  authorize(actor, 'survey:manage', { path: survey.unitPath });
  const rows = await surveyRepository.invitationsUnder(db, id, survey.unitPath);
  const items = rows.map(({ inv, unitName }) => ({
    token: inv.token,
    unitId: inv.unitId,
    unitName,
    procedureCode: inv.procedureCode,
    dossierCode: inv.dossierCode,
    used: inv.usedAt !== null,
    url: `${baseUrl}/cong-khai/khao-sat/${inv.token}`,
    createdAt: inv.createdAt.toISOString(),
    usedAt: inv.usedAt?.toISOString() ?? null,
  }));
  const byCode = new Map<string, { procedureCode: string; sent: number; answered: number }>();
  for (const i of items) {
    const key = i.procedureCode ?? '—';
    const g = byCode.get(key) ?? { procedureCode: key, sent: 0, answered: 0 };
    g.sent += 1;
    if (i.used) g.answered += 1;
    byCode.set(key, g);
  }
  const answered = items.filter((i) => i.used).length;
  return {
    items,
    sent: items.length,
    answered,
    responseRate: items.length ? Math.round((answered / items.length) * 1000) / 10 : null,
    byProcedure: [...byCode.values()],
  };
}

const QR_PX = 110;

type Invitation = InvitationList['items'][number];
const INVITATION_COLUMNS: ExcelColumn<Invitation>[] = [
  { header: 'STT', width: 6, value: (_, i) => i + 1 },
  { header: 'Mã hồ sơ', width: 28, value: (inv) => inv.dossierCode ?? '' },
  { header: 'Thủ tục', width: 22, value: (inv) => inv.procedureCode ?? '' },
  { header: 'Đơn vị', width: 30, value: (inv) => inv.unitName },
  { header: 'Đường dẫn trả lời', width: 60, value: (inv) => ({ text: inv.url, hyperlink: inv.url }) },
  { header: 'Đã trả lời', width: 12, value: (inv) => (inv.used ? 'Có' : 'Chưa') },
  { header: 'Mã QR', width: 18 }, // the picture, placed below
];
type ProcedureRate = InvitationList['byProcedure'][number];
const RATE_COLUMNS: ExcelColumn<ProcedureRate>[] = [
  { header: 'Thủ tục', width: 22, value: (g) => g.procedureCode },
  { header: 'Lời mời', width: 22, value: (g) => g.sent },
  { header: 'Đã trả lời', width: 22, value: (g) => g.answered },
  { header: 'Tỷ lệ (%)', width: 22, value: (g) => Math.round((g.answered / g.sent) * 1000) / 10 },
];

/** One row per invitation with its link and a QR code image, then the response rate. */
export async function invitationsWorkbook(title: string, list: InvitationList): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lời mời khảo sát');
  const rows = addTable(ws, INVITATION_COLUMNS, list.items);
  for (const [i, inv] of list.items.entries()) {
    rows[i].height = QR_PX * 0.75 + 6; // points
    const png = await QRCode.toBuffer(inv.url, { type: 'png', width: QR_PX * 2, margin: 1, errorCorrectionLevel: 'M' });
    const image = wb.addImage({ base64: png.toString('base64'), extension: 'png' });
    ws.addImage(image, { tl: { col: 6, row: rows[i].number - 1 }, ext: { width: QR_PX, height: QR_PX } });
  }
  const summary = wb.addWorksheet('Tỷ lệ phản hồi');
  summary.addRow([title]).font = { bold: true };
  addTable(summary, RATE_COLUMNS, list.byProcedure);
  summary.addRow(['Tổng', list.sent, list.answered, list.responseRate ?? '']).font = { bold: true };
  return workbookBuffer(wb);
}
