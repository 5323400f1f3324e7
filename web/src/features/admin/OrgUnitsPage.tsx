import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Tag, Tree, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import type { OrgUnit } from '../../../../contracts/org-units';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '../../../../contracts/roles';
import { ApiError, patch, post } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';

type FormValues = { parentId: number; code: string; name: string; shortName?: string; type: OrgUnit['type']; district?: string };

/** The organisation tree: create, rename, move, deactivate. */
export function OrgUnitsPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const units = useOrgUnits();
  const [selected, setSelected] = useState<OrgUnit | null>(null);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();

  const save = useMutation({
    mutationFn: (values: FormValues) =>
      editing === 'new'
        ? post<OrgUnit>('/api/org-units', values)
        : patch<OrgUnit>(`/api/org-units/${selected!.id}`, { name: values.name, shortName: values.shortName ?? null, district: values.district ?? null, parentId: values.parentId }),
    onSuccess: async (unit) => {
      message.success(t('common.saved'));
      setEditing(null);
      setSelected(unit);
      await qc.invalidateQueries({ queryKey: ['org-units'] });
    },
    onError: (err) => setError(err instanceof ApiError ? err.message : String(err)),
  });

  const toggle = useMutation({
    mutationFn: (unit: OrgUnit) => patch<OrgUnit>(`/api/org-units/${unit.id}`, { active: !unit.active }),
    onSuccess: async (unit) => {
      setSelected(unit);
      await qc.invalidateQueries({ queryKey: ['org-units'] });
    },
    onError: (err) => message.error(err instanceof Error ? err.message : String(err)),
  });

  const tree = toUnitTree(units.data ?? []);
  const open = (mode: 'new' | 'edit') => {
    setError(null);
    setEditing(mode);
    form.resetFields();
    if (mode === 'edit' && selected) form.setFieldsValue({ ...selected, shortName: selected.shortName ?? undefined, district: selected.district ?? undefined, parentId: selected.parentId ?? undefined });
    if (mode === 'new') form.setFieldsValue({ parentId: selected?.id, type: 'school', district: selected?.district ?? undefined });
  };

  return (
    <Card
      title={<Typography.Title level={3} style={{ margin: 0 }}>{t('units.title')}</Typography.Title>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
          {t('units.new')}
        </Button>
      }
    >
      <QueryState isLoading={units.isLoading} error={units.error} isEmpty={!tree.length} onRetry={() => units.refetch()}>
        <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
          <div style={{ flex: '1 1 420px' }}>
            <Tree
              treeData={tree}
              defaultExpandAll
              showLine
              titleRender={(n) => (
                <span style={{ opacity: n.unit.active ? 1 : 0.5 }}>
                  {n.unit.name} <Tag>{UNIT_TYPE_LABELS[n.unit.type][t.lang]}</Tag>
                  {!n.unit.active && <Tag color="red">{t('common.inactive')}</Tag>}
                </span>
              )}
              onSelect={(_, info) => setSelected(info.node.unit)}
            />
          </div>
          {selected && (
            <Card size="small" style={{ flex: '1 1 320px' }} title={selected.name}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('units.code')}>{selected.code}</Descriptions.Item>
                <Descriptions.Item label={t('units.type')}>{UNIT_TYPE_LABELS[selected.type][t.lang]}</Descriptions.Item>
                <Descriptions.Item label={t('units.district')}>{selected.district ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('common.status')}>{selected.active ? t('common.active') : t('common.inactive')}</Descriptions.Item>
              </Descriptions>
              <Space>
                <Button onClick={() => open('edit')}>{t('common.edit')}</Button>
                {selected.parentId !== null && (
                  <Button danger={selected.active} onClick={() => toggle.mutate(selected)}>
                    {selected.active ? t('units.deactivate') : t('units.activate')}
                  </Button>
                )}
              </Space>
            </Card>
          )}
        </div>
      </QueryState>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('units.new') : t('units.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="parentId" label={t('units.parent')} extra={editing === 'edit' ? t('units.moveHint') : undefined} rules={[{ required: editing === 'new' }]}>
            <TreeSelect treeData={tree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" disabled={editing === 'edit' && selected?.parentId === null} />
          </Form.Item>
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
