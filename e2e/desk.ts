// The one-stop desk's receive form, as the browser journeys of the dossier register fill it.
import type { Locator, Page } from 'playwright-core';
import { choose } from './select';

/** Opens the receive form and fills a dossier of the procedure whose name starts with `procedure`, received today. */
export async function fillReceipt(page: Page, baseUrl: string, procedure: string, applicant: string, phone: string): Promise<Locator> {
  await page.goto(baseUrl + '/ho-so');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, dialog.getByLabel('Thủ tục'), procedure, { search: procedure });
  await dialog.getByLabel('Người nộp').fill(applicant);
  await dialog.getByLabel('Số điện thoại').fill(phone);
  return dialog;
}
