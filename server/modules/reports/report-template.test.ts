import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { DEFAULT_TEMPLATE } from './report-template';

const t = useTestApp();

describe('report template editor', () => {
  it('publishes a changed template as the next version and keeps the earlier one', async () => {
    const first = await t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: DEFAULT_TEMPLATE });
    expect(first.statusCode, first.body).toBe(201);
    const changed = {
      ...DEFAULT_TEMPLATE,
      sections: [
        ...DEFAULT_TEMPLATE.sections,
        {
          key: 'X',
          title: 'X. Kiến nghị, đề xuất',
          indicators: [{ key: 'proposals', label: 'Số kiến nghị gửi Sở', source: 'manual', aggregate: 'sum', unit: 'kiến nghị' }],
        },
      ],
    };
    const second = await t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: changed });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ code: DEFAULT_TEMPLATE.code, version: first.json().version + 1 });
    expect(second.json().sections.at(-1)).toMatchObject({ key: 'X', indicators: [{ key: 'proposals', source: 'manual' }] });
    const list = (await t.request({ method: 'GET', url: '/api/reports/templates', as: 'vanphong' })).json() as Array<{ version: number }>;
    expect(list.map((x) => x.version).sort()).toEqual([1, 2]);
  });

  it('refuses a template with every mistake named on its field, and publishes nothing', async () => {
    const bad = {
      code: 'BC-THU',
      name: 'Mẫu thử nghiệm',
      sections: [
        { key: 'I', title: 'I. Chỉ đạo', indicators: [{ key: 'docs', label: 'Số văn bản', source: 'metric', aggregate: 'sum' }] },
        { key: 'II', title: 'II. Thủ tục', indicators: [{ key: 'docs', label: 'Hồ sơ', source: 'metric', metricKey: 'khong.dang.ky', aggregate: 'mean' }] },
      ],
    };
    const res = await t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'sections.0.indicators.0.metricKey',
      'sections.1.indicators.0.key',
      'sections.1.indicators.0.metricKey',
    ]);
    expect(res.json().error.message).toContain('Phần 2, chỉ tiêu 1: chỉ số "khong.dang.ky" không có trong danh mục chỉ số hệ thống');
    expect((await t.request({ method: 'GET', url: '/api/reports/templates', as: 'vanphong' })).json()).toEqual([]);
  });
});
