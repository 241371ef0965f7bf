import { type ComponentType, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './ui/loading.js';

/** One lazily loaded bundle per app. */
function app<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const PublicApp = app(() => import('./apps/public/public-app.js'), 'PublicApp');
const AuthApp = app(() => import('./apps/auth/auth-app.js'), 'AuthApp');
const AdminApp = app(() => import('./apps/admin/admin-app.js'), 'AdminApp');
const ManageApp = app(() => import('./apps/manage/manage-app.js'), 'ManageApp');
const ReceptionApp = app(() => import('./apps/reception/reception-app.js'), 'ReceptionApp');
const DeskApp = app(() => import('./apps/desk/desk-app.js'), 'DeskApp');
const StewardApp = app(() => import('./apps/steward/steward-app.js'), 'StewardApp');
const PartnerApp = app(() => import('./apps/partner/partner-app.js'), 'PartnerApp');
const KioskApp = app(() => import('./apps/kiosk/kiosk-app.js'), 'KioskApp');
const DisplayApp = app(() => import('./apps/display/display-app.js'), 'DisplayApp');
const PhoneTicketPage = app(() => import('./apps/phone/phone-app.js'), 'PhoneTicketPage');
const FeedbackApp = app(() => import('./apps/feedback/feedback-app.js'), 'FeedbackApp');
const FeedbackTabletApp = app(() => import('./apps/feedback/feedback-app.js'), 'FeedbackTabletApp');
const StatsApp = app(() => import('./apps/manage/stats/stats-app.js'), 'StatsApp');
const PartnerStatsApp = app(() => import('./apps/partner/stats/partner-stats-app.js'), 'PartnerStatsApp');
const StationApp = app(() => import('./apps/station/station-app.js'), 'StationApp');
const PortalApp = app(() => import('./apps/portal/portal-app.js'), 'PortalApp');
const SpacePhoneApp = app(() => import('./apps/space-shared/space-phone-app.js'), 'SpacePhoneApp');

const AgendaApp = app(() => import('./apps/agenda/agenda-app.js'), 'AgendaApp');
const PartnerBookingsApp = app(() => import('./apps/partner/bookings/partner-bookings-app.js'), 'PartnerBookingsApp');
const ManageBookingsApp = app(() => import('./apps/manage/bookings/manage-bookings-app.js'), 'ManageBookingsApp');
const PartnerOffersApp = app(() => import('./apps/partner/offers/partner-offers-app.js'), 'PartnerOffersApp');
const CatalogueTagsApp = app(() => import('./apps/manage/catalogue-tags/catalogue-tags-app.js'), 'CatalogueTagsApp');
const PlanningApp = app(() => import('./apps/planning/planning-app.js'), 'PlanningApp');
const PlanningRulesApp = app(() => import('./apps/planning/planning-app.js'), 'PlanningRulesApp');
const PlanningContractsApp = app(() => import('./apps/planning/planning-app.js'), 'PlanningContractsApp');
const MyPlanningApp = app(() => import('./apps/planning/my-planning-app.js'), 'MyPlanningApp');

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<AuthApp />} />
        <Route path="/reset-password" element={<AuthApp />} />
        <Route path="/account" element={<AuthApp />} />
        <Route path="/admin/*" element={<AdminApp />} />
        <Route path="/manage/bookings" element={<ManageBookingsApp />} />
        <Route path="/manage/stats" element={<StatsApp />} />
        <Route path="/manage/catalogue-tags" element={<CatalogueTagsApp />} />
        <Route path="/manage/planning" element={<PlanningApp />} />
        <Route path="/manage/planning/rules" element={<PlanningRulesApp />} />
        <Route path="/manage/planning/contracts" element={<PlanningContractsApp />} />
        <Route path="/me/planning" element={<MyPlanningApp />} />
        <Route path="/manage/*" element={<ManageApp />} />
        <Route path="/reception/*" element={<ReceptionApp />} />
        <Route path="/desk/*" element={<DeskApp />} />
        <Route path="/steward/*" element={<StewardApp />} />
        <Route path="/partner/bookings" element={<PartnerBookingsApp />} />
        <Route path="/partner/stats" element={<PartnerStatsApp />} />
        <Route path="/partner/offers/*" element={<PartnerOffersApp />} />
        <Route path="/partner/*" element={<PartnerApp />} />
        <Route path="/kiosk/*" element={<KioskApp />} />
        <Route path="/display/*" element={<DisplayApp />} />
        <Route path="/station/*" element={<StationApp />} />
        <Route path="/s/:token" element={<SpacePhoneApp />} />
        <Route path="/t/:token" element={<PhoneTicketPage />} />
        <Route path="/feedback/site/:siteSlug" element={<FeedbackTabletApp />} />
        <Route path="/feedback/:token" element={<FeedbackApp />} />
        <Route path="/portal/*" element={<PortalApp />} />
        <Route path="/agenda/*" element={<AgendaApp />} />
        <Route path="/*" element={<PublicApp />} />
      </Routes>
    </Suspense>
  );
}
