import { describe, expect, it } from 'vitest';
import { checkTemplate } from './template-check';

const KEYS = new Set(['tasks.onTimeRate']);

describe('report template check', () => {
  it('accepts typed and registered system indicators', () => {
    const ok = {
      sections: [
        {
          key: 'I',
          title: 'Chỉ đạo',
          indicators: [
            { key: 'docs', label: 'Số văn bản', source: 'manual' as const },
            { key: 'ontime', label: 'Nhiệm vụ đúng hạn', source: 'metric' as const, metricKey: 'tasks.onTimeRate' },
          ],
        },
      ],
    };
    expect(checkTemplate(ok, KEYS)).toEqual([]);
  });

  it('points each mistake at its field', () => {
    const bad = {
      sections: [
        { key: 'I', title: 'Chỉ đạo', indicators: [{ key: 'docs', label: 'Số văn bản', source: 'metric' as const }] },
        { key: 'I', title: ' ', indicators: [{ key: 'docs', label: 'Lặp', source: 'metric' as const, metricKey: 'khong.co' }] },
      ],
    };
    expect(checkTemplate(bad, KEYS).map((p) => p.field)).toEqual([
      'sections.0.indicators.0.metricKey',
      'sections.1.key',
      'sections.1.title',
      'sections.1.indicators.0.key',
      'sections.1.indicators.0.metricKey',
    ]);
    expect(checkTemplate(bad, KEYS)[3]!.message).toBe('Phần 2, chỉ tiêu 1: mã "docs" đã dùng ở Phần 1, chỉ tiêu 1; mỗi chỉ tiêu một mã.');
  });
});
