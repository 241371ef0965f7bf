import { hasRole, type StaffPrincipal } from '../../platform/auth/principal.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what with rooms, bookings and events at a site. */
export const AGENDA_ACTIONS = [
  'booking.view',
  'booking.request',
  'booking.cancel',
  'booking.decide',
  'event.manage',
  'event.checkin',
  'settings.manage',
  'room.feed',
  'records.view',
] as const;
export type AgendaAction = (typeof AGENDA_ACTIONS)[number];

/** What an action is about: the organisation owning the booking or event, when there is one. */
export type AgendaTarget = { siteId: string; organisationId?: string | null };

/** Actions a partner coordinator may take for their own organisation only. */
const OWN_ORGANISATION: readonly AgendaAction[] = [
  'booking.request',
  'booking.cancel',
  'event.manage',
  'event.checkin',
];

export function can(p: StaffPrincipal, action: AgendaAction, target: AgendaTarget): boolean {
  const { siteId, organisationId } = target;
  if (hasRole(p, siteId, 'manager', 'admin')) return true;
  switch (action) {
    case 'booking.view':
    case 'room.feed':
      return (p.roles.get(siteId)?.length ?? 0) > 0;
    case 'booking.decide':
    case 'settings.manage':
    case 'records.view':
      return false;
    default:
      return (
        OWN_ORGANISATION.includes(action) &&
        hasRole(p, siteId, 'partner') &&
        organisationId !== undefined &&
        organisationId === p.organisationId
      );
  }
}

export function authorize(p: StaffPrincipal, action: AgendaAction, target: AgendaTarget) {
  if (!can(p, action, target)) throw forbidden();
}

/** Managers and administrators see every organisation's bookings and events; others their own. */
export const seesAllOrganisations = (p: StaffPrincipal, siteId: string) => hasRole(p, siteId, 'manager', 'admin');
