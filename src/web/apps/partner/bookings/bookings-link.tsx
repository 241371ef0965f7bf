import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The menu entry to room bookings and events, placed on the partner's and the manager's home. */
export function BookingsLink({ to }: { to: string }) {
  const { t } = useTranslation('agenda');
  return (
    <nav className="panel" aria-label={t('bookings.title')}>
      <Link to={to} className="button">
        {t('bookings.title')}
      </Link>{' '}
      <Link to="/agenda" className="button button-secondary">
        {t('agenda.title')}
      </Link>
    </nav>
  );
}
