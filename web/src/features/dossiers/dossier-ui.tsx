import { Tag } from 'antd';
import { useT } from '../../i18n/core';

const COLORS: Record<string, string> = { early: 'green', 'on-time': 'blue', late: 'red', 'within-time': 'default', 'at-risk': 'orange', overdue: 'red' };

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', the way forms and citizens read dates ('—' without a date). */
export { formatViDateOrDash as viDate } from '../../../../domain/time/vietnam-date';

export function TimelinessTag({ value }: { value: string | null }) {
  const t = useT();
  if (!value) return null;
  return <Tag color={COLORS[value]}>{t(`dossiers.t.${value}`)}</Tag>;
}
