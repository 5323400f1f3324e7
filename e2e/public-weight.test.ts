import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const b = useBrowser();

describe('public pages on a cheap phone', () => {
  it("the citizens' pages load neither Ant Design nor ECharts, and stay small", async () => {
    const page = await b.page({ viewport: { width: 390, height: 844 } });
    const pending: Array<Promise<{ url: string; bytes: number }>> = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      pending.push(
        res.body().then(
          (b) => ({ url: res.url(), bytes: b.length }),
          () => ({ url: res.url(), bytes: 0 }),
        ),
      );
    });
    for (const path of ['/cong-khai', '/cong-khai/phan-anh', '/cong-khai/minh-bach']) {
      await page.goto(b.baseUrl + path, { waitUntil: 'networkidle' });
      await page.locator('main').first().waitFor();
    }
    const scripts = await Promise.all(pending);
    const names = scripts.map((s) => s.url.split('/').pop());
    expect(names.some((n) => n?.startsWith('antd-'))).toBe(false);
    expect(names.some((n) => n?.startsWith('echarts-'))).toBe(false);
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    // Uncompressed JavaScript of the public site (the staff app is over 2.5 MB).
    expect(total).toBeLessThan(1_000_000);
    await page.context().close();
  });

  it('the staff app still loads its pages on demand', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/ho-so/bang-dieu-khien');
    await page.locator('canvas').first().waitFor();
    await page.context().close();
  });
});
