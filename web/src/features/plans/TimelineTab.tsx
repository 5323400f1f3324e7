import { Empty, Tooltip } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { Plan } from '../../../../contracts/plans';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { OUTCOME_COLORS, usePlanTasks, viDate } from './api';

const MONTHS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'];
const COLORS: Record<string, string> = { green: '#52c41a', orange: '#fa8c16', cyan: '#13c2c2', blue: '#1677ff', red: '#f5222d', default: '#bfbfbf' };

/** Position of a date in the plan year, 0–100%. */
function yearPercent(iso: string, year: number): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const at = Date.parse(iso + 'T00:00:00Z');
  return Math.min(100, Math.max(0, ((at - start) / (end - start)) * 100));
}

/** A Gantt-like view of the year: each task from its start (or 1 January) to its deadline, coloured by outcome. */
export function TimelineTab({ plan }: { plan: Plan }) {
  const t = useT();
  const [params] = useSearchParams();
  const tasks = usePlanTasks(plan.id, { asOf: params.get('asOf') ?? undefined });
  return (
    <QueryState isLoading={tasks.isLoading} error={tasks.error} isEmpty={tasks.data?.length === 0} onRetry={() => tasks.refetch()}>
      {tasks.data?.length ? (
        <div style={{ overflowX: 'auto' }} data-testid="timeline">
          <div style={{ display: 'grid', gridTemplateColumns: '320px 1fr', minWidth: 900, fontSize: 12 }}>
            <div />
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', borderBottom: '1px solid #ddd' }}>
              {MONTHS.map((m) => (
                <div key={m} style={{ textAlign: 'center', padding: 4 }}>
                  {m}/{plan.year}
                </div>
              ))}
            </div>
            {tasks.data.map((task) => {
              const from = task.startDate ? yearPercent(task.startDate, plan.year) : 0;
              const to = task.deadline ? yearPercent(task.deadline, plan.year) + 0.3 : 100;
              const color = COLORS[OUTCOME_COLORS[task.outcome]];
              return [
                <div
                  key={`l${task.id}`}
                  style={{ padding: '4px 8px 4px 0', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                  title={task.content}
                >
                  {task.no ? `${task.no}. ` : ''}
                  {task.content}
                </div>,
                <div
                  key={`b${task.id}`}
                  style={{
                    position: 'relative',
                    borderBottom: '1px dashed #f0f0f0',
                    background:
                      'repeating-linear-gradient(90deg, transparent 0, transparent calc(100%/12 - 1px), #f5f5f5 calc(100%/12 - 1px), #f5f5f5 calc(100%/12))',
                  }}
                >
                  <Tooltip
                    title={`${task.timeFrameLabel} — ${task.deadline ? viDate(task.deadline) : t('timeline.noDeadline')} — ${t(`outcome.${task.outcome}`)} (${task.progress}%)`}
                  >
                    <div
                      style={{
                        position: 'absolute',
                        top: 5,
                        height: 14,
                        left: `${from}%`,
                        width: `${Math.max(1, to - from)}%`,
                        background: color,
                        opacity: task.deadline ? 1 : 0.45,
                        borderRadius: 3,
                      }}
                    >
                      <div style={{ width: `${task.progress}%`, height: '100%', background: 'rgba(0,0,0,0.18)', borderRadius: 3 }} />
                    </div>
                  </Tooltip>
                </div>,
              ];
            })}
          </div>
        </div>
      ) : (
        <Empty />
      )}
    </QueryState>
  );
}
