/** Bộ chỉ số 766 (Quyết định 766/QĐ-TTg): counts, indicators, weight sets and scoring per unit and period. */
export * from './counts';
export * from './indicators';
export * from './weights';
export * from './score';
