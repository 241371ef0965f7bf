import './portal.css';
import { type ComponentType, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import type { OfferKind } from '../../../common/catalogue/portal-schemas.js';
import { NotFound } from '../../ui/not-found.js';
import { PublicLayout } from '../public/public-layout.js';
import { OccupationPage } from './occupation-page.js';
import { OFFER_PATHS } from './portal-api.js';
import { PortalHome } from './portal-home.js';
import { PortalSection } from './portal-section.js';
import { SearchPage } from './search-page.js';

/** Pages past the first visit come in their own small chunks (home, search and occupation stay in this one). */
function later<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const TransitionsPage = later(() => import('./transitions-page.js'), 'TransitionsPage');
const OfferListPage = later(() => import('./offer-list-page.js'), 'OfferListPage');
const OfferPage = later(() => import('./offer-page.js'), 'OfferPage');

const KINDS = Object.keys(OFFER_PATHS) as OfferKind[];

/** The public career information point: search, occupations, transitions and partners' offers. */
export function PortalApp() {
  useTranslation('catalogue'); // load the catalogue with the bundle
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route element={<PortalSection />}>
          <Route index element={<PortalHome />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="occupations/:id" element={<OccupationPage />} />
          <Route path="transitions" element={<TransitionsPage />} />
          {KINDS.map((kind) => (
            <Route key={kind} path={OFFER_PATHS[kind]}>
              <Route index element={<OfferListPage kind={kind} />} />
              <Route path=":id" element={<OfferPage kind={kind} />} />
            </Route>
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
