import { DownOutlined, LogoutOutlined, KeyOutlined } from '@ant-design/icons';
import { Dropdown, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ItemType } from 'antd/es/menu/interface';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Me } from '../../../contracts/auth';
import { ROLE_LABELS } from '../../../contracts/roles';
import { hasPermission, useLogout } from '../auth/use-me';
import { useT } from '../i18n/core';
import { NotificationBell } from '../features/plans/NotificationBell';
import { LangSwitch } from '../components/LangSwitch';
import { webFeatures } from './registry';

/** Builds the side menu from the features' routes the user may see, grouped and ordered. */
function menuItems(me: Me, t: (k: string) => string): ItemType[] {
  const groups = webFeatures.flatMap((f) => f.groups ?? []).sort((a, b) => a.order - b.order);
  const routes = webFeatures.flatMap((f) => f.routes).filter((r) => r.menu && hasPermission(me, r.permission));
  const entry = (r: (typeof routes)[number]) => ({ key: r.path, icon: r.menu!.icon, label: t(r.menu!.label) });
  const sorted = [...routes].sort((a, b) => (a.menu!.order ?? 50) - (b.menu!.order ?? 50));
  const items: ItemType[] = sorted.filter((r) => !r.menu!.group).map(entry);
  for (const g of groups) {
    const children = sorted.filter((r) => r.menu!.group === g.key).map(entry);
    if (children.length) items.push({ key: `group:${g.key}`, icon: g.icon, label: t(g.label), children });
  }
  return items;
}

/** The shell: side menu, header with the user's name, role and unit, language switch. */
export function AppLayout({ me, children }: { me: Me; children: ReactNode }) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useLogout();
  const items = menuItems(me, t);
  const selected = '/' + location.pathname.split('/').filter(Boolean).slice(0, 2).join('/');
  const openGroups = items
    .filter((i) => i && 'children' in i && (i.children ?? []).some((c) => c && selected.startsWith(String(c.key))))
    .map((i) => String(i!.key));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={250} breakpoint="lg" collapsedWidth={0} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div className="brand">
          <span className="brand-mark">{t('app.short')}</span>
          <span>{t('app.name')}</span>
        </div>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={[location.pathname, selected]}
          defaultOpenKeys={openGroups}
          onClick={(e) => navigate(e.key)}
          aria-label="Menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text strong>{me.unit.name}</Typography.Text>
          <Space>
            <NotificationBell />
            <LangSwitch />
            <Dropdown
              menu={{
                items: [
                  { key: 'password', icon: <KeyOutlined />, label: t('menu.changePassword'), onClick: () => navigate('/account/password') },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('menu.logout'), onClick: () => void logout().then(() => navigate('/')) },
                ],
              }}
            >
              <a onClick={(e) => e.preventDefault()} data-testid="user-menu" href="#">
                <Space>
                  <span>{me.fullName}</span>
                  <Tag color="blue">{ROLE_LABELS[me.role][t.lang]}</Tag>
                  <DownOutlined />
                </Space>
              </a>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
