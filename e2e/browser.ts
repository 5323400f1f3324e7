import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { DEMO_PASSWORD } from '../server/demo/demo-accounts';
import { openSeededDemo } from './seeded-snapshot';

export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

/**
 * A real server on the embedded database with the demo data, and Debian's Chromium driven by
 * playwright-core. Start once per test file; each test opens its own page (fresh cookies).
 */
export interface BrowserContext {
  baseUrl: string;
  app: FastifyInstance;
  browser: Browser;
  /** A new page; with a username, already logged in through the login form. */
  page(opts?: { as?: string; viewport?: { width: number; height: number } }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
}

export function useBrowser(opts: { today?: string; reform?: boolean } = {}): BrowserContext {
  const ctx = {} as BrowserContext;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const dataDir = mkdtempSync(join(tmpdir(), 'cchc-e2e-'));
    const config = loadConfig(
      {},
      {
        dataDir,
        databaseUrl: null,
        inMemoryDatabase: true,
        logLevel: 'warn',
        sessionSecret: 'e2e-secret-e2e-secret-e2e-secret-42',
        rateLimits: { loginPerMinute: 1000, publicPerMinute: 1000 },
      },
    );
    const database = await openSeededDemo(dataDir, { today: opts.today, reform: opts.reform });
    const app = await buildApp(config, { database });
    // A database passed in is the caller's to close.
    app.addHook('onClose', async () => database.close());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    Object.assign(ctx, { app, browser, baseUrl: `http://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.app?.close();
    // The server's files (uploads, sources' files) are the test's only: nothing is left behind in /tmp.
    if (ctx.app) rmSync(ctx.app.config.dataDir, { recursive: true, force: true });
  });
  ctx.page = async ({ as, viewport } = {}) => {
    const context = await ctx.browser.newContext({ viewport: viewport ?? { width: 1366, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    if (as) {
      await page.goto(ctx.baseUrl + '/');
      await page.getByLabel('Tên đăng nhập').fill(as);
      await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByTestId('user-menu').waitFor();
    }
    return page;
  };
  ctx.screenshot = async (page, name) => {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  };
  return ctx;
}
