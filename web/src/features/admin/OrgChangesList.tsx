import { useQuery } from '@tanstack/react-query';
import { Collapse, Empty } from 'antd';
import type { OrgChange } from '../../../../contracts/org-changes';
import type { OrgUnit } from '../../../../contracts/org-units';
import { formatViDateOrDash } from '../../../../domain/time/vietnam-date';
import { get } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { OrgChangePreview } from './OrgChangePreview';

/** The recorded changes, newest first, each opening to what it moved. */
export function OrgChangesList(props: { units: OrgUnit[] }) {
  const t = useT();
  const changes = useQuery({ queryKey: ['org-changes'], queryFn: () => get<OrgChange[]>('/api/org-changes') });
  return (
    <QueryState isLoading={changes.isLoading} error={changes.error} onRetry={() => changes.refetch()}>
      {changes.data?.length ? (
        <Collapse
          data-testid="org-changes"
          items={changes.data.map((c) => ({
            key: c.id,
            label: `${formatViDateOrDash(c.effectiveOn)} — ${c.outcome.summary}`,
            children: (
              <OrgChangePreview
                outcome={c.outcome}
                units={props.units}
                newUnits={[]}
                historyGrants={[]}
                onDestination={() => undefined}
                onGrant={() => undefined}
                readOnly
              />
            ),
          }))}
        />
      ) : (
        <Empty description={t('units.changes.empty')} />
      )}
    </QueryState>
  );
}
