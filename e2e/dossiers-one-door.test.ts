import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { choose } from './select';

// The demo in today's structure: dossiers since 01/07/2025 received at the city's service centre, early 2025's at
// the department's own one-stop desk.
const b = useBrowser();

describe('the one door in the register', () => {
  it('shows where each dossier was received apart from its handling unit, and filters by it with the filter in the URL', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/ho-so');
    const table = page.locator('.ant-table-tbody');
    await table.getByText('Trung tâm Phục vụ hành chính công thành phố Hải Phòng').first().waitFor();

    await choose(page, page.getByLabel('Nơi tiếp nhận'), 'Bộ phận Một cửa của đơn vị');
    await expect.poll(() => new URL(page.url()).searchParams.get('receivingPoint')).toBe('desk');
    // Only the department's desk of early 2025 is left: received in January and February 2025.
    await expect.poll(() => table.getByText('Trung tâm Phục vụ hành chính công thành phố Hải Phòng').count()).toBe(0);
    await table
      .getByText(/\/0[12]\/2025/)
      .first()
      .waitFor();
    await b.screenshot(page, 'dossiers-receiving-point-desk');

    // The centre's own register: what it took in, whichever division handles it.
    await page.goto(b.baseUrl + '/ho-so');
    await choose(page, page.getByLabel('Đơn vị tiếp nhận'), 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng', { search: 'Trung tâm Phục vụ' });
    await expect.poll(() => new URL(page.url()).searchParams.get('receivingUnitId')).not.toBeNull();
    await table.getByText('Trung tâm Phục vụ hành chính công thành phố Hải Phòng').first().waitFor();
    await expect.poll(() => table.getByText('Bộ phận Một cửa của đơn vị').count()).toBe(0);
    expect(await table.getByText(/\/0[12]\/2025/).count()).toBe(0);
    await page.context().close();
  });
});
