// The comparison of two versions of a framework: criteria added, removed, and changed with their rules.
import { Empty, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useCompare } from './import-api';

type Props = { code: string; version: number; versions: number[]; onClose: () => void };

/** Compares the shown version with an earlier (or any other) one. */
export function CompareDialog({ code, version, versions, onClose }: Props) {
  const t = useT();
  const others = versions.filter((v) => v !== version);
  const [from, setFrom] = useState<number | undefined>(others.filter((v) => v < version).at(-1) ?? others[0]);
  const diff = useCompare(code, from, version);
  const d = diff.data;
  return (
    <Modal open width={960} title={`${t('fw.compare')}: ${code}`} footer={null} onCancel={onClose}>
      <Space style={{ marginBottom: 12 }}>
        {t('fw.version')} {version} — {t('fw.compareWith')}
        <Select
          aria-label={t('fw.compareWith')}
          style={{ width: 120 }}
          value={from}
          onChange={setFrom}
          options={others.map((v) => ({ value: v, label: `v${v}` }))}
        />
      </Space>
      {others.length === 0 ? (
        <Empty />
      ) : (
        <QueryState isLoading={diff.isLoading} error={diff.error} onRetry={() => diff.refetch()}>
          {d && (
            <Space direction="vertical" style={{ width: '100%' }} data-testid="compare-result">
              <Typography.Text type="secondary">
                v{d.from.version} ({d.from.decisionNumber ?? '—'}, {d.from.max.toLocaleString('vi-VN')}) → v{d.to.version} ({d.to.decisionNumber ?? '—'},{' '}
                {d.to.max.toLocaleString('vi-VN')})
              </Typography.Text>
              {d.added.length + d.removed.length + d.changed.length === 0 && <Typography.Text>{t('fw.noChange')}</Typography.Text>}
              {d.added.length > 0 && (
                <Typography.Text>
                  <b>{t('fw.added')}:</b> {d.added.map((c) => `${c.code} ${c.title} (${c.maxPoints})`).join('; ')}
                </Typography.Text>
              )}
              {d.removed.length > 0 && (
                <Typography.Text>
                  <b>{t('fw.removed')}:</b> {d.removed.map((c) => `${c.code} ${c.title} (${c.maxPoints})`).join('; ')}
                </Typography.Text>
              )}
              {d.changed.length > 0 && (
                <Table
                  size="small"
                  pagination={false}
                  rowKey={(r) => `${r.code}-${r.field}`}
                  dataSource={d.changed.flatMap((c) => c.changes.map((ch) => ({ code: c.code, ...ch })))}
                  columns={[
                    { title: t('fw.code'), dataIndex: 'code', width: 70 },
                    { title: '', dataIndex: 'field', width: 140 },
                    { title: `v${d.from.version}`, dataIndex: 'before', render: (v: string) => <code style={{ fontSize: 12 }}>{v}</code> },
                    { title: `v${d.to.version}`, dataIndex: 'after', render: (v: string) => <code style={{ fontSize: 12 }}>{v}</code> },
                  ]}
                />
              )}
            </Space>
          )}
        </QueryState>
      )}
    </Modal>
  );
}
