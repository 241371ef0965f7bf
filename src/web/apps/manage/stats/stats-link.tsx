import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The menu entry to the statistics, placed on the manager's and the partner's home. */
export function StatsLink({ to }: { to: string }) {
  const { t } = useTranslation('stats');
  return (
    <nav className="panel" aria-label={t('web.nav')}>
      <Link to={to} className="button">
        {t('web.nav')}
      </Link>
    </nav>
  );
}
