import { Progress, Space, Tag, Typography } from 'antd';
import type { SourceRun, SourceSchedule, SourceView } from '../../../../contracts/sources';
import { addDays } from '../../../../domain/time/iso-date';
import { useT } from '../../i18n/core';
import { vietnamToday } from '../../shared/today';

const STATUS_COLOR: Record<SourceRun['status'], string> = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' };

export function RunStatusTag({ run }: { run: SourceRun }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[run.status]}>{t(`sources.status.${run.status}`)}</Tag>;
}

export function useScheduleText() {
  const t = useT();
  return (s: SourceSchedule) =>
    s.kind === 'manual'
      ? t('sources.schedule.manual')
      : s.kind === 'interval'
        ? t('sources.schedule.interval', { n: s.minutes })
        : t('sources.schedule.daily', { at: s.at });
}

/** "dữ liệu đến 14:05 hôm nay": how far the source's data reaches. */
export function DataAge({ source }: { source: SourceView }) {
  const t = useT();
  const until = source.dataUntil;
  if (!until) return <Typography.Text type="secondary">{t('sources.dataAge.none')}</Typography.Text>;
  const time = (until.time ?? '00:00').slice(0, 5);
  const today = vietnamToday();
  const [y, m, d] = until.date.split('-');
  const text =
    until.date === today
      ? t('sources.dataAge.today', { time })
      : until.date === addDays(today, -1)
        ? t('sources.dataAge.yesterday', { time })
        : t('sources.dataAge.date', { time, date: `${d}/${m}/${y}` });
  return <span data-testid="data-age">{text}</span>;
}

export function RunCounts({ run }: { run: SourceRun }) {
  const t = useT();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('sources.counts', { read: run.rowsRead, created: run.rowsCreated, updated: run.rowsUpdated, unchanged: run.rowsUnchanged, refused: run.rowsRefused })}
    </Typography.Text>
  );
}

/** A run in progress: pages of a pull (with a bar when the total is known), rows of a file. */
export function RunProgress({ run }: { run: SourceRun }) {
  const t = useT();
  const { done, total, unit } = run.progress;
  const label =
    unit === 'row' ? t('sources.progress.row', { done }) : total ? t('sources.progress.page', { done, total }) : t('sources.progress.pageOpen', { done });
  return (
    <Space direction="vertical" size={0} style={{ minWidth: 180 }}>
      <Space>
        <RunStatusTag run={run} />
        <span>{label}</span>
      </Space>
      {unit === 'page' && total ? <Progress percent={Math.round((done / total) * 100)} size="small" /> : null}
    </Space>
  );
}

export const formatTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—');
