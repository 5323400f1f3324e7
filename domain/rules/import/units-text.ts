// The "Đơn vị thực hiện" column in words ("Văn phòng Sở, các phòng Sở, đơn vị trực thuộc") as the unit codes
// criteria carry (domain/rules/responsible-units.ts); words it cannot place are returned for the review.
import { RESPONSIBLE_UNITS } from '../responsible-units';
import { fold } from './vi-text';

const PATTERNS: Array<[RegExp, string]> = [
  [/^van phong( so)?$|^vp$/, 'VP'],
  [/thanh tra/, 'TTr'],
  [/ke hoach\s*-?\s*tai chinh|^khtc$/, 'KHTC'],
  [/to chuc can bo|^tccb$/, 'TCCB'],
  [/giao duc trung hoc|^gdtrh$/, 'GDTrH'],
  [/mam non|tieu hoc/, 'GDMN-GDTH'],
  [/thuong xuyen|dai hoc/, 'GDTX-DH'],
  [/khao thi|kiem dinh/, 'KTKDCLGD'],
  [/^(cac )?phong( chuyen mon| so| co quan so| thuoc so)?$|^cac phong/, 'CAC-PHONG'],
  [/don vi truc thuoc/, 'DV-TRUC-THUOC'],
  [/don vi (co )?lien quan|^cac don vi$/, 'DV-LIEN-QUAN'],
];

/** Unit codes named by the words, in order and without repeats, and the parts not recognised. */
export function unitCodesFromText(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  const names = Object.entries(RESPONSIBLE_UNITS).map(([code, name]) => [fold(name), code] as const);
  for (const raw of text.split(/[,;\n]|\s+và\s+/u)) {
    const part = raw
      .replace(/<[^>]+>/g, '')
      .replace(/[.()]/g, '')
      .trim();
    if (!part) continue;
    const f = fold(part).replace(/\s+/g, ' ');
    const code = names.find(([n]) => n === f)?.[1] ?? PATTERNS.find(([re]) => re.test(f))?.[1];
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part);
  }
  return { codes, unknown };
}
