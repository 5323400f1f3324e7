import type { Catalog } from '../../i18n/core';

/** Messages of the desk steps added after the first version (vi is the reference; en has every key). */
export const deskCatalog: Catalog = {
  vi: {
    'dossiers.action.withdrawal-requested': 'Công dân rút hồ sơ',
    'dossiers.action.stopped': 'Dừng xử lý',
  },
  en: {
    'dossiers.action.withdrawal-requested': 'Applicant withdraws',
    'dossiers.action.stopped': 'Stop processing',
  },
};
