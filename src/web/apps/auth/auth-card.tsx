import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { brandStyle, usePublicSite } from '../../api/site-queries.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';

/** A calm centred card for sign-in and password pages, in the centre's colours. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('auth');
  const { current } = useLanguage();
  const site = usePublicSite();
  return (
    <div className="auth-shell" style={brandStyle(site.data)}>
      <header className="auth-header">
        <Link to="/" className="brand-logo">
          <span className="brand-mark" aria-hidden="true">
            CdM
          </span>
          <span className="brand-name">{localized(site.data?.name, current) || t('staffArea')}</span>
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="centered-page">
        <div className="card card-narrow">
          <p className="eyebrow">{t('staffArea')}</p>
          <h1>{title}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
