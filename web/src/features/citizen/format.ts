/** 'YYYY-MM-DD' → 'DD/MM/YYYY', the way Vietnamese forms write dates ('—' without a date). */
export { formatViDateOrDash as viDate } from '../../../../domain/time/vietnam-date';

/** A share 0–1 as a Vietnamese percentage with one decimal ('92,5%'). */
export function viPercent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return `${(Math.round(share * 1000) / 10).toLocaleString('vi-VN')}%`;
}
