import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Progress, Select, Space, Switch, Table } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Plan, Task } from '../../../../contracts/plans';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { useOrgUnits } from '../../shared/use-org-units';
import { areaLabel, useAreaOptions, OUTCOMES, usePlanTasks, viDate } from './api';
import { ImportModal } from './ImportModal';
import { TaskOutcomeTag } from './TaskCancel';
import { TaskDrawer } from './TaskDrawer';
import { TaskFormModal } from './TaskFormModal';

const FILTERS = ['areaKey', 'leadUnitId', 'source', 'priority', 'outcome', 'state', 'q', 'asOf'] as const;

const CANCELLED_ROW = { opacity: 0.5 } as const;

/** The plan's task table: filters and grouping in the URL, import, add, and the task drawer (?task=id). */
export function TasksTab({ plan }: { plan: Plan }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined]));
  const tasks = usePlanTasks(plan.id, filter);
  const units = useOrgUnits();
  const areaOptions = useAreaOptions();
  const grouped = params.get('group') === 'area';
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const rows: Array<Task | { id: string; heading: string; children: Task[] }> = grouped
    ? areaOptions
        .map((a) => ({ id: `area-${a.value}`, heading: a.label, children: (tasks.data ?? []).filter((x) => x.areaKey === a.value) }))
        .filter((g) => g.children.length)
    : (tasks.data ?? []);
  return (
    <>
      <div className="page-toolbar">
        <Input.Search
          allowClear
          placeholder={t('task.search')}
          aria-label={t('task.search')}
          defaultValue={filter.q}
          onSearch={(v) => set({ q: v })}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('task.area')}
          aria-label={t('task.area')}
          value={filter.areaKey}
          onChange={(v) => set({ areaKey: v })}
          options={areaOptions}
          style={{ width: 190 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('task.lead')}
          aria-label={t('task.lead')}
          value={filter.leadUnitId ? Number(filter.leadUnitId) : undefined}
          onChange={(v) => set({ leadUnitId: v ? String(v) : undefined })}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.shortName ?? u.name }))}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          placeholder={t('task.source')}
          aria-label={t('task.source')}
          value={filter.source}
          onChange={(v) => set({ source: v })}
          options={['self', 'city', 'ministry'].map((s) => ({ value: s, label: t(`task.source.${s}`) }))}
          style={{ width: 170 }}
        />
        <Select
          allowClear
          placeholder={t('task.priority')}
          aria-label={t('task.priority')}
          value={filter.priority}
          onChange={(v) => set({ priority: v })}
          options={['high', 'normal', 'low'].map((s) => ({ value: s, label: t(`task.priority.${s}`) }))}
          style={{ width: 150 }}
        />
        <Select
          allowClear
          placeholder={t('task.outcome')}
          aria-label={t('task.outcome')}
          value={filter.outcome}
          onChange={(v) => set({ outcome: v })}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder={t('task.state')}
          aria-label={t('task.state')}
          value={filter.state}
          onChange={(v) => set({ state: v })}
          options={['active', 'cancelled'].map((s) => ({ value: s, label: t(`task.state.${s}`) }))}
          style={{ width: 210 }}
        />
        <Space>
          <Switch checked={grouped} onChange={(v) => set({ group: v ? 'area' : undefined })} aria-label={t('task.groupByArea')} />
          {t('task.groupByArea')}
        </Space>
        <Button onClick={() => setParams(new URLSearchParams({ tab: 'tasks' }), { replace: true })}>{t('common.reset')}</Button>
        {plan.canEdit && (
          <>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('plans.import')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('task.add')}
            </Button>
          </>
        )}
      </div>
      <QueryState isLoading={tasks.isLoading} error={tasks.error} isEmpty={tasks.data?.length === 0} onRetry={() => tasks.refetch()}>
        <Table
          rowKey="id"
          size="small"
          dataSource={rows as Task[]}
          scroll={{ x: 1420 }}
          pagination={grouped ? false : { pageSize: 50, hideOnSinglePage: true }}
          expandable={grouped ? { defaultExpandAllRows: true } : { childrenColumnName: '__none' }}
          // A cancelled task stays in the table (its record), greyed out.
          onRow={(r) =>
            'heading' in r ? {} : { onClick: () => set({ task: String(r.id) }), style: { cursor: 'pointer', ...(r.cancellation ? CANCELLED_ROW : {}) } }
          }
          columns={[
            { title: t('task.no'), dataIndex: 'no', width: 60, render: (v, r) => ('heading' in r ? <b>{(r as { heading: string }).heading}</b> : v) },
            { title: t('task.content'), dataIndex: 'content', width: 420 },
            { title: t('task.area'), dataIndex: 'areaKey', render: (v) => v && areaLabel(v, t.lang), width: 140 },
            { title: t('task.priority'), dataIndex: 'priority', render: (v) => v && t(`task.priority.${v}`), width: 100 },
            { title: t('task.lead'), dataIndex: 'leadUnitName', width: 120 },
            { title: t('task.time'), dataIndex: 'timeFrameLabel', width: 130 },
            { title: t('task.deadline'), dataIndex: 'deadline', render: (v, r) => ('heading' in r ? null : viDate(v)), width: 100 },
            { title: t('task.progress'), dataIndex: 'progress', render: (v, r) => ('heading' in r ? null : <Progress percent={v} size="small" />), width: 130 },
            { title: t('task.outcome'), dataIndex: 'outcome', render: (_, r) => ('heading' in r ? null : <TaskOutcomeTag task={r} />), width: 200 },
          ]}
        />
      </QueryState>
      <ImportModal planId={plan.id} open={importing} onClose={() => setImporting(false)} />
      <TaskFormModal plan={plan} open={adding} onClose={() => setAdding(false)} />
      <TaskDrawer taskId={params.get('task') ? Number(params.get('task')) : null} onClose={() => set({ task: undefined })} />
    </>
  );
}
