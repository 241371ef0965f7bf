import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';
import { ROLE_HOME, ROLES, type Role } from '../../common/domain.js';
import type { Me } from '../../common/schemas/auth.js';
import { brandStyle, usePublicSite } from '../api/site-queries.js';
import { useSignOut } from '../auth/session.js';
import { localized } from '../i18n/localized.js';
import { useLanguage } from '../i18n/use-language.js';
import { LanguageSwitcher } from './language-switcher.js';
import { SkipLink } from './skip-link.js';

/** Roles that appear in staff plans: they get a "My plan" entry. */
const PLANNED: readonly Role[] = ['counsellor', 'reception', 'steward'];

type Props = { me: Me; title: string; children: ReactNode; wide?: boolean };

/** The frame of every staff app: centre, the apps this person may open, language, account, sign out. */
export function StaffLayout({ me, title, children, wide = false }: Props) {
  const { t } = useTranslation('common');
  const site = usePublicSite(me.sites[0]?.slug);
  const { current } = useLanguage();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const apps = ROLES.filter((r) => me.roles.includes(r));
  const planned = PLANNED.some((r) => me.roles.includes(r));
  const onSignOut = () => signOut.mutate(undefined, { onSettled: () => void navigate('/login?reason=signedOut') });
  return (
    <div className="staff-shell" style={brandStyle(site.data)}>
      <SkipLink />
      <header className="staff-header">
        <div className="staff-header-row">
          <Link to={me.home} className="brand-logo brand-logo-small">
            <span className="brand-mark" aria-hidden="true">
              CdM
            </span>
            <span className="brand-name">
              {localized(site.data?.name, current) || me.sites[0]?.name || t('appName')}
            </span>
          </Link>
          <div className="header-tools">
            <LanguageSwitcher />
            <Link to="/account" className="header-link">
              {me.user.displayName}
            </Link>
            <button type="button" className="button button-quiet" onClick={onSignOut}>
              {t('action.signOut')}
            </button>
          </div>
        </div>
        {(apps.length > 1 || planned) && (
          <nav className="app-nav" aria-label={t('nav.apps')}>
            {apps.map((role) => (
              <NavLink key={role} to={ROLE_HOME[role]} className="app-nav-link">
                {t(`app.${role}`)}
              </NavLink>
            ))}
            {planned && (
              <NavLink to="/me/planning" className="app-nav-link">
                {t('nav.myPlan')}
              </NavLink>
            )}
          </nav>
        )}
      </header>
      <main id="main" className={wide ? 'staff-main staff-main-wide' : 'staff-main'}>
        <h1 className="page-title">{title}</h1>
        {children}
      </main>
    </div>
  );
}
