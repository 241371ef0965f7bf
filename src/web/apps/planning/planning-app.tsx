import './planning.css';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import { usePublicSite } from '../../api/site-queries.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { PlanningBoard } from './board/planning-board.js';

function Planning({ me }: { me: Me }) {
  const { t } = useTranslation('planning');
  const site = usePublicSite(siteFor(me, ['manager', 'admin'])?.slug);
  return (
    <StaffLayout me={me} title={t('board.title')} wide>
      {site.data ? <PlanningBoard slug={site.data.slug} timeZone={site.data.timeZone} /> : <Loading />}
    </StaffLayout>
  );
}

/** The manager's planning board, at /manage/planning. */
export function PlanningApp() {
  return <RequireRole roles={['manager', 'admin']}>{(me) => <Planning me={me} />}</RequireRole>;
}
