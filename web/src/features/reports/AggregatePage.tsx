import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ReportAggregation } from '../../../../contracts/reports';
import { put } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useReportAggregate } from './api';

type IndicatorRow = ReportAggregation['indicators'][number];
const figure = (v: number | null, unit?: string) => (v === null ? '—' : `${v.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}${unit === '%' ? '%' : ''}`);

/** The Office's roll-up of a window: figures, missing units, each section's text, Word and Excel output. */
export function AggregatePage() {
  const t = useT();
  const { message } = App.useApp();
  const { id } = useParams();
  const qc = useQueryClient();
  const agg = useReportAggregate(id);
  const [texts, setTexts] = useState<Record<string, string>>({});
  useEffect(() => {
    // Until the Office writes its own text, a section starts from what the units wrote, to edit down.
    if (agg.data)
      setTexts(Object.fromEntries(agg.data.sections.map((s) => [s.key, s.officeText || s.unitTexts.map((u) => `${u.unitName}: ${u.text}`).join('\n')])));
  }, [agg.data]);
  const save = useMutation({
    mutationFn: () => put<ReportAggregation>(`/api/reports/windows/${id}/office-texts`, { texts }),
    onSuccess: (data) => (qc.setQueryData(['report-aggregate', id], data), message.success(t('rp.saved'))),
    onError: (e: Error) => message.error(e.message),
  });
  const a = agg.data;
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {a ? `${t('rp.aggregate')}: ${a.label}` : t('rp.aggregate')}
        </Typography.Title>
      }
      extra={
        <Space>
          <Link to={`/reports?window=${id}`}>{t('rp.back')}</Link>
          <Button href={`/api/reports/windows/${id}/export.docx`} download>
            {t('rp.word')}
          </Button>
          <Button href={`/api/reports/windows/${id}/export.xlsx`} download>
            {t('rp.excel')}
          </Button>
        </Space>
      }
    >
      <QueryState isLoading={agg.isLoading} error={agg.error} onRetry={() => agg.refetch()}>
        {a && (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Card type="inner" size="small" title={t('rp.missingUnits', { n: a.missingUnits.length })}>
              {a.missingUnits.length === 0
                ? t('rp.noneMissing')
                : a.missingUnits.map((u) => (
                    <Tag key={u.unitId} color="red">
                      {u.unitName}
                    </Tag>
                  ))}
            </Card>
            <Table<IndicatorRow>
              rowKey="key"
              size="small"
              pagination={false}
              title={() => <strong>{t('rp.indicators')}</strong>}
              dataSource={a.indicators}
              columns={[
                { title: t('rp.indicator'), dataIndex: 'label' },
                { title: t('rp.result'), render: (_, i) => figure(i.overall.value, i.unit), width: 110 },
                { title: t('rp.reported'), render: (_, i) => `${i.overall.reported}/${i.overall.units}`, width: 140 },
                {
                  title: t('rp.byDistrict'),
                  render: (_, i) => i.byDistrict.map((d) => `${d.district ?? 'Cấp Sở'}: ${figure(d.value, i.unit)}`).join('; '),
                },
              ]}
            />
            <Typography.Title level={4}>{t('rp.sections')}</Typography.Title>
            {a.sections.map((s) => (
              <Card key={s.key} type="inner" size="small" title={s.title}>
                <Input.TextArea
                  aria-label={s.title}
                  autoSize={{ minRows: 2, maxRows: 12 }}
                  value={texts[s.key] ?? ''}
                  onChange={(e) => setTexts({ ...texts, [s.key]: e.target.value })}
                />
                {s.unitTexts.length > 0 && (
                  <details style={{ marginTop: 8 }}>
                    <summary>
                      {t('rp.unitTexts')} ({s.unitTexts.length})
                    </summary>
                    {s.unitTexts.map((u) => (
                      <p key={u.unitName}>
                        <strong>{u.unitName}:</strong> {u.text}
                      </p>
                    ))}
                  </details>
                )}
              </Card>
            ))}
            <Button type="primary" onClick={() => save.mutate()} loading={save.isPending}>
              {t('rp.saveTexts')}
            </Button>
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
