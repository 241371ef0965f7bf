import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import { usePublicSite } from '../../api/site-queries.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { CheckInCard } from '../planning/today/check-in-card.js';
import { LiveCoveragePanel } from '../planning/today/live-coverage-panel.js';
import { DeskScreen } from './desk-screen.js';

function Desk({ me }: { me: Me }) {
  const { t } = useTranslation('visits');
  const site = usePublicSite(siteFor(me, ['counsellor'])?.slug);
  return (
    <StaffLayout me={me} title={t('desk.title')}>
      {site.data ? (
        <>
          <CheckInCard slug={site.data.slug} timeZone={site.data.timeZone} />
          <DeskScreen me={me} site={site.data} />
          <LiveCoveragePanel slug={site.data.slug} timeZone={site.data.timeZone} compact />
        </>
      ) : (
        <Loading />
      )}
    </StaffLayout>
  );
}

export function DeskApp() {
  return <RequireRole roles={['counsellor']}>{(me) => <Desk me={me} />}</RequireRole>;
}
