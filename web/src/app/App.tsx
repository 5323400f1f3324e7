import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router-dom';
import { LangContext, type Lang, type Messages } from '../i18n/core';
import { coreMessages } from '../i18n/messages';
import { webFeatures } from './registry';

const StaffApp = lazy(() => import('./StaffApp'));

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

function initialLang(): Lang {
  return localStorage.getItem('cchc.lang') === 'en' ? 'en' : 'vi';
}

/** Citizens' pages live under this prefix and never ask for a login. */
export const PUBLIC_PREFIX = '/cong-khai';

function PublicNotFound() {
  return (
    <main style={{ padding: 24, fontFamily: 'system-ui, sans-serif' }}>
      <h1>Không tìm thấy trang</h1>
      <p>
        <Link to={PUBLIC_PREFIX}>Về trang dịch vụ công của Sở</Link>
      </p>
    </main>
  );
}

function PublicSite() {
  const routes = webFeatures.flatMap((f) => f.publicRoutes ?? []);
  return (
    <Routes>
      {routes.map((r) => (
        <Route key={r.path} path={r.path} element={r.element} />
      ))}
      <Route path="*" element={<PublicNotFound />} />
    </Routes>
  );
}

function Shell() {
  const location = useLocation();
  const isPublic = location.pathname === PUBLIC_PREFIX || location.pathname.startsWith(PUBLIC_PREFIX + '/');
  return (
    <Suspense
      fallback={
        <div role="status" style={{ padding: 48, textAlign: 'center' }}>
          Đang tải…
        </div>
      }
    >
      {isPublic ? <PublicSite /> : <StaffApp />}
    </Suspense>
  );
}

/** The web app: language and messages, data cache, router; the staff part is loaded on demand. */
export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const messages = useMemo<Messages>(() => {
    const all = [coreMessages, ...webFeatures.map((f) => f.catalog).filter((c) => c !== undefined)];
    return Object.assign({}, ...all.map((c) => c[lang]));
  }, [lang]);
  const setLang = (l: Lang) => {
    localStorage.setItem('cchc.lang', l);
    document.documentElement.lang = l;
    setLangState(l);
  };
  return (
    <LangContext.Provider value={{ lang, setLang, messages }}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Shell />
        </BrowserRouter>
      </QueryClientProvider>
    </LangContext.Provider>
  );
}
