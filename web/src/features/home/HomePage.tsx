import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ROLE_LABELS } from '../../../../contracts/roles';
import { hasPermission, useMe } from '../../auth/use-me';
import { useT } from '../../i18n/core';
import { useFeatureRoutes } from '../../shared/web-feature';

/** The landing page: who you are, and the sections your role can open. */
export function HomePage() {
  const t = useT();
  const { data: me } = useMe();
  const routes = useFeatureRoutes();
  if (!me) return null;
  const shortcuts = routes
    .filter((r) => r.menu && r.path !== '/' && hasPermission(me, r.permission))
    .sort((a, b) => (a.menu!.order ?? 50) - (b.menu!.order ?? 50));
  return (
    <div>
      <Typography.Title level={2}>{t('home.welcome', { name: me.fullName })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <Descriptions bordered size="small" column={1} style={{ maxWidth: 640, marginBottom: 24 }}>
        <Descriptions.Item label={t('home.role')}>{ROLE_LABELS[me.role][t.lang]}</Descriptions.Item>
        <Descriptions.Item label={t('home.unit')}>{me.unit.name}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>{t('home.shortcuts')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {shortcuts.map((r) => (
          <Col key={r.path} xs={24} sm={12} md={8} lg={6}>
            <Link to={r.path}>
              <Card hoverable size="small">
                <span style={{ marginRight: 8 }}>{r.menu!.icon}</span>
                {t(r.menu!.label)}
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
