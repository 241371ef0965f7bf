import { hasRole, type StaffPrincipal } from '../../platform/auth/principal.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what in staff planning, at a site. */
export const ROSTER_ACTIONS = [
  'roster.plan',
  'roster.view',
  'roster.self',
  'roster.live',
  'roster.staff',
  'roster.shifts',
] as const;
export type RosterAction = (typeof ROSTER_ACTIONS)[number];

/**
 * `target.organisationId`: whose staff the action is about (absent: the whole site).
 * - roster.plan: build, solve, pin and publish plans; edit contracts, coverage rules and anyone's absences.
 * - roster.view: read the site's plans; a partner coordinator reads its own organisation's people only.
 * - roster.staff: read one person's contract and availability (planners; a coordinator for its own staff).
 * - roster.self: own plan, availability, leave, calendar feed and check-in (people who are planned).
 * - roster.shifts: the site's half-day shifts (anyone who plans, is planned or reads plans there).
 * - roster.live: who covers which field and language right now (manager, desk, reception, stewards).
 */
export function can(p: StaffPrincipal, action: RosterAction, target: { siteId: string; organisationId?: string }) {
  const { siteId } = target;
  const ownOrganisation = target.organisationId !== undefined && target.organisationId === p.organisationId;
  switch (action) {
    case 'roster.plan':
      return hasRole(p, siteId, 'manager', 'admin');
    case 'roster.view':
    case 'roster.staff':
      return (
        hasRole(p, siteId, 'manager', 'admin') ||
        (hasRole(p, siteId, 'partner') && (action === 'roster.view' || ownOrganisation))
      );
    case 'roster.self':
      return hasRole(p, siteId, 'counsellor', 'reception', 'steward', 'manager');
    case 'roster.shifts':
      return hasRole(p, siteId, 'manager', 'admin', 'counsellor', 'reception', 'steward', 'partner');
    case 'roster.live':
      return hasRole(p, siteId, 'manager', 'admin', 'counsellor', 'reception', 'steward');
  }
}

/** True when the principal reads plans only for its own organisation's people. */
export const ownOrganisationOnly = (p: StaffPrincipal, siteId: string) => !hasRole(p, siteId, 'manager', 'admin');

export function authorize(
  p: StaffPrincipal,
  action: RosterAction,
  target: { siteId: string; organisationId?: string },
) {
  if (!can(p, action, target)) throw forbidden();
}
