import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import { STATION_STATES } from '../../../common/space/vocabulary.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { SpaceSummaryPanel } from '../space-shared/space-summary-panel.js';
import { useClock } from '../space-shared/use-clock.js';
import { HelpQueue } from './help-queue.js';
import { StationGrid } from './station-grid.js';
import { StationPanel } from './station-panel.js';
import { useSpace } from './use-space.js';
import { WaitingList } from './waiting-list.js';
import './steward.css';

function Steward({ me }: { me: Me }) {
  const { t } = useTranslation('space');
  const slug = siteFor(me, ['steward', 'manager'])?.slug ?? 'brussels';
  const { snapshot, refetch } = useSpace(slug);
  const now = useClock(snapshot.data?.serverTime, 15_000);
  const [selected, setSelected] = useState<string | null>(null);
  const data = snapshot.data;
  const station = data?.stations.find((s) => s.id === selected);
  return (
    <StaffLayout me={me} title={t('steward.title')} wide>
      {data ? (
        <div className="space-layout">
          <div className="space-main">
            <p className="summary-line" role="status">
              {STATION_STATES.map((state) =>
                t(`steward.count.${state}`, { count: data.stations.filter((s) => s.state === state).length }),
              ).join(' · ')}
            </p>
            <StationGrid stations={data.stations} now={now} selected={selected} onSelect={setSelected} />
          </div>
          <div className="space-side">
            {station && <StationPanel slug={slug} station={station} snapshot={data} onDone={refetch} />}
            <HelpQueue slug={slug} help={data.helpQueue} now={now} onDone={refetch} />
            <WaitingList slug={slug} waiting={data.waiting} now={now} onDone={refetch} />
            {me.roles.includes('manager') && <SpaceSummaryPanel slug={slug} />}
          </div>
        </div>
      ) : (
        <Loading />
      )}
    </StaffLayout>
  );
}

export function StewardApp() {
  return <RequireRole roles={['steward', 'manager']}>{(me) => <Steward me={me} />}</RequireRole>;
}
