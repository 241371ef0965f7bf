import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LanguageSwitcher } from '../../ui/language-switcher.js';

/** Placeholder for the anonymous satisfaction questionnaire (the surveys module fills this page). */
export function FeedbackPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('phone');
  return (
    <div className="phone">
      <header className="phone-header">
        <p className="phone-centre">{t('centre')}</p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="phone-main">
        <h1 className="phone-title">{t('feedback.title')}</h1>
        <p className="phone-message">{t('feedback.coming')}</p>
        <p className="phone-note">{t('feedback.anonymous')}</p>
        <Link to={`/t/${encodeURIComponent(token)}`}>{t('feedback.back')}</Link>
      </main>
    </div>
  );
}
