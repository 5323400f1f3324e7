import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ROLE_LABELS, ROLES, type Role } from '../../../../contracts/roles';
import type { User } from '../../../../contracts/users';
import { ApiError, patch, post } from '../../api/client';
import { hasPermission, useMe } from '../../auth/use-me';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/core';
import { toUnitTree, useOrgUnits } from '../../shared/use-org-units';
import { useUsers } from './api';

type UserForm = { username: string; fullName: string; email?: string; role: Role; unitId: number; password?: string };

/** Accounts: list with filters in the URL, create, edit role and unit, deactivate, reset password. */
export function UsersPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const { data: me } = useMe();
  const canManage = hasPermission(me, 'user:manage');
  const [params, setParams] = useSearchParams();
  const filter = { q: params.get('q') ?? undefined, role: params.get('role') ?? undefined, unitId: params.get('unitId') ?? undefined };
  const users = useUsers(filter);
  const units = useOrgUnits();
  const tree = toUnitTree(units.data ?? []);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<UserForm>();
  const [resetForm] = Form.useForm<{ newPassword: string }>();

  const refresh = () => qc.invalidateQueries({ queryKey: ['users'] });
  const fail = (err: unknown) => setError(err instanceof ApiError ? err.message : String(err));
  const save = useMutation({
    mutationFn: (v: UserForm) =>
      editing === 'new'
        ? post<User>('/api/users', { ...v, email: v.email || null })
        : patch<User>(`/api/users/${(editing as User).id}`, { fullName: v.fullName, email: v.email || null, role: v.role, unitId: v.unitId }),
    onSuccess: async () => {
      message.success(t('common.saved'));
      setEditing(null);
      await refresh();
    },
    onError: fail,
  });
  const toggle = useMutation({
    mutationFn: (u: User) => patch<User>(`/api/users/${u.id}`, { active: !u.active }),
    onSuccess: refresh,
    onError: (err) => message.error(err instanceof Error ? err.message : String(err)),
  });
  const reset = useMutation({
    mutationFn: (v: { newPassword: string }) => post(`/api/users/${resetting!.id}/reset-password`, v),
    onSuccess: () => {
      message.success(t('users.resetDone'));
      setResetting(null);
    },
    onError: fail,
  });

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
      }
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setError(null);
              form.resetFields();
              setEditing('new');
            }}
          >
            {t('users.new')}
          </Button>
        )
      }
    >
      <div className="page-toolbar">
        <Input.Search
          allowClear
          placeholder={t('common.search')}
          defaultValue={filter.q}
          onSearch={(v) => setFilter('q', v)}
          style={{ width: 240 }}
          aria-label={t('common.search')}
        />
        <Select
          allowClear
          placeholder={t('users.role')}
          value={filter.role}
          onChange={(v) => setFilter('role', v)}
          style={{ width: 240 }}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][t.lang] }))}
        />
        <TreeSelect
          allowClear
          placeholder={t('users.unit')}
          value={filter.unitId ? Number(filter.unitId) : undefined}
          onChange={(v) => setFilter('unitId', v ? String(v) : undefined)}
          treeData={tree}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
          style={{ width: 300 }}
        />
      </div>
      <QueryState isLoading={users.isLoading} error={users.error} onRetry={() => users.refetch()}>
        <Table<User>
          rowKey="id"
          dataSource={users.data}
          size="middle"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('users.username'), dataIndex: 'username' },
            { title: t('users.fullName'), dataIndex: 'fullName' },
            { title: t('users.role'), dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r][t.lang] },
            { title: t('users.unit'), dataIndex: 'unitName' },
            {
              title: t('common.status'),
              render: (_, u) => (
                <Space>
                  {u.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>}
                  {u.lockedUntil && <Tag color="red">{t('users.locked')}</Tag>}
                </Space>
              ),
            },
            { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', render: (v: string | null) => (v ? new Date(v).toLocaleString('vi-VN') : '—') },
            ...(canManage
              ? [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, u: User) => (
                      <Space wrap>
                        <Button
                          size="small"
                          onClick={() => {
                            setError(null);
                            form.setFieldsValue({ ...u, email: u.email ?? undefined });
                            setEditing(u);
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => {
                            setError(null);
                            resetForm.resetFields();
                            setResetting(u);
                          }}
                        >
                          {t('users.reset')}
                        </Button>
                        <Button size="small" danger={u.active} onClick={() => toggle.mutate(u)}>
                          {u.active ? t('users.deactivate') : t('users.activate')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('users.new') : t('users.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="username" label={t('users.username')} rules={[{ required: true, min: 3 }]}>
            <Input disabled={editing !== 'new'} autoComplete="off" />
          </Form.Item>
          <Form.Item name="fullName" label={t('users.fullName')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][t.lang] }))} />
          </Form.Item>
          <Form.Item name="unitId" label={t('users.unit')} rules={[{ required: true }]}>
            <TreeSelect treeData={tree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
          </Form.Item>
          {editing === 'new' && (
            <Form.Item name="password" label={t('users.password')} extra={t('password.hint')} rules={[{ required: true, min: 8 }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={resetting !== null}
        title={`${t('users.reset')}: ${resetting?.username ?? ''}`}
        onCancel={() => setResetting(null)}
        onOk={() => resetForm.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
        <Form form={resetForm} layout="vertical" onFinish={(v) => reset.mutate(v)}>
          <Form.Item name="newPassword" label={t('password.new')} extra={t('password.hint')} rules={[{ required: true, min: 8 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
