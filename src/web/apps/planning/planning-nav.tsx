import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export type PlanningPage = 'board' | 'rules' | 'contracts';

const LINKS: { page: PlanningPage; to: string; label: string }[] = [
  { page: 'board', to: '/manage/planning', label: 'board.title' },
  { page: 'rules', to: '/manage/planning/rules', label: 'settings.rules.title' },
  { page: 'contracts', to: '/manage/planning/contracts', label: 'settings.contracts.title' },
];

/** The planning pages: the board, the coverage rules, the contracts. */
export function PlanningNav() {
  const { t } = useTranslation('planning');
  return (
    <nav className="planning-nav" aria-label={t('settings.nav')}>
      <ul>
        {LINKS.map((l) => (
          <li key={l.page}>
            <NavLink to={l.to} end>
              {t(l.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
