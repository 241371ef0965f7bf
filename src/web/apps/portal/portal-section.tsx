import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Loading } from '../../ui/loading.js';
import { OFFER_PATHS } from './portal-api.js';

const LINKS = [
  ['/portal', 'nav.home'],
  ['/portal/transitions', 'nav.transitions'],
  [`/portal/${OFFER_PATHS.training}`, 'nav.training'],
  [`/portal/${OFFER_PATHS.vacancy}`, 'nav.vacancy'],
  [`/portal/${OFFER_PATHS.service}`, 'nav.service'],
  [`/portal/${OFFER_PATHS.guide}`, 'nav.guide'],
] as const;

/** The portal's own sections, under the centre's header on every portal page. */
export function PortalSection() {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <nav className="portal-nav" aria-label={t('nav.label')}>
        <ul>
          {LINKS.map(([to, key]) => (
            <li key={to}>
              <NavLink to={to} end={to === '/portal'}>
                {t(key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </>
  );
}
