import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocxToPdf } from '../../test/libreoffice';
import { A4, ND30_MARGINS, formatNd30Date, renderNd30Docx, type Nd30Document } from './nd30';

const sample: Nd30Document = {
  issuer: { parent: 'UBND THÀNH PHỐ HẢI PHÒNG', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' },
  number: '15/BC-SGDĐT',
  place: 'Hải Phòng',
  date: '2025-12-10',
  kind: 'BÁO CÁO',
  title: 'Kết quả công tác cải cách hành chính năm 2025',
  body: [
    { type: 'heading', text: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH' },
    { type: 'paragraph', text: 'Sở Giáo dục và Đào tạo đã ban hành Kế hoạch cải cách hành chính năm 2025 và triển khai đến các đơn vị trực thuộc. '.repeat(8) },
    {
      type: 'table',
      columns: ['STT', 'Chỉ tiêu', 'Kết quả'],
      rows: [
        [1, 'Tỷ lệ hồ sơ đúng hạn', '98,5%'],
        [2, 'Số đơn vị được kiểm tra', 12],
      ],
      widths: [1, 6, 2],
    },
    ...Array.from({ length: 12 }, (_, i) => ({
      type: 'paragraph' as const,
      text: `Nội dung đoạn ${i + 1}: ` + 'các đơn vị thực hiện nghiêm túc chế độ báo cáo định kỳ. '.repeat(6),
    })),
  ],
  signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' },
  recipients: ['UBND thành phố;', 'Sở Nội vụ;', 'Lưu: VT, VP.'],
};

async function readPart(buffer: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const part = zip.file(name);
  if (!part) throw new Error(`missing ${name}`);
  return part.async('string');
}

describe('formatNd30Date', () => {
  it('writes a leading zero for days below 10 and for January and February only', () => {
    expect(formatNd30Date('Hải Phòng', '2025-12-10')).toBe('Hải Phòng, ngày 10 tháng 12 năm 2025');
    expect(formatNd30Date('Hải Phòng', '2025-02-05')).toBe('Hải Phòng, ngày 05 tháng 02 năm 2025');
    expect(formatNd30Date('Hải Phòng', '2025-03-09')).toBe('Hải Phòng, ngày 09 tháng 3 năm 2025');
  });
});

describe('renderNd30Docx', () => {
  it('lays out an A4 page with the Nghị định 30 margins, fonts and header texts', async () => {
    const buffer = await renderNd30Docx(sample);
    const xml = await readPart(buffer, 'word/document.xml');
    expect(xml).toMatch(new RegExp(`<w:pgSz w:w="${A4.width}" w:h="${A4.height}"`));
    expect(xml).toContain('w:orient="portrait"');
    expect(xml).toMatch(
      new RegExp(`w:top="${ND30_MARGINS.top}"[^>]*w:right="${ND30_MARGINS.right}"[^>]*w:bottom="${ND30_MARGINS.bottom}"[^>]*w:left="${ND30_MARGINS.left}"`),
    );
    expect([ND30_MARGINS.top, ND30_MARGINS.left, ND30_MARGINS.right]).toEqual([1134, 1701, 850]);
    // Every run names Times New Roman; no other font appears.
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    for (const text of [
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Số: 15/BC-SGDĐT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hải Phòng, ngày 10 tháng 12 năm 2025',
      'BÁO CÁO',
      'Nơi nhận:',
      '- Lưu: VT, VP.',
      'KT. GIÁM ĐỐC',
      'Nguyễn Văn A',
    ])
      expect(xml).toContain(`>${text}<`);
    // Body: 14 pt, justified, first-line indent 1.27 cm, 6 pt before.
    expect(xml).toMatch(/<w:jc w:val="both"\/>/);
    expect(xml).toContain('w:firstLine="720"');
    expect(xml).toContain('w:before="120"');
    // A different first page: page numbers start on page 2.
    expect(xml).toContain('<w:titlePg/>');
    const zip = await JSZip.loadAsync(buffer);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /word\/header\d+\.xml/.test(n))
        .map((n) => readPart(buffer, n)),
    );
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
  });

  it('turns the page for wide tables', async () => {
    const xml = await readPart(await renderNd30Docx({ ...sample, landscape: true }), 'word/document.xml');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906"/);
  });

  it('converts to PDF with LibreOffice and renders the first page', async () => {
    const pdf = renderDocxToPdf(await renderNd30Docx(sample));
    expect(pdf.info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    // LibreOffice substitutes a metric-compatible font when Times New Roman is absent (Liberation Serif).
    expect(pdf.fonts()).toMatch(/TimesNewRoman|Times New Roman|LiberationSerif/);
    const text = pdf.text({ first: 1, last: 1, layout: true });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: 15/BC-SGDĐT');
    const page2 = pdf.text({ first: 2, last: 2 });
    expect(page2.trim().split('\n')[0]?.trim()).toBe('2');
    const png = pdf.firstPagePng();
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    console.info(`nd30 first page rendered to ${png}`);
  }, 120_000);
});
