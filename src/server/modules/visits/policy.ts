import { hasRole, type StaffPrincipal } from '../../platform/auth/principal.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what with walk-in tickets, queues and desks, at a site. */
export const VISITS_ACTIONS = [
  'queues.view',
  'ticket.issue',
  'ticket.cancel',
  'desk.work',
  'direction.record',
  'settings.manage',
] as const;
export type VisitsAction = (typeof VISITS_ACTIONS)[number];

export function can(p: StaffPrincipal, action: VisitsAction, siteId: string): boolean {
  switch (action) {
    case 'queues.view':
      return (p.roles.get(siteId)?.length ?? 0) > 0;
    case 'ticket.issue':
    case 'ticket.cancel':
    case 'direction.record':
      return hasRole(p, siteId, 'reception', 'manager', 'admin');
    case 'desk.work':
      return hasRole(p, siteId, 'counsellor');
    case 'settings.manage':
      return hasRole(p, siteId, 'manager', 'admin');
  }
}

export function authorize(p: StaffPrincipal, action: VisitsAction, siteId: string) {
  if (!can(p, action, siteId)) throw forbidden();
}
