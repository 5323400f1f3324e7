/**
 * The five factors of SIPAS (Quyết định 1001/QĐ-BNV): what a satisfaction index is broken down by.
 * The questions behind each factor and their weights are survey data, not code (METHODS.md: unconfirmed).
 */

export const SATISFACTION_FACTOR_KEYS = ['access', 'procedure', 'officer', 'result', 'feedback'] as const;

export type SatisfactionFactorKey = (typeof SATISFACTION_FACTOR_KEYS)[number];

export const SATISFACTION_FACTORS: readonly { key: SatisfactionFactorKey; label: string }[] = [
  { key: 'access', label: 'Tiếp cận dịch vụ' },
  { key: 'procedure', label: 'Thủ tục hành chính' },
  { key: 'officer', label: 'Công chức' },
  { key: 'result', label: 'Kết quả' },
  { key: 'feedback', label: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị' },
];
