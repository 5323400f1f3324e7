// Choosing in Ant Design's selects the way a person does, and waiting for the outcome (the select shows the
// choice), never for the dropdown's animation: under load a click during the opening animation can be lost,
// so the choice is retried until the select shows it.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens the select (or tree select) whose input is `field`, types `search` when given, clicks the option that
 * contains `option`, and waits until the select displays it.
 */
export async function choose(page: Page, field: Locator, option: string | RegExp, opts: { search?: string } = {}): Promise<void> {
  const select = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const choice = page
    .locator('.ant-select-dropdown:visible')
    .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper')
    .filter({ hasText: option })
    .first();
  const shown = async () => {
    const text = (await select.textContent()) ?? '';
    return typeof option === 'string' ? text.includes(option) : option.test(text);
  };
  for (let attempt = 1; ; attempt++) {
    if (!(await choice.isVisible())) {
      await field.click();
      if (opts.search) await field.fill(opts.search);
    }
    await choice.click();
    try {
      await expect.poll(shown, { timeout: 5_000 }).toBe(true);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}
