// Browser tests of the citizen feature's second round: adding information asked for from the follow
// page, answer files downloadable once published, and the sample/invitations page.
import QRCode from 'qrcode';
import { Document, Packer, Paragraph } from 'docx';
import { vietnamDateOf } from '../domain/time/vietnam-date';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/time/iso-date';
import { useBrowser } from './browser';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };

describe('citizen follow-up on a phone and answer files', () => {
  it('adds the information asked for with a photo, then downloads the published answer’s file', async () => {
    const phone = await b.page({ viewport: PHONE });
    await phone.goto(`${b.baseUrl}/cong-khai/phan-anh`);
    await phone.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill('Hỏi thủ tục chuyển trường');
    await phone.getByRole('textbox', { name: 'Nội dung', exact: true }).fill('Con tôi chuyển từ tỉnh khác đến, cần giấy tờ gì?');
    await phone.getByRole('button', { name: 'Gửi phản ánh' }).click();
    const code = (await phone.getByTestId('feedback-code').textContent())!.trim();
    const secret = (await phone.getByTestId('feedback-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-9]{8}$/);

    // The Office asks for more.
    const office = await b.page({ as: 'vanphong' });
    const id = (await (await office.request.get(`${b.baseUrl}/api/feedback?q=${code}`)).json()).items[0].id;
    await office.goto(`${b.baseUrl}/phan-anh/${id}`);
    await office.getByLabel('Lý do (người gửi sẽ thấy)').fill('Cho biết lớp và trường đang học.');
    await office.getByRole('button', { name: 'Đề nghị bổ sung', exact: true }).click();
    await expect.poll(() => office.getByTestId('feedback-detail-status').textContent()).toBe('Đề nghị bổ sung thông tin');

    await phone.goto(`${b.baseUrl}/cong-khai/phan-anh/${code}`);
    await phone.getByTestId('supplement-form').waitFor();
    await phone.getByLabel('Mã bí mật nhận được khi gửi phản ánh').fill('SAIMA234');
    await phone.getByLabel('Thông tin bổ sung').fill('Cháu học lớp 10A1 Trường THPT Lê Lợi, tỉnh Nghệ An.');
    await phone.getByRole('button', { name: 'Gửi thông tin bổ sung' }).click();
    // The message is tied to the secret field (aria-describedby), which gets the focus back.
    await phone.locator('#sup-secret-error', { hasText: 'mã bí mật không đúng' }).waitFor();
    await phone.getByLabel('Mã bí mật nhận được khi gửi phản ánh').fill(secret.toLowerCase());
    await phone
      .getByLabel(/Tệp đính kèm/)
      .last()
      .setInputFiles({ name: 'hoc-ba.png', mimeType: 'image/png', buffer: await QRCode.toBuffer('hoc ba', { type: 'png', width: 80 }) });
    await b.screenshot(phone, 'citizen-supplement-phone');
    await phone.getByRole('button', { name: 'Gửi thông tin bổ sung' }).click();
    await phone.getByTestId('supplement-done').waitFor();
    await expect.poll(() => phone.getByTestId('feedback-status-label').textContent()).toBe('Mới tiếp nhận');
    expect(await phone.locator('.public-history li').allTextContents()).toEqual([
      expect.stringContaining('Tiếp nhận'),
      expect.stringContaining('Đề nghị bổ sung'),
      expect.stringContaining('Người gửi bổ sung thông tin'),
    ]);

    // Staff see the addition and its photo; the Office routes, the school answers with a Word file.
    await office.reload();
    await office.getByText('Cháu học lớp 10A1', { exact: false }).waitFor();
    await office.getByText('Tệp đính kèm của người gửi 1').waitFor();
    await office.request.post(`${b.baseUrl}/api/feedback/${id}/route`, {
      data: { unitId: (await (await office.request.get(`${b.baseUrl}/api/org-units`)).json()).find((u: { code: string }) => u.code === 'THPT-TP').id },
    });
    const school = await b.page({ as: 'truong' });
    await school.goto(`${b.baseUrl}/phan-anh/${id}`);
    await school.getByLabel('Câu trả lời').fill('Hồ sơ chuyển trường gồm đơn, học bạ và giấy giới thiệu; xem hướng dẫn kèm theo.');
    const doc = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hướng dẫn chuyển trường')] }] }));
    await school.locator('input[type=file]').setInputFiles({
      name: 'Hướng dẫn chuyển trường.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: doc,
    });
    await school.getByRole('link', { name: 'Hướng dẫn chuyển trường.docx' }).waitFor();
    await school.getByRole('button', { name: 'Trả lời' }).click();
    await expect.poll(() => school.getByTestId('feedback-detail-status').textContent()).toBe('Đã trả lời, chờ công khai');
    await b.screenshot(school, 'citizen-answer-with-file');
    await office.request.post(`${b.baseUrl}/api/feedback/${id}/publish`);

    await phone.reload();
    const link = phone.getByTestId('answer-files').getByRole('link', { name: 'Hướng dẫn chuyển trường.docx' });
    await link.waitFor();
    const download = await phone.request.get(`${b.baseUrl}${await link.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK');
    await b.screenshot(phone, 'citizen-answer-files-phone');
  });
});

describe('survey sample and invitations', () => {
  it('draws a stratified sample of returned dossiers, lists the links, exports them and shows the response rate', async () => {
    const page = await b.page({ as: 'vanphong' });
    const survey = (await (await page.request.get(`${b.baseUrl}/api/surveys`)).json()).find((s: { slug: string }) => s.slug === 'khao-sat-mot-cua');
    const today = vietnamDateOf(new Date());
    await page.goto(`${b.baseUrl}/khao-sat`);
    await page
      .getByRole('row', { name: /Khảo sát sự hài lòng về giải quyết thủ tục hành chính/ })
      .getByRole('link', { name: 'Chọn mẫu và lời mời' })
      .click();
    await page.waitForURL(new RegExp(`/khao-sat/${survey.id}/mau`));
    await page.goto(`${b.baseUrl}/khao-sat/${survey.id}/mau?from=${addDays(today, -90)}&to=${today}&size=6`);
    await page.getByRole('button', { name: 'Chọn mẫu' }).click();
    await page.getByRole('columnheader', { name: 'Hồ sơ đã trả' }).waitFor();
    const list = await (await page.request.get(`${b.baseUrl}/api/surveys/${survey.id}/invitations`)).json();
    expect(list.sent).toBe(6);
    // Answer one invitation as a citizen would, from its link.
    const sent = await page.request.post(`${b.baseUrl}/api/public/surveys/${list.items[0].token}/responses`, {
      data: { answers: { kenh: 'truc-tiep', 'tiep-can': 5, 'thu-tuc': 4, 'cong-chuc': 5, 'ket-qua': 4, 'phan-hoi': 4 }, elapsedMs: 60_000 },
    });
    expect(sent.status(), await sent.text()).toBe(201);
    await page.reload();
    await expect.poll(() => page.getByTestId('response-rate').textContent()).toContain('16.7%');
    await page.getByText(list.items[0].url).waitFor();
    await b.screenshot(page, 'citizen-survey-sample');
    const xlsx = await page.request.get(`${b.baseUrl}/api/surveys/${survey.id}/invitations.xlsx`);
    expect(xlsx.headers()['content-disposition']).toContain('loi-moi-khao-sat');
  });
});
