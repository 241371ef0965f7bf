import './planning.css';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import { usePublicSite } from '../../api/site-queries.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { PlanningBoard } from './board/planning-board.js';
import { PlanningNav, type PlanningPage } from './planning-nav.js';
import { ContractsPage } from './settings/contracts-page.js';
import { CoverageRulesPage } from './settings/coverage-rules-page.js';

const TITLES: Record<PlanningPage, string> = {
  board: 'board.title',
  rules: 'settings.rules.title',
  contracts: 'settings.contracts.title',
};

function Planning({ me, page }: { me: Me; page: PlanningPage }) {
  const { t } = useTranslation('planning');
  const site = usePublicSite(siteFor(me, ['manager', 'admin'])?.slug);
  return (
    <StaffLayout me={me} title={t(TITLES[page])} wide>
      <PlanningNav />
      {!site.data ? (
        <Loading />
      ) : page === 'rules' ? (
        <CoverageRulesPage slug={site.data.slug} />
      ) : page === 'contracts' ? (
        <ContractsPage slug={site.data.slug} />
      ) : (
        <PlanningBoard slug={site.data.slug} timeZone={site.data.timeZone} />
      )}
    </StaffLayout>
  );
}

const planning = (page: PlanningPage) => (
  <RequireRole roles={['manager', 'admin']}>{(me) => <Planning me={me} page={page} />}</RequireRole>
);

/** The manager's planning board, at /manage/planning. */
export function PlanningApp() {
  return planning('board');
}

/** The site's coverage rules, at /manage/planning/rules. */
export function PlanningRulesApp() {
  return planning('rules');
}

/** The planned people's contracts, at /manage/planning/contracts. */
export function PlanningContractsApp() {
  return planning('contracts');
}
