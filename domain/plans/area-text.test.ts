import { describe, expect, it } from 'vitest';
import { plan2025AppendixTasks } from './fixtures';
import { areaFromText, guessAreaFromContent } from './area-text';

describe('reform area from text', () => {
  it('reads keys, labels, short labels and section headings', () => {
    expect(areaFromText('procedures')).toBe('procedures');
    expect(areaFromText('Thể chế')).toBe('institutions');
    expect(areaFromText('II. CẢI CÁCH THỂ CHẾ')).toBe('institutions');
    expect(areaFromText('7. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số')).toBe('digital-government');
    expect(areaFromText('Chỉ số PAPI')).toBe('papi');
    expect(areaFromText('')).toBeNull();
    expect(areaFromText('Nội dung khác')).toBeNull();
  });

  it('guesses most of the seed-003 appendix areas from their wording and falls back to direction', () => {
    const agree = plan2025AppendixTasks.filter((t) => guessAreaFromContent(t.content) === t.areaKey);
    // The appendix has no area headings; the guess is a convenience checked in the preview, not a rule.
    expect(agree.length).toBeGreaterThanOrEqual(14);
    expect(guessAreaFromContent('Ban hành Kế hoạch CCHC năm 2025')).toBe('direction');
    expect(guessAreaFromContent('Tiếp tục thực hiện tinh giản biên chế')).toBe('organization');
  });
});
