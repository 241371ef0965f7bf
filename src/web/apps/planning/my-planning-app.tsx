import './planning.css';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import { type PublicSite, usePublicSite } from '../../api/site-queries.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { AbsenceForm } from './mine/absence-form.js';
import { FeedPanel } from './mine/feed-panel.js';
import { MyShifts } from './mine/my-shifts.js';
import { RecurringForm } from './mine/recurring-form.js';
import { useMyAvailability } from './planning-api.js';
import { CheckInCard } from './today/check-in-card.js';
import { PLANNED_STAFF_ROLES } from './planned-roles.js';

function Availability({ slug }: { slug: string }) {
  const availability = useMyAvailability(slug);
  if (availability.isError)
    return <QueryFailed error={availability.error} onRetry={() => void availability.refetch()} />;
  if (!availability.data) return <Loading />;
  return (
    <div className="two-columns">
      <RecurringForm slug={slug} availability={availability.data} />
      <AbsenceForm slug={slug} absences={availability.data.absences} />
    </div>
  );
}

function MyPlanning({ site }: { site: PublicSite }) {
  return (
    <>
      <CheckInCard slug={site.slug} timeZone={site.timeZone} />
      <MyShifts slug={site.slug} />
      <Availability slug={site.slug} />
      <FeedPanel slug={site.slug} />
    </>
  );
}

function Page({ me }: { me: Me }) {
  const { t } = useTranslation('planning');
  const site = usePublicSite(siteFor(me, PLANNED_STAFF_ROLES)?.slug);
  return (
    <StaffLayout me={me} title={t('mine.title')}>
      {site.data ? <MyPlanning site={site.data} /> : <Loading />}
    </StaffLayout>
  );
}

/** Any planned staff member's own plan, availability, leave, calendar link and check-in: /me/planning. */
export function MyPlanningApp() {
  return <RequireRole roles={PLANNED_STAFF_ROLES}>{(me) => <Page me={me} />}</RequireRole>;
}
