import type { StationKind } from '../../../common/domain.js';
import type {
  SpaceDisplay,
  SpaceSnapshot,
  SpaceSummary,
  SpaceTicketView,
  StationScreen,
  Use,
} from '../../../common/space/schemas.js';
import { api } from '../../api/client.js';

const site = (slug: string) => `/api/sites/${encodeURIComponent(slug)}`;

export const spaceKeys = {
  snapshot: (slug: string) => ['space', slug] as const,
  station: (token: string) => ['space-station', token] as const,
  display: (slug: string) => ['space-display', slug] as const,
  summary: (slug: string) => ['space-summary', slug] as const,
};

/** The digital-space API, one function per endpoint. */
export const spaceApi = {
  snapshot: (slug: string) => api<SpaceSnapshot>('GET', `${site(slug)}/space`),
  start: (slug: string, stationId: string, ticketCode?: string) =>
    api<Use>('POST', `${site(slug)}/space/uses`, { body: { stationId, ...(ticketCode ? { ticketCode } : {}) } }),
  extend: (slug: string, id: string) => api<Use>('POST', `${site(slug)}/space/uses/${id}/extend`),
  end: (slug: string, id: string) => api<Use>('POST', `${site(slug)}/space/uses/${id}/end`),
  move: (slug: string, id: string, stationId: string) =>
    api<Use>('POST', `${site(slug)}/space/uses/${id}/move`, { body: { stationId } }),
  outOfOrder: (slug: string, id: string, note: string) =>
    api<void>('POST', `${site(slug)}/space/stations/${id}/out-of-order`, { body: { note } }),
  inService: (slug: string, id: string) => api<void>('POST', `${site(slug)}/space/stations/${id}/in-service`),
  acknowledge: (slug: string, id: string) => api<unknown>('POST', `${site(slug)}/space/help/${id}/acknowledge`),
  resolve: (slug: string, id: string) => api<unknown>('POST', `${site(slug)}/space/help/${id}/resolve`),
  issue: (slug: string, kind: StationKind) =>
    api<SpaceTicketView>('POST', `${site(slug)}/space-tickets`, { body: { kind } }),
  cancelTicket: (slug: string, id: string) => api<void>('POST', `${site(slug)}/space-tickets/${id}/cancel`),
  summary: (slug: string) => api<SpaceSummary>('GET', `${site(slug)}/space/summary`),
  display: (slug: string, bearer?: string) =>
    api<SpaceDisplay>('GET', `${site(slug)}/space/display`, bearer ? { bearer } : {}),
  kioskIssue: (bearer: string, kind: StationKind) =>
    api<SpaceTicketView>('POST', '/api/kiosk/space-tickets', { bearer, body: { kind } }),
  station: (bearer: string) => api<StationScreen>('GET', '/api/station', { bearer }),
  help: (bearer: string) => api<{ id: string }>('POST', '/api/station/help', { bearer }),
  cancelHelp: (bearer: string, id: string) => api<unknown>('POST', `/api/station/help/${id}/cancel`, { bearer }),
  claim: (bearer: string, code: string) => api<Use>('POST', '/api/station/claim', { bearer, body: { code } }),
  ticket: (token: string) => api<SpaceTicketView>('GET', `/api/space-tickets/${encodeURIComponent(token)}`),
};
