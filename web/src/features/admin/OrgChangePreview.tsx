import { Alert, Checkbox, Select, Table, Tag, Typography } from 'antd';
import type { OrgChangeOutcome, TransferItem } from '../../../../contracts/org-changes';
import type { OrgUnit } from '../../../../contracts/org-units';
import { useT } from '../../i18n/core';
import { hasEnded } from '../../shared/use-org-units';

const STATUS_COLOR: Record<TransferItem['status'], string> = { moves: 'blue', stays: 'default', conflict: 'orange', locked: 'red' };
const LOCK = -999_999;

/** What a change would do, with a destination to choose for every record that moves. */
export function OrgChangePreview(props: {
  outcome: OrgChangeOutcome;
  units: OrgUnit[];
  /** Units the change establishes: ref (negative) → name, offered as destinations. */
  newUnits: Array<{ ref: number; name: string }>;
  historyGrants: number[];
  onDestination: (key: string, to: number | null) => void;
  onGrant: (userId: number, granted: boolean) => void;
  readOnly?: boolean;
}) {
  const t = useT();
  const o = props.outcome;
  const newIds = new Map(Object.entries(o.newUnitIds).map(([ref, id]) => [id, Number(ref)]));
  // Destinations: every living unit and the units the change creates (by their ref until they exist).
  const living = props.units.filter((u) => !hasEnded(u)).map((u) => ({ value: u.id, label: u.name }));
  const created = props.newUnits.map((n) => ({ value: n.ref, label: n.name }));
  const valueOf = (item: TransferItem) =>
    item.status === 'locked' ? LOCK : item.toUnitId !== null && newIds.has(item.toUnitId) ? newIds.get(item.toUnitId)! : item.toUnitId;
  return (
    <div data-testid="org-change-preview">
      <Alert type="info" showIcon title={o.summary} description={props.readOnly ? undefined : t('units.change.previewHint')} style={{ marginBottom: 12 }} />
      {o.units.length > 0 && (
        <>
          <Typography.Title level={5}>{t('units.change.unitsTouched')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="unitId"
            dataSource={o.units}
            columns={[
              { title: t('units.name'), dataIndex: 'name' },
              { title: '', dataIndex: 'detail' },
            ]}
            style={{ marginBottom: 12 }}
          />
        </>
      )}
      {o.childMoves.length > 0 && (
        <>
          <Typography.Title level={5}>{t('units.change.childMoves')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="unitId"
            dataSource={o.childMoves}
            columns={[
              { title: t('units.name'), dataIndex: 'name' },
              { title: t('units.change.from'), dataIndex: 'fromName' },
              { title: t('units.change.to'), dataIndex: 'toName' },
            ]}
            style={{ marginBottom: 12 }}
          />
        </>
      )}
      {o.links.length > 0 && (
        <>
          <Typography.Title level={5}>{t('units.change.links')}</Typography.Title>
          <ul>
            {o.links.map((l) => (
              <li key={`${l.fromUnitId}-${l.toUnitId}`}>
                {l.fromName} → <b>{l.toName}</b>
                {l.principal && <Tag style={{ marginLeft: 8 }}>{t('units.history.principal')}</Tag>}
                {l.note && <Typography.Text type="secondary"> — {l.note}</Typography.Text>}
              </li>
            ))}
          </ul>
        </>
      )}
      {o.groups.length === 0 && <Typography.Paragraph type="secondary">{t('units.change.nothingMoves')}</Typography.Paragraph>}
      {o.groups.map((g) => (
        <div key={g.key} data-testid={`preview-group-${g.key}`}>
          <Typography.Title level={5}>
            {t(`units.change.group.${g.key}`)} ({g.items.length})
          </Typography.Title>
          <Table
            size="small"
            pagination={g.items.length > 10 ? { pageSize: 10 } : false}
            rowKey="key"
            dataSource={g.items}
            style={{ marginBottom: 12 }}
            columns={[
              { title: '', dataIndex: 'label', width: '34%' },
              { title: t('units.change.from'), dataIndex: 'fromUnitName', width: 200 },
              {
                title: t('units.change.to'),
                width: 260,
                render: (_, item: TransferItem) =>
                  item.choosable && !props.readOnly ? (
                    <Select
                      size="small"
                      style={{ width: 240 }}
                      aria-label={`${t('units.change.to')}: ${item.label}`}
                      value={valueOf(item)}
                      showSearch
                      optionFilterProp="label"
                      options={[...created, ...living, ...(g.key === 'users' ? [{ value: LOCK, label: t('units.change.lock') }] : [])]}
                      onChange={(v: number) => props.onDestination(item.key, v === LOCK ? null : v)}
                    />
                  ) : (
                    (item.toUnitName ?? '—')
                  ),
              },
              {
                title: t('common.status'),
                width: 200,
                render: (_, item: TransferItem) => (
                  <>
                    <Tag color={STATUS_COLOR[item.status]}>{t(`units.change.status.${item.status}`)}</Tag>
                    {item.reason && <div style={{ fontSize: 12, color: '#888' }}>{item.reason}</div>}
                    {g.key === 'users' && item.status === 'moves' && !props.readOnly && (
                      <Checkbox
                        checked={props.historyGrants.includes(Number(item.key.split(':')[1]))}
                        onChange={(e) => props.onGrant(Number(item.key.split(':')[1]), e.target.checked)}
                      >
                        {t('units.change.grant')}
                      </Checkbox>
                    )}
                  </>
                ),
              },
            ]}
          />
        </div>
      ))}
      {o.historyGrants.length > 0 && (
        <Typography.Paragraph>
          {t('units.change.grant')}: {o.historyGrants.map((g) => `${g.username} → ${g.unitName}`).join('; ')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
