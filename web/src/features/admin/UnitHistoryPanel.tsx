import { useQuery } from '@tanstack/react-query';
import { Tag, Timeline, Typography } from 'antd';
import type { UnitHistory } from '../../../../contracts/org-changes';
import { UNIT_TYPE_LABELS } from '../../../../contracts/roles';
import { addDays } from '../../../../domain/time/iso-date';
import { formatViDateOrDash } from '../../../../domain/time/vietnam-date';
import { get } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';

/** A unit's life: its periods (name, type, parent, the change that opened each), predecessors and successors. */
export function UnitHistoryPanel(props: { unitId: number; onSelectUnit?: (id: number) => void }) {
  const t = useT();
  const history = useQuery({ queryKey: ['unit-history', props.unitId], queryFn: () => get<UnitHistory>(`/api/org-units/${props.unitId}/history`) });
  const h = history.data;
  const link = (id: number, name: string) => (props.onSelectUnit ? <Typography.Link onClick={() => props.onSelectUnit!(id)}>{name}</Typography.Link> : name);
  const lastDay = (to: string | null) => (to ? formatViDateOrDash(addDays(to, -1)) : t('units.today').toLowerCase());
  return (
    <QueryState isLoading={history.isLoading} error={history.error} onRetry={() => history.refetch()}>
      {h && (
        <div data-testid="unit-history">
          <Typography.Title level={5}>{t('units.history.periods')}</Typography.Title>
          <Timeline
            items={h.periods.map((p) => ({
              color: p.validTo ? 'gray' : 'green',
              content: (
                <div>
                  <b>
                    {p.validFrom ? formatViDateOrDash(p.validFrom) : '…'} – {lastDay(p.validTo)}
                  </b>
                  : {p.name} <Tag>{UNIT_TYPE_LABELS[p.type][t.lang]}</Tag>
                  {p.parentName && (
                    <div>
                      {t('units.history.parent')}: {p.parentName}
                    </div>
                  )}
                  <Typography.Text type="secondary">
                    {p.change ? `${t(`units.change.kind.${p.change.kind}`)} — ${p.change.decisionNo}` : t('units.history.initial')}
                  </Typography.Text>
                </div>
              ),
            }))}
          />
          {h.predecessors.length > 0 && (
            <>
              <Typography.Title level={5}>{t('units.history.predecessors')}</Typography.Title>
              <ul>
                {h.predecessors.map((p) => (
                  <li key={p.unitId}>
                    {link(p.unitId, p.name)} ({formatViDateOrDash(p.on)}){p.note ? ` — ${p.note}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {h.successors.length > 0 && (
            <>
              <Typography.Title level={5}>{t('units.history.successors')}</Typography.Title>
              <ul>
                {h.successors.map((s) => (
                  <li key={s.unitId}>
                    {link(s.unitId, s.name)} ({formatViDateOrDash(s.on)}){s.principal && <Tag style={{ marginLeft: 6 }}>{t('units.history.principal')}</Tag>}
                    {s.note ? ` — ${s.note}` : ''}
                  </li>
                ))}
              </ul>
              <Typography.Paragraph>
                {t('units.history.current')}: {h.currentSuccessors.map((s) => s.name).join(', ') || '—'}
              </Typography.Paragraph>
            </>
          )}
          {h.changes.length > 0 && (
            <>
              <Typography.Title level={5}>{t('units.history.changes')}</Typography.Title>
              <ul>
                {h.changes.map((c) => (
                  <li key={c.id}>{c.summary}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </QueryState>
  );
}
