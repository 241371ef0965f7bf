import './portal.css';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/not-found.js';
import { PublicLayout } from '../public/public-layout.js';
import { OccupationPage } from './occupation-page.js';
import { PortalHome } from './portal-home.js';
import { SearchPage } from './search-page.js';

/** The public career information point: search, occupations and career transitions. */
export function PortalApp() {
  useTranslation('catalogue'); // load the catalogue with the bundle
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<PortalHome />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="occupations/:id" element={<OccupationPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
