import type { TaskSource } from './task';

export type TaskPriority = 'high' | 'normal' | 'low';

const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads a "Nguồn" cell of an appendix: "Tự đề ra" / "Kế hoạch của đơn vị" (self), "Thành phố giao" /
 * "UBND thành phố" (city), "Bộ giao" / "Bộ GDĐT" (ministry). Empty: null (the caller's default);
 * unknown text: undefined, so the caller can name the cell in an error.
 */
export function sourceFromText(text: string): TaskSource | null | undefined {
  const t = fold(text);
  if (!t) return null;
  if (/^(tự đề ra|tự xây dựng|đơn vị|kế hoạch (của )?đơn vị|sở tự đề ra)$/.test(t) || t === 'self') return 'self';
  if (/(thành phố|ubnd tp|ubnd thành phố|tp giao)/.test(t) || t === 'city') return 'city';
  if (/^bộ( |$)|bộ gd|bộ giáo dục/.test(t) || t === 'ministry') return 'ministry';
  return undefined;
}

/** Reads an "Ưu tiên" cell: "Cao", "Bình thường"/"Trung bình", "Thấp". Empty: null; unknown: undefined. */
export function priorityFromText(text: string): TaskPriority | null | undefined {
  const t = fold(text);
  if (!t) return null;
  if (/^(cao|ưu tiên cao|khẩn|gấp|high)$/.test(t)) return 'high';
  if (/^(bình thường|trung bình|thường|normal)$/.test(t)) return 'normal';
  if (/^(thấp|low)$/.test(t)) return 'low';
  return undefined;
}
