import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { PublicSiteInfo } from '../../../contracts/citizen-public';
import { get } from '../api/client';
import { useT } from '../i18n/core';
import './public.css';

/** The department's name and contact, shared by every public page (cached: it rarely changes). */
export function usePublicSite() {
  return useQuery({ queryKey: ['public-site'], queryFn: () => get<PublicSiteInfo>('/api/public/site'), staleTime: 60 * 60 * 1000 });
}

/**
 * Frame of the citizens' site (/cong-khai/…): the department's name, a skip link, one column that
 * fits a phone, and plain HTML landmarks so screen readers and keyboards find their way.
 */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  const site = usePublicSite();
  const department = site.data?.departmentName ?? t('citizen.public.departmentFallback');
  useEffect(() => {
    document.title = `${title} – ${department}`;
  }, [title, department]);
  return (
    <div className="public-site">
      <a className="public-skip" href="#public-main">
        {t('citizen.public.skip')}
      </a>
      <header className="public-header">
        <Link to="/cong-khai" className="public-brand">
          <span className="public-brand-top">{t('citizen.public.portal')}</span>
          <span className="public-brand-name">{department}</span>
        </Link>
        <nav aria-label={t('citizen.public.nav')} className="public-nav">
          <Link to="/cong-khai/tra-cuu-ho-so">{t('citizen.public.nav.dossier')}</Link>
          <Link to="/cong-khai/phan-anh">{t('citizen.public.nav.feedback')}</Link>
          <Link to="/cong-khai/minh-bach">{t('citizen.public.nav.transparency')}</Link>
        </nav>
      </header>
      <main id="public-main" className="public-main" tabIndex={-1}>
        <h1 className="public-title">{title}</h1>
        {children}
      </main>
      <footer className="public-footer">
        <p>{department}</p>
        {site.data?.contact && <p>{site.data.contact}</p>}
      </footer>
    </div>
  );
}
