import { Link } from 'react-router-dom';
import { useT } from '../../../i18n/core';
import { PublicLayout } from '../../../shared/PublicLayout';

/** Entry of the public site: large links to what a citizen can do without an account. */
export function PublicHomePage() {
  const t = useT();
  const links = [
    { to: '/cong-khai/tra-cuu-ho-so', title: 'citizen.public.home.dossier', hint: 'citizen.public.home.dossierHint' },
    { to: '/cong-khai/phan-anh', title: 'citizen.public.home.feedback', hint: 'citizen.public.home.feedbackHint' },
    { to: '/cong-khai/phan-anh/tra-cuu', title: 'citizen.public.home.follow', hint: 'citizen.public.home.followHint' },
    { to: '/cong-khai/minh-bach', title: 'citizen.public.home.transparency', hint: 'citizen.public.home.transparencyHint' },
  ];
  return (
    <PublicLayout title={t('citizen.public.home.title')}>
      <p>{t('citizen.public.home.intro')}</p>
      <ul className="public-links">
        {links.map((l) => (
          <li key={l.to}>
            <Link to={l.to}>
              {t(l.title)}
              <small>{t(l.hint)}</small>
            </Link>
          </li>
        ))}
      </ul>
    </PublicLayout>
  );
}
