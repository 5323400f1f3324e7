import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useMemo, useState } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { LoginPage } from '../auth/LoginPage';
import { hasPermission, useMe } from '../auth/use-me';
import { Forbidden } from '../components/Forbidden';
import { LangContext, type Lang, type Messages } from '../i18n/core';
import { coreMessages } from '../i18n/messages';
import { AppLayout } from './AppLayout';
import { webFeatures } from './registry';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

function initialLang(): Lang {
  return localStorage.getItem('cchc.lang') === 'en' ? 'en' : 'vi';
}

/** Citizens' pages live under this prefix and never ask for a login. */
export const PUBLIC_PREFIX = '/cong-khai';

function PublicSite() {
  const routes = webFeatures.flatMap((f) => f.publicRoutes ?? []);
  return (
    <Routes>
      {routes.map((r) => (
        <Route key={r.path} path={r.path} element={r.element} />
      ))}
      <Route path="*" element={<Forbidden />} />
    </Routes>
  );
}

function Shell() {
  const location = useLocation();
  if (location.pathname === PUBLIC_PREFIX || location.pathname.startsWith(PUBLIC_PREFIX + '/')) return <PublicSite />;
  return <StaffShell />;
}

function StaffShell() {
  const { data: me, isLoading } = useMe();
  if (isLoading) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (!me) return <LoginPage />;
  const routes = webFeatures.flatMap((f) => f.routes);
  return (
    <AppLayout me={me}>
      {me.mustChangePassword ? (
        <ChangePasswordPage forced />
      ) : (
        <Routes>
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={hasPermission(me, r.permission) ? r.element : <Forbidden />} />
          ))}
          <Route path="/account/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<Forbidden />} />
        </Routes>
      )}
    </AppLayout>
  );
}

/** The web app: language, Ant Design locale, data cache, router. */
export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const messages = useMemo<Messages>(() => {
    const all = [coreMessages, ...webFeatures.map((f) => f.catalog).filter((c) => c !== undefined)];
    return Object.assign({}, ...all.map((c) => c[lang]));
  }, [lang]);
  const setLang = (l: Lang) => {
    localStorage.setItem('cchc.lang', l);
    document.documentElement.lang = l;
    dayjs.locale(l === 'vi' ? 'vi' : 'en');
    setLangState(l);
  };
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  return (
    <LangContext.Provider value={{ lang, setLang, messages }}>
      <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={{ token: { colorPrimary: '#1f5fa8', fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" } }}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <Shell />
            </BrowserRouter>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}
