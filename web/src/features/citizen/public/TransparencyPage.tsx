import { useT } from '../../../i18n/core';
import { viDate } from '../format';
import { PublicLayout } from '../../../shared/PublicLayout';
import { vietnamYear } from '../../../shared/today';
import { useTransparency } from '../api';

/** This year's published figures of the whole department (aggregated: no person can be singled out). */
export function TransparencyPage() {
  const t = useT();
  const year = vietnamYear();
  const data = useTransparency(year);
  const format = (value: number | null, unit: '%' | 'count') =>
    value === null ? t('citizen.tr.noData') : unit === '%' ? `${value.toLocaleString('vi-VN')}%` : value.toLocaleString('vi-VN');
  return (
    <PublicLayout title={t('citizen.tr.title', { year })}>
      {data.isLoading && <p role="status">{t('common.loading')}</p>}
      {data.error && (
        <p className="public-error" role="alert">
          {data.error.message}
        </p>
      )}
      {data.data && (
        <section className="public-card" data-testid="transparency">
          <p>{t('citizen.tr.period', { from: viDate(data.data.from), to: viDate(data.data.to) })}</p>
          {data.data.figures.map((f) => (
            <div key={f.key} className="public-figure" title={f.source}>
              <span>{f.label}</span>
              <strong>{format(f.value, f.unit)}</strong>
            </div>
          ))}
          <p style={{ fontSize: 14, marginTop: 12 }}>{data.data.methodNote}</p>
        </section>
      )}
    </PublicLayout>
  );
}
