// Accessibility of the citizens' form states on a phone: the follow page with the add-information form
// open and after its validation errors, the feedback form and the survey after a validation error.
// Every state passes axe-core with no violation of any impact, and the add-information form is
// filled and sent with the keyboard alone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser } from './browser';

const b = useBrowser();
const PHONE = { width: 390, height: 844 };

/** What the focused element is, for asserting where the keyboard is. */
const focused = (page: Page) =>
  page.evaluate(() => ({ id: document.activeElement?.id ?? '', name: (document.activeElement as HTMLInputElement | null)?.name ?? '' }));

/** Text of the elements an input's aria-describedby points to: what a screen reader reads after its label. */
const description = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
      .join(' '),
  );

/** A feedback sent from the public form that the Office then asks to complete: the follow page offers the form. */
async function feedbackAskedForMore(): Promise<{ code: string; secret: string }> {
  const office = await b.page({ as: 'vanphong' });
  const sent = await office.request.post(`${b.baseUrl}/api/public/feedback`, {
    multipart: { subjectKind: 'procedure', title: 'Hỏi thủ tục chuyển trường', content: 'Con tôi chuyển từ tỉnh khác đến, cần giấy tờ gì?' },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  const { code, secret } = await sent.json();
  const id = (await (await office.request.get(`${b.baseUrl}/api/feedback?q=${code}`)).json()).items[0].id;
  const asked = await office.request.post(`${b.baseUrl}/api/feedback/${id}/request-more`, { data: { reason: 'Cho biết lớp và trường đang học.' } });
  expect(asked.status(), await asked.text()).toBe(200);
  await office.close();
  return { code, secret };
}

describe('citizen form states on a phone pass axe', () => {
  it('the add-information form is filled and sent with the keyboard alone, its errors tied to the fields', async () => {
    const { code, secret } = await feedbackAskedForMore();
    const phone = await b.page({ viewport: PHONE });
    await phone.goto(`${b.baseUrl}/cong-khai/phan-anh/${code}`);
    await phone.getByTestId('supplement-form').waitFor();
    expect(await axeViolations(phone, 'minor')).toEqual([]);

    // From the search button, Tab reaches the form's fields in order; Enter on the send button submits the empty form.
    await phone.getByRole('button', { name: 'Tra cứu' }).focus();
    await phone.keyboard.press('Tab');
    expect(await focused(phone)).toMatchObject({ id: 'sup-secret' });
    await phone.keyboard.press('Tab');
    expect(await focused(phone)).toMatchObject({ id: 'sup-content' });
    await phone.keyboard.press('Tab');
    expect(await focused(phone)).toMatchObject({ id: 'sup-files' });
    await phone.keyboard.press('Tab');
    expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe('Gửi thông tin bổ sung');
    await phone.keyboard.press('Enter');

    // Both fields are named; the focus goes to the first one, which carries its message.
    await expect.poll(() => focused(phone)).toMatchObject({ id: 'sup-secret' });
    expect(await phone.locator('#sup-secret').getAttribute('aria-invalid')).toBe('true');
    expect(await description(phone, '#sup-secret')).toBe('Nhập mã bí mật nhận được khi gửi phản ánh.');
    expect(await description(phone, '#sup-content')).toBe('Nhập thông tin bổ sung.');
    await b.screenshot(phone, 'citizen-a11y-supplement-errors');
    expect(await axeViolations(phone, 'minor')).toEqual([]);

    // A wrong secret: the message is tied to the secret field, which gets the focus back.
    await phone.keyboard.type('SAIMA234');
    await phone.keyboard.press('Tab');
    await phone.keyboard.type('Cháu học lớp 10A1 Trường THPT Lê Lợi, tỉnh Nghệ An.');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Enter');
    await expect.poll(() => description(phone, '#sup-secret')).toContain('mã bí mật không đúng');
    expect(await focused(phone)).toMatchObject({ id: 'sup-secret' });
    expect(await phone.locator('#sup-content').getAttribute('aria-invalid')).not.toBe('true');
    expect(await axeViolations(phone, 'minor')).toEqual([]);

    // Retyped and sent with Enter from the field itself.
    await phone.keyboard.press('ControlOrMeta+A');
    await phone.keyboard.type(secret.toLowerCase());
    await phone.keyboard.press('Enter');
    await phone.getByTestId('supplement-done').waitFor();
    await expect.poll(() => phone.getByTestId('feedback-status-label').textContent()).toBe('Mới tiếp nhận');
    expect(await axeViolations(phone, 'minor')).toEqual([]);
  });

  it('the feedback form after a validation error', async () => {
    const phone = await b.page({ viewport: PHONE });
    await phone.goto(`${b.baseUrl}/cong-khai/phan-anh`);
    await phone.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(phone, 'minor')).toEqual([]);
    await phone.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await expect.poll(() => focused(phone)).toMatchObject({ id: 'fb-title' });
    expect(await description(phone, '#fb-title')).not.toBe('');
    expect(await description(phone, '#fb-content')).not.toBe('');
    await b.screenshot(phone, 'citizen-a11y-feedback-errors');
    expect(await axeViolations(phone, 'minor')).toEqual([]);
    // The check is live: a field without a label planted in the page is reported.
    await phone.evaluate(() => document.querySelector('form')?.append(document.createElement('input')));
    expect(await axeViolations(phone, 'minor')).toEqual([expect.stringMatching(/^label: /)]);
  });

  it('the survey after a validation error, with the focus on the first question to answer', async () => {
    const phone = await b.page({ viewport: PHONE });
    await phone.goto(`${b.baseUrl}/cong-khai/khao-sat/khao-sat-mot-cua`);
    await phone.getByRole('button', { name: 'Gửi ý kiến' }).waitFor();
    expect(await axeViolations(phone, 'minor')).toEqual([]);
    await phone.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await phone.getByRole('alert').waitFor();
    // The first required question is the channel: its first option has the focus, and Space answers it.
    await expect.poll(() => focused(phone)).toMatchObject({ name: 'kenh' });
    await b.screenshot(phone, 'citizen-a11y-survey-errors');
    expect(await axeViolations(phone, 'minor')).toEqual([]);
    await phone.keyboard.press('Space');
    expect(await phone.getByRole('radio', { name: 'Trực tiếp tại Bộ phận Một cửa' }).isChecked()).toBe(true);
  });
});
