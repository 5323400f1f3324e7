// The printed forms of Thông tư 03/2025 the one-stop officer hands out, as Word files in the layout of Nghị định 30/2020.
import { formatViDate } from '../../../domain/time/iso-date';
import { formatViDateOr } from '../../../domain/time/vietnam-date';
import { receivingChannelLabel, type ReceivingChannelCode } from '../../../domain/dossiers';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { renderNd30Docx, type Nd30Block, type Nd30Document } from '../../documents/nd30';
import { DomainError } from '../../errors';
import { dossierRepository } from './dossier.repository';
import { getDossier } from './dossier/get-dossier';
import * as clock from '../../clock';

export const DOSSIER_FORMS = {
  receipt: { number: '01', kind: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' },
  supplement: { number: '02', kind: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ' },
  rejection: { number: '03', kind: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ' },
  apology: { number: '04', kind: 'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' },
} as const;
export type DossierFormKind = keyof typeof DOSSIER_FORMS;

const ISSUER = { parent: 'UBND THÀNH PHỐ HẢI PHÒNG', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' };

/** Builds one form of a dossier; refuses a form the dossier's history gives no ground for. */
export async function renderDossierForm(db: Db, actor: Actor, code: string, kind: DossierFormKind): Promise<{ fileName: string; bytes: Buffer }> {
  const d = await getDossier(db, actor, code);
  const last = (type: string) => [...d.events].reverse().find((e) => e.type === type);
  const rejected = d.state === 3;
  // A refused dossier was never received for processing: it has the date it was handed in and no due date.
  const dates = rejected
    ? [['Ngày nộp hồ sơ', formatViDate(d.receivedOn)]]
    : [
        ['Ngày tiếp nhận', formatViDate(d.receivedOn)],
        ['Ngày hẹn trả kết quả', formatViDateOr(d.dueOn, 'Tạm dừng, chờ người nộp bổ sung hoặc thực hiện nghĩa vụ tài chính')],
      ];
  const facts: Nd30Block = {
    type: 'table',
    columns: ['Nội dung', 'Thông tin'],
    rows: [
      ['Mã hồ sơ', d.code],
      ['Thủ tục', `${d.procedureName} (${d.procedureCode})`],
      ['Người nộp', d.applicantName],
      ['Hình thức tiếp nhận', receivingChannelLabel(d.channel as ReceivingChannelCode)],
      ...dates,
    ],
    widths: [35, 65],
  };
  const body: Nd30Block[] = [];
  let date = d.receivedOn;
  let signerName = actor.fullName;
  if (kind === 'receipt') {
    if (rejected)
      throw new DomainError('FORM_NOT_APPLICABLE', `Hồ sơ ${code} đã bị từ chối tiếp nhận; in phiếu từ chối tiếp nhận (mẫu 03) thay cho giấy tiếp nhận.`, 409);
    body.push({ type: 'paragraph', text: `Bộ phận Một cửa Sở Giáo dục và Đào tạo đã tiếp nhận hồ sơ của ông/bà ${d.applicantName}.` }, facts);
    body.push({ type: 'paragraph', text: `Cách tính ngày hẹn: ${d.dueExplanation}`, italic: true });
    body.push({ type: 'paragraph', text: `Tra cứu tình trạng hồ sơ tại trang Tra cứu hồ sơ với mã ${d.code} và 4 số cuối điện thoại.` });
  } else if (kind === 'supplement') {
    const e = last('supplement-requested');
    if (!e) throw new DomainError('FORM_NOT_APPLICABLE', `Hồ sơ ${code} chưa có yêu cầu bổ sung nào; ghi yêu cầu bổ sung trước khi in phiếu.`, 409);
    date = e.on;
    body.push({ type: 'paragraph', text: `Hồ sơ của ông/bà ${d.applicantName} cần bổ sung, hoàn thiện các nội dung sau:` });
    body.push({ type: 'paragraph', text: e.summary.replace(/^Yêu cầu bổ sung: /, ''), bold: true }, facts);
    body.push({ type: 'paragraph', text: 'Thời gian chờ bổ sung không tính vào thời hạn giải quyết; ngày hẹn trả được tính lại khi nhận đủ hồ sơ.' });
  } else if (kind === 'rejection') {
    const e = last('rejected');
    if (!e) throw new DomainError('FORM_NOT_APPLICABLE', `Hồ sơ ${code} không bị từ chối tiếp nhận; không có phiếu từ chối để in.`, 409);
    date = e.on;
    body.push(
      {
        type: 'paragraph',
        text: `Bộ phận Một cửa từ chối tiếp nhận hồ sơ của ông/bà ${d.applicantName}. Lý do: ${e.summary.replace(/^Từ chối tiếp nhận: /, '').replace(/\.$/, '')}.`,
      },
      facts,
    );
    body.push({ type: 'paragraph', text: 'Ông/bà có thể nộp lại hồ sơ khi đã đáp ứng đủ điều kiện theo quy định của thủ tục.' });
  } else {
    const e = [...d.events].reverse().find((x) => x.type === 'apology-issued');
    if (!e) throw new DomainError('FORM_NOT_APPLICABLE', `Hồ sơ ${code} chưa có văn bản xin lỗi; ghi lý do, ngày hẹn mới và người ký trước khi in.`, 409);
    date = e.on;
    signerName = e.actorName ?? actor.fullName;
    body.push({ type: 'paragraph', text: `Sở Giáo dục và Đào tạo xin lỗi ông/bà ${d.applicantName} vì hồ sơ ${d.code} chưa được giải quyết đúng hạn.` }, facts);
    body.push({ type: 'paragraph', text: `${e.summary}.`, bold: true });
    body.push({ type: 'paragraph', text: 'Mong ông/bà thông cảm. Sở sẽ trả kết quả đúng ngày hẹn lại.' });
  }
  const signer = kind === 'apology' ? await apologySigner(db, actor, code, signerName) : signerName;
  const doc: Nd30Document = {
    issuer: ISSUER,
    number: `${d.code}/${DOSSIER_FORMS[kind].number}-TTHC`,
    place: 'Hải Phòng',
    date: date ?? clock.today(),
    kind: DOSSIER_FORMS[kind].kind,
    title: d.procedureName,
    body,
    signer: kind === 'apology' ? { authority: 'TL. GIÁM ĐỐC', title: 'NGƯỜI KÝ', name: signer } : { title: 'CÔNG CHỨC TIẾP NHẬN', name: signer },
    recipients: [`Ông/bà ${d.applicantName};`, 'Lưu: VT, Bộ phận Một cửa.'],
  };
  return { fileName: `${DOSSIER_FORMS[kind].number}-${kind}-${d.code}.docx`, bytes: await renderNd30Docx(doc) };
}

/** The signer written on the apology event (kept in its payload), so the letter shows who signed it. */
async function apologySigner(db: Db, actor: Actor, code: string, fallback: string): Promise<string> {
  const row = await dossierRepository.findByCode(db, code);
  const events = row ? await dossierRepository.events(db, row.id) : [];
  const apology = [...events].reverse().find((e) => e.type === 'apology-issued');
  const signer = apology?.payload.signer;
  return typeof signer === 'string' && signer.trim() ? signer : fallback;
}
