import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { LoginPage } from '../auth/LoginPage';
import { hasPermission, useMe } from '../auth/use-me';
import { Forbidden } from '../components/Forbidden';
import { useLang } from '../i18n/core';
import { FeatureRoutesContext } from '../shared/web-feature';
import { AppLayout } from './AppLayout';
import { webFeatures } from './registry';

/** Every feature's staff pages, in the registry's order. */
const routes = webFeatures.flatMap((f) => f.routes);

function StaffShell() {
  const { data: me, isLoading } = useMe();
  if (isLoading) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (!me) return <LoginPage />;
  return (
    <FeatureRoutesContext.Provider value={routes}>
      <AppLayout me={me}>
        {me.mustChangePassword ? (
          <ChangePasswordPage forced />
        ) : (
          <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
            <Routes>
              {routes.map((r) => (
                <Route key={r.path} path={r.path} element={hasPermission(me, r.permission) ? r.element : <Forbidden />} />
              ))}
              <Route path="/account/password" element={<ChangePasswordPage />} />
              <Route path="*" element={<Forbidden />} />
            </Routes>
          </Suspense>
        )}
      </AppLayout>
    </FeatureRoutesContext.Provider>
  );
}

/**
 * The staff application: Ant Design with its Vietnamese or English locale around the shell. Loaded
 * lazily, so citizens' pages (phones, slow networks) never download Ant Design or ECharts.
 */
export default function StaffApp() {
  const { lang } = useLang();
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={lang === 'vi' ? viVN : enUS}
      theme={{ token: { colorPrimary: '#1f5fa8', fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" } }}
    >
      <AntApp>
        <StaffShell />
      </AntApp>
    </ConfigProvider>
  );
}
