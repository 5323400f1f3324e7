import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { axeViolations as seriousViolations } from './axe';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };

describe('citizens on a phone', () => {
  it('answers the survey from its QR link, and the public pages pass axe', async () => {
    // The QR code printed for the desk of the Office encodes this link.
    const staff = await b.page({ as: 'vanphong' });
    const surveys = await (await staff.request.get(`${b.baseUrl}/api/surveys`)).json();
    const survey = surveys.find((s: { slug: string }) => s.slug === 'khao-sat-mot-cua');
    const units = await (await staff.request.get(`${b.baseUrl}/api/org-units`)).json();
    const vp = units.find((u: { code: string }) => u.code === 'VP');
    const qr = await staff.request.get(`${b.baseUrl}/api/surveys/${survey.id}/qr.png?unitId=${vp.id}`);
    expect(qr.headers()['content-type']).toBe('image/png');
    const link = decodeURI(qr.headers()['x-survey-url']);
    expect(link).toBe(`${b.baseUrl}/cong-khai/khao-sat/khao-sat-mot-cua?donvi=${vp.id}`);

    const page = await b.page({ viewport: PHONE });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Khảo sát sự hài lòng về giải quyết thủ tục hành chính' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Trực tuyến' }).check();
    // The portal question appears only for those who applied online.
    await page
      .getByRole('group', { name: /Cổng dịch vụ công dễ sử dụng/ })
      .getByRole('radio', { name: /^5 ·/ })
      .check();
    for (const question of ['Nơi tiếp nhận hồ sơ', 'Thủ tục được niêm yết', 'Công chức tiếp nhận', 'Kết quả được trả']) {
      await page
        .getByRole('group', { name: new RegExp(question) })
        .getByRole('radio', { name: /^4 ·/ })
        .check();
    }
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    // One question left unanswered: the server names it.
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Góp ý, phản ánh được tiếp nhận');
    await page
      .getByRole('group', { name: /Góp ý, phản ánh được tiếp nhận/ })
      .getByRole('radio', { name: /^5 ·/ })
      .check();
    await page.getByLabel('Góp ý khác của ông/bà').fill('Cán bộ hướng dẫn rất nhiệt tình.');
    await b.screenshot(page, 'citizen-survey-phone');
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.getByTestId('survey-thanks').waitFor();

    const results = await (await staff.request.get(`${b.baseUrl}/api/surveys/${survey.id}/results?includeSuspect=true`)).json();
    expect(results.freeText.map((x: { answer: string }) => x.answer)).toContain('Cán bộ hướng dẫn rất nhiệt tình.');

    for (const path of ['/cong-khai', '/cong-khai/phan-anh', '/cong-khai/minh-bach']) {
      await page.goto(b.baseUrl + path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (path === '/cong-khai/minh-bach') await page.getByTestId('transparency').waitFor();
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await b.screenshot(page, 'citizen-transparency-phone');
  });

  it('resets the kiosk form after an answer', async () => {
    const page = await b.page({ viewport: { width: 800, height: 1280 } });
    await page.goto(`${b.baseUrl}/cong-khai/khao-sat/khao-sat-mot-cua?kiosk=1`);
    await page.getByRole('radio', { name: 'Trực tiếp tại Bộ phận Một cửa' }).check();
    for (const question of ['Nơi tiếp nhận hồ sơ', 'Thủ tục được niêm yết', 'Công chức tiếp nhận', 'Kết quả được trả', 'Góp ý, phản ánh được tiếp nhận']) {
      await page
        .getByRole('group', { name: new RegExp(question) })
        .getByRole('radio', { name: /^5 ·/ })
        .check();
    }
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.getByTestId('survey-thanks').waitFor();
    await b.screenshot(page, 'citizen-kiosk-thanks');
    await page.getByRole('button', { name: 'Người tiếp theo trả lời' }).click();
    await page.getByRole('button', { name: 'Gửi ý kiến' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Trực tiếp tại Bộ phận Một cửa' }).isChecked()).toBe(false);
  });

  it('sends feedback with a photo, follows it by code, staff route and answer it, and the published answer appears', async () => {
    const phone = await b.page({ viewport: PHONE });
    await phone.goto(`${b.baseUrl}/cong-khai/phan-anh`);
    await phone.getByLabel('Nội dung phản ánh về').selectOption('procedure');
    await phone.getByLabel('Tên quy định, thủ tục hoặc mã hồ sơ (nếu có)').fill('Cấp bản sao văn bằng');
    await phone.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill('Chờ bản sao bằng tốt nghiệp quá lâu');
    await phone.getByRole('textbox', { name: 'Nội dung', exact: true }).fill('Tôi nộp hồ sơ tại trường đã hai tuần mà chưa được trả bản sao.');
    await phone
      .getByLabel(/Tệp đính kèm/)
      .setInputFiles({ name: 'bien-nhan.png', mimeType: 'image/png', buffer: await QRCode.toBuffer('bien nhan', { type: 'png', width: 80 }) });
    await b.screenshot(phone, 'citizen-feedback-form-phone');
    await phone.getByRole('button', { name: 'Gửi phản ánh' }).click();
    const code = (await phone.getByTestId('feedback-code').textContent())!.trim();
    expect(code).toMatch(/^PAKN-\d{4}-[A-Z0-9]{6}$/);
    await phone.getByRole('link', { name: 'Xem tình trạng xử lý' }).click();
    await expect.poll(() => phone.getByTestId('feedback-status-label').textContent()).toBe('Mới tiếp nhận');
    expect(await seriousViolations(phone)).toEqual([]);

    // The Office routes it to the school.
    const office = await b.page({ as: 'vanphong' });
    await office.goto(`${b.baseUrl}/phan-anh?q=${code}`);
    await office.getByRole('link', { name: code }).click();
    await office.getByText('Tệp đính kèm của người gửi 1').waitFor();
    await choose(office, office.getByLabel('Đơn vị xử lý'), 'Trường THPT Trần Phú', { search: 'Trần Phú' });
    await office.getByRole('button', { name: 'Chuyển xử lý' }).click();
    await expect.poll(() => office.getByTestId('feedback-detail-status').textContent()).toBe('Đang xử lý');

    // The school answers.
    const school = await b.page({ as: 'truong' });
    await school.goto(`${b.baseUrl}/phan-anh`);
    await school.getByRole('link', { name: code }).click();
    await school.getByLabel('Câu trả lời').fill('Nhà trường đã trả bản sao; xin lỗi ông/bà vì sự chậm trễ.');
    await school.getByRole('button', { name: 'Trả lời' }).click();
    await expect.poll(() => school.getByTestId('feedback-detail-status').textContent()).toBe('Đã trả lời, chờ công khai');

    // The Office publishes it; the citizen sees the answer.
    await office.reload();
    await office.getByRole('button', { name: 'Công khai câu trả lời' }).click();
    await expect.poll(() => office.getByTestId('feedback-detail-status').textContent()).toBe('Đã công khai kết quả');
    await b.screenshot(office, 'citizen-feedback-staff');

    await phone.reload();
    await expect.poll(() => phone.getByTestId('published-answer').textContent()).toBe('Nhà trường đã trả bản sao; xin lỗi ông/bà vì sự chậm trễ.');
    expect(await phone.locator('.public-history li').allTextContents()).toHaveLength(4);
    await b.screenshot(phone, 'citizen-feedback-follow-phone');
  });

  it('the Office builds a survey with the builder and reads the demo results with their method and interval', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(`${b.baseUrl}/khao-sat`);
    await page.getByRole('button', { name: 'Thêm mới' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Khảo sát sự hài lòng', { exact: true }).fill('Khảo sát tại Phòng GD&ĐT');
    await dialog.getByLabel('Đường dẫn', { exact: true }).fill('khao-sat-phong-gd');
    // The template maps one 1–5 question to each SIPAS factor; add a free-text question.
    await dialog.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    await dialog.getByLabel('Nội dung câu hỏi').last().fill('Ông/bà có góp ý gì thêm?');
    await choose(page, dialog.getByLabel('Loại câu').last(), 'Văn bản');
    await dialog.getByRole('checkbox', { name: '(bắt buộc)' }).last().uncheck();
    await b.screenshot(page, 'citizen-survey-builder');
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await page.getByRole('link', { name: 'Khảo sát tại Phòng GD&ĐT' }).waitFor();
    const created = (await (await page.request.get(`${b.baseUrl}/api/surveys`)).json()).find((s: { slug: string }) => s.slug === 'khao-sat-phong-gd');
    expect(created.definition.sections[0].questions.at(-1)).toMatchObject({ type: 'text', label: 'Ông/bà có góp ý gì thêm?', required: false });

    await page.getByRole('link', { name: 'Khảo sát sự hài lòng về giải quyết thủ tục hành chính' }).click();
    await page.getByText('Phương pháp tính: Tỷ lệ hài lòng').waitFor();
    await page.getByText('Công thức chính thức của SIPAS chưa được xác nhận', { exact: false }).waitFor();
    await page.getByText('Khoảng tin cậy 95%:', { exact: false }).first().waitFor();
    await b.screenshot(page, 'citizen-survey-results');
  });
});
