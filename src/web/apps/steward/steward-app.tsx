import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import type { Station } from '../../../common/schemas/sites/places.js';
import { api } from '../../api/client.js';
import { usePublicSite } from '../../api/site-queries.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { ComingSoon } from '../../ui/coming-soon.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { StationGrid } from './station-grid.js';

function Steward({ me }: { me: Me }) {
  const { t } = useTranslation('apps');
  const slug = siteFor(me, ['steward'])?.slug ?? 'brussels';
  const site = usePublicSite(slug);
  const stations = useQuery({
    queryKey: ['stations', slug],
    queryFn: () => api<Station[]>('GET', `/api/sites/${slug}/stations`),
  });
  const broken = stations.data?.filter((s) => s.outOfOrder).length ?? 0;
  return (
    <StaffLayout me={me} title={t('steward.title')} wide>
      <ComingSoon title={t('comingSoon')} text={t('steward.coming')} />
      {stations.data && site.data ? (
        <>
          <p className="summary-line" role="status">
            {t('steward.summary', { n: stations.data.length, broken })}
          </p>
          <StationGrid stations={stations.data} zones={site.data.zones} />
        </>
      ) : (
        <Loading />
      )}
    </StaffLayout>
  );
}

export function StewardApp() {
  return <RequireRole roles={['steward']}>{(me) => <Steward me={me} />}</RequireRole>;
}
