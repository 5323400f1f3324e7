import { Button, Card, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { BoardRow, ReportWindowSummary } from '../../../../contracts/reports';
import { formatViDateOrDash } from '../../../../domain/time/vietnam-date';
import { useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { OpenWindowButton } from './ReportForms';
import { useReportWindows, useReportBoard } from './api';

export const CLASS_COLORS: Record<string, string> = { 'on-time': 'green', late: 'orange', missing: 'red', 'not-yet-due': 'default' };
export const STATUS_COLORS: Record<string, string> = { draft: 'default', submitted: 'blue', returned: 'volcano', approved: 'green' };
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`);

/** The reporting windows of a year and, for the chosen one, who has sent on time, late or not yet. */
export function ReportsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? 2025);
  const windowId = params.get('window') ? Number(params.get('window')) : null;
  const status = params.get('status') ?? undefined;
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const windows = useReportWindows(year);
  const board = useReportBoard(windowId);
  const isOffice = me.data?.permissions.includes('report:review') ?? false;
  const rows = (board.data?.rows ?? []).filter((r) => !status || r.status === status);
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rp.title')}
        </Typography.Title>
      }
    >
      <div className="page-toolbar">
        <span>{t('rp.year')}</span>
        <InputNumber aria-label={t('rp.year')} min={2000} max={2100} value={year} onChange={(v) => v && set({ year: String(v), window: undefined })} />
        {me.data?.permissions.includes('report:manage') && <OpenWindowButton year={year} />}
      </div>
      <QueryState isLoading={windows.isLoading} error={windows.error} isEmpty={windows.data?.length === 0} onRetry={() => windows.refetch()}>
        <Table<ReportWindowSummary>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={windows.data}
          rowClassName={(w) => (w.id === windowId ? 'ant-table-row-selected' : '')}
          onRow={(w) => ({ onClick: () => set({ window: String(w.id), status: undefined }), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('rp.window'), dataIndex: 'label', render: (v: string, w) => <a onClick={() => set({ window: String(w.id) })}>{v}</a> },
            { title: t('rp.deadline'), dataIndex: 'deadline', render: formatViDateOrDash, width: 110 },
            { title: t('rp.required'), dataIndex: 'requiredUnits', width: 130 },
            { title: t('rp.reportingRate'), dataIndex: 'reportingRate', render: pct, width: 120 },
            { title: t('rp.onTimeRate'), dataIndex: 'onTimeRate', render: pct, width: 120 },
          ]}
        />
      </QueryState>
      {windowId !== null && (
        <Card
          type="inner"
          style={{ marginTop: 16 }}
          title={`${t('rp.board')}: ${board.data?.label ?? ''}`}
          extra={isOffice && <Link to={`/reports/windows/${windowId}/aggregate`}>{t('rp.aggregate')}</Link>}
        >
          <QueryState isLoading={board.isLoading} error={board.error} onRetry={() => board.refetch()}>
            {board.data && (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text data-testid="board-counts">
                  {t('rp.counts', {
                    onTime: board.data.counts['on-time'] ?? 0,
                    late: board.data.counts.late ?? 0,
                    missing: board.data.counts.missing ?? 0,
                    notYetDue: board.data.counts['not-yet-due'] ?? 0,
                  })}
                </Typography.Text>
                <Select
                  aria-label={t('rp.filterStatus')}
                  style={{ width: 220 }}
                  value={status ?? ''}
                  onChange={(v) => set({ status: v || undefined })}
                  options={[
                    { value: '', label: t('rp.all') },
                    ...['on-time', 'late', 'missing', 'not-yet-due'].map((c) => ({ value: c, label: t(`rp.cl.${c}`) })),
                  ]}
                />
                <Table<BoardRow>
                  rowKey="unitId"
                  size="small"
                  pagination={false}
                  dataSource={rows}
                  columns={[
                    { title: t('rp.unit'), dataIndex: 'unitName' },
                    { title: t('rp.status'), dataIndex: 'status', render: (v: string) => <Tag color={CLASS_COLORS[v]}>{t(`rp.cl.${v}`)}</Tag>, width: 170 },
                    {
                      title: t('rp.reportStatus'),
                      dataIndex: 'reportStatus',
                      render: (v: string | null) => (v ? <Tag color={STATUS_COLORS[v]}>{t(`rp.st.${v}`)}</Tag> : '—'),
                      width: 150,
                    },
                    { title: t('rp.submittedAt'), dataIndex: 'submittedAt', render: formatViDateOrDash, width: 110 },
                    {
                      title: '',
                      width: 130,
                      render: (_, r) => (
                        <Link to={`/reports/windows/${windowId}/units/${r.unitId}`}>
                          <Button size="small">{t('rp.open')}</Button>
                        </Link>
                      ),
                    },
                  ]}
                />
              </Space>
            )}
          </QueryState>
        </Card>
      )}
    </Card>
  );
}
