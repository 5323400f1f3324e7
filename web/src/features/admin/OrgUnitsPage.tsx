import { BranchesOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Tabs, Tag, Tree, TreeSelect, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { OrgUnit } from '../../../../contracts/org-units';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '../../../../contracts/roles';
import { formatViDateOrDash } from '../../../../domain/time/vietnam-date';
import { ApiError, patch, post } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { vietnamTodayPicker } from '../../shared/today-picker';
import { OrgChangeDrawer } from './OrgChangeDrawer';
import { OrgChangesList } from './OrgChangesList';
import type { ChangeFormValues } from './org-change-request';
import { UnitHistoryPanel } from './UnitHistoryPanel';
import { hasEnded, toUnitTree, useOrgUnits } from '../../shared/use-org-units';

type FormValues = { parentId: number; code: string; name: string; shortName?: string; type: OrgUnit['type']; district?: string };

/**
 * The organisation tree as it is today or as it stood on a date, each unit's history, and the changes of
 * the organisation (rename, move, merge, split, dissolve) recorded with their decision after a preview.
 */
export function OrgUnitsPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [on, setOn] = useState<Dayjs | null>(null);
  const units = useOrgUnits(on ? on.format('YYYY-MM-DD') : undefined);
  const today = useOrgUnits();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const [change, setChange] = useState<Partial<ChangeFormValues> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();
  const selected = units.data?.find((u) => u.id === selectedId) ?? today.data?.find((u) => u.id === selectedId) ?? null;
  const current = today.data?.find((u) => u.id === selectedId) ?? null;

  const save = useMutation({
    mutationFn: (values: FormValues) =>
      editing === 'new'
        ? post<OrgUnit>('/api/org-units', values)
        : patch<OrgUnit>(`/api/org-units/${selectedId}`, { name: values.name, shortName: values.shortName ?? null, district: values.district ?? null }),
    onSuccess: async (unit) => {
      message.success(t('common.saved'));
      setEditing(null);
      setSelectedId(unit.id);
      await qc.invalidateQueries({ queryKey: ['org-units'] });
      await qc.invalidateQueries({ queryKey: ['unit-history'] });
    },
    onError: (err) => setError(err instanceof ApiError ? err.message : String(err)),
  });

  const toggle = useMutation({
    mutationFn: (unit: OrgUnit) => patch<OrgUnit>(`/api/org-units/${unit.id}`, { active: !unit.active }),
    onSuccess: async (unit) => {
      setSelectedId(unit.id);
      await qc.invalidateQueries({ queryKey: ['org-units'] });
    },
    onError: (err) => message.error(err instanceof Error ? err.message : String(err)),
  });

  const tree = toUnitTree(units.data ?? []);
  const open = (mode: 'new' | 'edit') => {
    setError(null);
    setEditing(mode);
    form.resetFields();
    if (mode === 'edit' && current)
      form.setFieldsValue({
        ...current,
        shortName: current.shortName ?? undefined,
        district: current.district ?? undefined,
        parentId: current.parentId ?? undefined,
      });
    if (mode === 'new')
      form.setFieldsValue({ parentId: current && !hasEnded(current) ? current.id : undefined, type: 'school', district: current?.district ?? undefined });
  };
  const startChange = (kind: ChangeFormValues['kind'], extra: Partial<ChangeFormValues> = {}) => setChange({ kind, ...extra });
  const ended = current ? hasEnded(current) : false;

  const treePanel = (
    <QueryState isLoading={units.isLoading} error={units.error} isEmpty={!tree.length} onRetry={() => units.refetch()}>
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 420px' }} data-testid="unit-tree">
          <Tree
            key={on?.format('YYYY-MM-DD') ?? 'today'}
            treeData={tree}
            defaultExpandAll
            showLine
            titleRender={(n) => (
              <span style={{ opacity: n.unit.active ? 1 : 0.5 }}>
                {n.unit.name} <Tag>{UNIT_TYPE_LABELS[n.unit.type][t.lang]}</Tag>
                {!n.unit.active && <Tag color="red">{t('common.inactive')}</Tag>}
              </span>
            )}
            onSelect={(_, info) => setSelectedId(info.node.unit.id)}
          />
        </div>
        {selected && (
          <Card size="small" style={{ flex: '1 1 380px' }} title={selected.name}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('units.code')}>{selected.code}</Descriptions.Item>
              <Descriptions.Item label={t('units.type')}>{UNIT_TYPE_LABELS[selected.type][t.lang]}</Descriptions.Item>
              <Descriptions.Item label={t('units.district')}>{selected.district ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('common.status')}>
                {ended
                  ? `${t('units.ended')} (${t('units.since', { date: formatViDateOrDash(current!.validTo) })})`
                  : selected.active
                    ? t('common.active')
                    : t('common.inactive')}
              </Descriptions.Item>
            </Descriptions>
            {current && !ended && (
              <Space wrap style={{ margin: '8px 0' }}>
                <Button size="small" onClick={() => open('edit')}>
                  {t('units.correct')}
                </Button>
                <Button size="small" onClick={() => startChange('rename', { unitId: current.id, name: current.name })}>
                  {t('units.change.kind.rename')}
                </Button>
                {current.parentId !== null && (
                  <Button size="small" onClick={() => startChange('move', { unitId: current.id })}>
                    {t('units.change.kind.move')}
                  </Button>
                )}
                <Button size="small" onClick={() => startChange('merge', { sourceIds: [current.id], successors: [{ mode: 'existing' }] })}>
                  {t('units.change.kind.merge')}
                </Button>
                <Button size="small" onClick={() => startChange('split', { unitId: current.id })}>
                  {t('units.change.kind.split')}
                </Button>
                {current.parentId !== null && (
                  <Button size="small" danger onClick={() => startChange('dissolve', { unitId: current.id })}>
                    {t('units.change.kind.dissolve')}
                  </Button>
                )}
                {current.parentId !== null && (
                  <Button size="small" onClick={() => toggle.mutate(current)}>
                    {current.active ? t('units.deactivate') : t('units.activate')}
                  </Button>
                )}
              </Space>
            )}
            <Typography.Title level={5}>{t('units.history')}</Typography.Title>
            <UnitHistoryPanel unitId={selected.id} onSelectUnit={setSelectedId} />
          </Card>
        )}
      </div>
    </QueryState>
  );

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('units.title')}
        </Typography.Title>
      }
      extra={
        <Space wrap>
          <span>{t('units.on')}</span>
          <DatePicker
            aria-label={t('units.on')}
            format="DD/MM/YYYY"
            value={on}
            maxDate={vietnamTodayPicker()}
            placeholder={t('units.today')}
            onChange={(d) => setOn(d)}
          />
          <Button icon={<BranchesOutlined />} onClick={() => startChange('dissolve')}>
            {t('units.change.new')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {t('units.new')}
          </Button>
        </Space>
      }
    >
      <Tabs
        items={[
          { key: 'tree', label: t('units.title'), children: treePanel },
          { key: 'changes', label: t('units.changes'), children: <OrgChangesList units={today.data ?? []} /> },
        ]}
      />
      <OrgChangeDrawer open={change !== null} initial={change ?? undefined} onClose={() => setChange(null)} units={today.data ?? []} />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('units.new') : t('units.correct')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
        {editing === 'edit' && <Alert type="info" showIcon title={t('units.correctHint')} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          {editing === 'new' && (
            <Form.Item name="parentId" label={t('units.parent')} rules={[{ required: true }]}>
              <TreeSelect treeData={toUnitTree(today.data ?? [])} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
            </Form.Item>
          )}
          <Form.Item name="code" label={t('units.code')} rules={[{ required: true }]}>
            <Input disabled={editing === 'edit'} placeholder="VD: THCS-NVT" />
          </Form.Item>
          <Form.Item name="name" label={t('units.name')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="shortName" label={t('units.shortName')}>
            <Input />
          </Form.Item>
          <Form.Item name="type" label={t('units.type')} rules={[{ required: true }]}>
            <Select disabled={editing === 'edit'} options={UNIT_TYPES.map((v) => ({ value: v, label: UNIT_TYPE_LABELS[v][t.lang] }))} />
          </Form.Item>
          <Form.Item name="district" label={t('units.district')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
