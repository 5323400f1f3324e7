import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const b = useBrowser({ today: '2025-11-24' });

describe('external indices page', () => {
  it('a leader follows each index over the years; the Office corrects a sub-indicator and sees the error on its cell', async () => {
    const leader = await b.page({ as: 'lanhdao' });
    await leader.goto(b.baseUrl + '/reports/external-indices?index=PAR&year=2021');
    await leader.getByText('PAR Index qua các năm').waitFor();
    // Seed 002: 2021, 97.65 points, 02/18, with the areas' ranks.
    await leader.getByRole('row', { name: /2021.*02\/18/ }).waitFor();
    await leader.getByRole('row', { name: /Cải cách thủ tục hành chính.*11\/18/ }).waitFor();
    expect(await leader.locator('canvas').count()).toBeGreaterThan(0);
    expect(await leader.getByRole('button', { name: 'Sửa chỉ số thành phần' }).count()).toBe(0);
    await b.screenshot(leader, 'reports-external-par');
    await leader.getByText('SIPAS', { exact: true }).click();
    await leader.getByRole('row', { name: /2021.*15\/21/ }).waitFor();
    expect(leader.url()).toContain('index=SIPAS');
    await leader.context().close();

    const office = await b.page({ as: 'vanphong' });
    await office.goto(b.baseUrl + '/reports/external-indices?index=PAR&year=2024');
    await office.getByRole('button', { name: 'Sửa chỉ số thành phần' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Thứ hạng').nth(2).fill('19');
    await dialog.getByRole('button', { name: 'Lưu bảng' }).click();
    await dialog.getByText("Dòng 3, cột 'Thứ hạng': hạng 19 vượt quá số đơn vị xếp hạng (18).").first().waitFor();
    await b.screenshot(office, 'reports-external-edit-error');
    await dialog.getByLabel('Thứ hạng').nth(2).fill('5');
    await dialog.getByRole('button', { name: 'Lưu bảng' }).click();
    await office.getByText('Đã lưu chỉ số thành phần.').waitFor();
    await office.getByRole('row', { name: /Cải cách thủ tục hành chính.*05\/18/ }).waitFor();
  });
});
