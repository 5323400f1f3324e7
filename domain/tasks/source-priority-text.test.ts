import { describe, expect, it } from 'vitest';
import { priorityFromText, sourceFromText } from './source-priority-text';

describe('reading the "Nguồn" and "Ưu tiên" cells of an appendix', () => {
  it('reads the three sources as plans write them', () => {
    expect(sourceFromText('Tự đề ra')).toBe('self');
    expect(sourceFromText('  kế hoạch của đơn vị ')).toBe('self');
    expect(sourceFromText('Thành phố giao')).toBe('city');
    expect(sourceFromText('UBND thành phố')).toBe('city');
    expect(sourceFromText('Bộ giao')).toBe('ministry');
    expect(sourceFromText('Bộ GDĐT')).toBe('ministry');
  });
  it('tells an empty cell (default) from text it cannot read (an error)', () => {
    expect(sourceFromText('')).toBeNull();
    expect(sourceFromText('Hội đồng nhân dân')).toBeUndefined();
    expect(priorityFromText(' ')).toBeNull();
    expect(priorityFromText('rất rất cao')).toBeUndefined();
  });
  it('reads priorities', () => {
    expect(priorityFromText('Cao')).toBe('high');
    expect(priorityFromText('Trung bình')).toBe('normal');
    expect(priorityFromText('Bình thường')).toBe('normal');
    expect(priorityFromText('THẤP')).toBe('low');
  });
});
