import { describe, it } from 'vitest';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser({ today: '2025-11-24' });

describe('report template editor', () => {
  it('the Office adds a system indicator, sees the missing metric on its field, picks one and publishes version 2', async () => {
    const office = await b.page({ as: 'vanphong' });
    await office.goto(b.baseUrl + '/reports/templates');
    await office.getByText('Phiên bản đang dùng: 1. Ban hành sẽ tạo phiên bản 2').waitFor();
    await office.getByRole('button', { name: 'Thêm chỉ tiêu' }).last().click();
    const keys = office.getByLabel('Mã chỉ tiêu');
    await keys.last().fill('inspectedRate');
    await office.getByLabel('Tên chỉ tiêu').last().fill('Tỷ lệ đơn vị được kiểm tra CCHC');
    await office.getByLabel('Đơn vị tính').last().fill('%');
    await choose(office, office.getByLabel('Nguồn').last(), 'Hệ thống tự tính');
    await office.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
    await office
      .getByText(/chỉ tiêu \d+: lấy từ hệ thống nhưng chưa chọn chỉ số nguồn/)
      .last()
      .waitFor();
    await b.screenshot(office, 'reports-template-error');
    await choose(office, office.getByLabel('Chỉ số hệ thống').last(), /inspections\.unitsInspectedRate/);
    await office.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
    await office.getByText(/Đã ban hành .* phiên bản 2\./).waitFor();
    await office.getByText('Phiên bản đang dùng: 2. Ban hành sẽ tạo phiên bản 3').waitFor();
    await b.screenshot(office, 'reports-template-published');
  });
});
