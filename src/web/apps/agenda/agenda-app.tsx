import './agenda.css';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequireRole } from '../../auth/require-role.js';
import { NotFound } from '../../ui/not-found.js';
import { PublicLayout } from '../public/public-layout.js';
import { AgendaPage } from './agenda-page.js';
import { CheckInPage } from './check-in-page.js';
import { EventPage } from './event-page.js';
import { RegistrationPage } from './registration-page.js';

/** The public agenda, event pages, registration and cancellation; the organiser's check-in page. */
export function AgendaApp() {
  useTranslation('agenda'); // load the catalogue with the bundle
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<AgendaPage />} />
        <Route path="events/:id" element={<EventPage />} />
        <Route path="registration/:token" element={<RegistrationPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route
        path="check-in/:id"
        element={<RequireRole roles={['partner', 'manager', 'admin']}>{(me) => <CheckInPage me={me} />}</RequireRole>}
      />
    </Routes>
  );
}
