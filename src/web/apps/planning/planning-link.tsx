import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The menu entry to the planning board, on the manager's home. */
export function PlanningLink() {
  const { t } = useTranslation('planning');
  return (
    <nav className="panel" aria-label={t('board.title')}>
      <Link to="/manage/planning" className="button">
        {t('board.title')}
      </Link>
    </nav>
  );
}
