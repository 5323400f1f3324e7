import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS_PER_SOURCE_PER_HOUR, suspectReasons } from './suspect';

const genuine = { honeypot: '', elapsedMs: 60_000, recentFromSameSource: 0, questionCount: 10 };

describe('suspect answers', () => {
  it('accepts an ordinary answer', () => {
    expect(suspectReasons(genuine, { kiosk: false })).toEqual([]);
  });
  it('flags a filled honeypot', () => {
    expect(suspectReasons({ ...genuine, honeypot: 'http://spam' }, { kiosk: false })).toEqual(['Trường ẩn chống máy tự điền đã bị điền.']);
  });
  it('flags a form sent faster than one second per question, not at exactly one', () => {
    expect(suspectReasons({ ...genuine, elapsedMs: 9_999 }, { kiosk: false })).toHaveLength(1);
    expect(suspectReasons({ ...genuine, elapsedMs: 10_000 }, { kiosk: false })).toEqual([]);
  });
  it('flags the sixth answer from one source in an hour, except on a kiosk', () => {
    expect(suspectReasons({ ...genuine, recentFromSameSource: MAX_ANSWERS_PER_SOURCE_PER_HOUR - 1 }, { kiosk: false })).toEqual([]);
    expect(suspectReasons({ ...genuine, recentFromSameSource: MAX_ANSWERS_PER_SOURCE_PER_HOUR }, { kiosk: false })).toEqual([
      'Đã có 5 phiếu từ cùng một nguồn trong 1 giờ qua.',
    ]);
    expect(suspectReasons({ ...genuine, recentFromSameSource: 40 }, { kiosk: true })).toEqual([]);
  });
});
