import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { brandStyle, usePublicSite } from '../../api/site-queries.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { SkipLink } from '../../ui/skip-link.js';

/** Header with the centre's name and colours, language choice; footer with address and accessibility. */
export function PublicLayout() {
  const { t } = useTranslation('public');
  const { current } = useLanguage();
  const site = usePublicSite();
  const name = localized(site.data?.name, current);
  return (
    <div className="public-shell" style={brandStyle(site.data)}>
      <SkipLink />
      <header className="public-header">
        <Link to="/" className="brand-logo">
          <span className="brand-mark" aria-hidden="true">
            CdM
          </span>
          <span className="brand-name">{name || t('brandFallback')}</span>
        </Link>
        <div className="header-tools">
          <LanguageSwitcher languages={site.data?.languages} />
          <Link to="/login" className="header-link">
            {t('staffSignIn')}
          </Link>
        </div>
      </header>
      <Outlet />
      <footer className="public-footer">
        <div className="footer-inner">
          <p className="footer-name">{name}</p>
          {site.data && <p>{site.data.address}</p>}
          <p>{t('footer.charter')}</p>
          <nav aria-label={t('footer.navLabel')}>
            <Link to="/accessibility">{t('footer.accessibility')}</Link>
          </nav>
        </div>
      </footer>
    </div>
  );
}
