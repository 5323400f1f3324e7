import { describe, expect, it } from 'vitest';
import type { CalendarDay } from './holidays';
import { parseYearCalendarCsv, parseYearCalendarJson, yearCalendarToCsv, yearCalendarToJson } from './year-calendar-io';

const DAYS: CalendarDay[] = [
  { date: '2025-02-03', kind: 'workday', name: 'Đi làm, đã nghỉ bù 27/01' },
  { date: '2025-01-27', kind: 'makeup', name: 'Nghỉ bù Tết Nguyên đán' },
  { date: '2025-04-26', kind: 'workday', name: 'Làm bù cho ngày "02/05"' },
];

describe('year calendar file', () => {
  it('writes CSV sorted by date, quoting names with commas or quotes, and reads it back', () => {
    const csv = yearCalendarToCsv(DAYS);
    expect(csv).toBe(
      'date,kind,name\n' +
        '2025-01-27,makeup,Nghỉ bù Tết Nguyên đán\n' +
        '2025-02-03,workday,"Đi làm, đã nghỉ bù 27/01"\n' +
        '2025-04-26,workday,"Làm bù cho ngày ""02/05"""\n',
    );
    const parsed = parseYearCalendarCsv(csv, { year: 2025 });
    expect(parsed).toEqual({ ok: true, days: [DAYS[1], DAYS[0], DAYS[2]] });
  });

  it('reads what a spreadsheet saves: BOM, CR LF, semicolons, blank lines, columns in another order, kinds in capitals', () => {
    const text = '\uFEFFname;date;kind\r\nNghỉ bù Tết;2025-01-27;MAKEUP\r\n\r\nLàm bù;2025-04-26;workday\r\n';
    expect(parseYearCalendarCsv(text)).toEqual({
      ok: true,
      days: [
        { date: '2025-01-27', kind: 'makeup', name: 'Nghỉ bù Tết' },
        { date: '2025-04-26', kind: 'workday', name: 'Làm bù' },
      ],
    });
  });

  it('names the line and the column of every mistake, in Vietnamese', () => {
    const text = [
      'date,kind,name',
      '2025-01-27,makeup,Nghỉ bù Tết',
      '2025-02-30,holiday,Ngày không có',
      '2025-05-02,nghi,Nghỉ hoán đổi',
      '2025-05-03,holiday,',
      '2025-01-27,holiday,Trùng ngày',
      '2024-12-31,holiday,Năm trước',
      '2025-06-01,holiday,Có, dấu phẩy',
      '2025-06-02,holiday,"chưa đóng',
    ].join('\n');
    const parsed = parseYearCalendarCsv(text, { year: 2025 });
    expect(parsed).toEqual({
      ok: false,
      errors: [
        "Dòng 3, cột 'date': '2025-02-30' không phải ngày hợp lệ (dạng YYYY-MM-DD).",
        "Dòng 4, cột 'kind': 'nghi' không hợp lệ; chọn holiday (nghỉ lễ), makeup (nghỉ bù) hoặc workday (đi làm).",
        'Dòng 5, cột \'name\': không được để trống (ghi lý do, ví dụ "Tết Nguyên đán", "Làm bù ngày 27/01").',
        "Dòng 6, cột 'date': ngày '2025-01-27' đã có ở dòng 2; mỗi ngày chỉ được một dòng.",
        "Dòng 7, cột 'date': '2024-12-31' không thuộc năm 2025.",
        'Dòng 8: có 4 cột, cần 3 (date,kind,name); tên có dấu "," cần đặt trong ngoặc kép.',
        'Dòng 9: dấu ngoặc kép (") mở mà chưa đóng.',
      ],
    });
  });

  it('refuses a file without the expected header', () => {
    expect(parseYearCalendarCsv('')).toEqual({ ok: false, errors: ["Tệp rỗng: cần dòng tiêu đề 'date,kind,name' và các dòng ngày."] });
    expect(parseYearCalendarCsv('ngay,loai,ten\n2025-01-27,makeup,x')).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        "Dòng 1: thiếu cột 'date' (tiêu đề cần: date,kind,name).",
        "Dòng 1: cột 'ngay' không được hỗ trợ (chỉ có date, kind, name).",
      ]),
    });
  });

  it('writes and reads JSON, and names the entry and field of mistakes', () => {
    const json = yearCalendarToJson(2025, DAYS);
    expect(JSON.parse(json).days[0]).toEqual(DAYS[1]);
    expect(parseYearCalendarJson(json)).toEqual({ ok: true, days: [DAYS[1], DAYS[0], DAYS[2]] });
    expect(parseYearCalendarJson(json, { year: 2026 })).toEqual({ ok: false, errors: ["Trường 'year': tệp là lịch năm 2025, không phải năm 2026."] });
    expect(parseYearCalendarJson('[{"date":"2025-13-01","kind":"holiday","name":"x"}, 3]')).toEqual({
      ok: false,
      errors: ["Mục 1, trường 'date': '2025-13-01' không phải ngày hợp lệ (dạng YYYY-MM-DD).", 'Mục 2: cần một đối tượng { "date", "kind", "name" }.'],
    });
    expect(parseYearCalendarJson('{"year":2025,"days":[{"date":"2024-05-01","kind":"holiday","name":"x"}]}')).toEqual({
      ok: false,
      errors: ["Mục 1, trường 'date': '2024-05-01' không thuộc năm 2025."],
    });
    const broken = parseYearCalendarJson('{"days": [');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors[0]).toMatch(/^Tệp không phải JSON hợp lệ/);
    expect(parseYearCalendarJson('{"days": 3}')).toEqual({ ok: false, errors: ['Cần một mảng các ngày, hoặc đối tượng { "year": …, "days": [...] }.'] });
  });
});
