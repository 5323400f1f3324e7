import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { DepartmentProgress } from '../../../../contracts/plans';
import { get, qs } from '../../api/client';
import { useT } from '../../i18n/core';
import { StatsView } from './StatsTab';
import { vietnamYear } from '../../shared/today';

/**
 * Department-wide progress of a year: the department's plan and its sub-units' plans rolled up, per
 * reform area, lead unit, source and plan; year and as-of date live in the URL.
 */
export function ProgressPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? vietnamYear());
  const asOf = params.get('asOf') ?? undefined;
  const structure = params.get('structure') ?? undefined;
  const progress = useQuery({
    queryKey: ['plans', 'progress', year, asOf, structure],
    queryFn: () => get<DepartmentProgress>(`/api/plans/progress${qs({ year, asOf, structure })}`),
  });
  const setYear = (v: number | null) => {
    if (!v) return;
    const next = new URLSearchParams(params);
    next.set('year', String(v));
    setParams(next, { replace: true });
  };
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('progress.title', { year: String(year) })}
        </Typography.Title>
      }
    >
      <StatsView
        stats={progress}
        extra={progress.data ? [[t('progress.byPlan'), progress.data.byPlan]] : []}
        toolbar={
          <>
            <span>{t('plans.year')}</span>
            <InputNumber aria-label={t('plans.year')} min={2020} max={2100} value={year} onChange={setYear} />
            <Button icon={<DownloadOutlined />} href={`/api/plans/progress/export.xlsx${qs({ year, asOf, structure })}`}>
              {t('plans.export')}
            </Button>
          </>
        }
      />
    </Card>
  );
}
