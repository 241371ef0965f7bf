import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { Me } from '../../../common/schemas/auth.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { AdminNav } from './admin-nav.js';
import { AuditScreen } from './screens/audit-screen.js';
import { DesksScreen } from './screens/desks-screen.js';
import { DevicesScreen } from './screens/devices-screen.js';
import { OrganisationsScreen } from './screens/organisations-screen.js';
import { RoomsScreen } from './screens/rooms-screen.js';
import { SitesScreen } from './screens/sites-screen.js';
import { StaffScreen } from './screens/staff-screen.js';
import { StationsScreen } from './screens/stations-screen.js';
import { ZonesScreen } from './screens/zones-screen.js';

function Admin({ me }: { me: Me }) {
  const { t } = useTranslation('admin');
  const slug = siteFor(me, ['admin'])?.slug ?? 'brussels';
  return (
    <StaffLayout me={me} title={t('title')} wide>
      <div className="admin-layout">
        <AdminNav slug={slug} />
        <div className="admin-content">
          <Routes>
            <Route index element={<Navigate to="staff" replace />} />
            <Route path="sites/*" element={<SitesScreen />} />
            <Route path="organisations/*" element={<OrganisationsScreen />} />
            <Route path="staff/*" element={<StaffScreen />} />
            <Route path="site/:slug/zones/*" element={<ZonesScreen />} />
            <Route path="site/:slug/desks/*" element={<DesksScreen />} />
            <Route path="site/:slug/rooms/*" element={<RoomsScreen />} />
            <Route path="site/:slug/stations/*" element={<StationsScreen />} />
            <Route path="site/:slug/devices" element={<DevicesScreen />} />
            <Route path="audit" element={<AuditScreen />} />
          </Routes>
        </div>
      </div>
    </StaffLayout>
  );
}

export function AdminApp() {
  return <RequireRole roles={['admin']}>{(me) => <Admin me={me} />}</RequireRole>;
}
