import { hasRole, type StaffPrincipal } from '../../platform/auth/principal.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may see which statistics at a site. Managers and admins see the centre's and the network's
 * reports; a partner coordinator sees only its own organisation's contribution. Nobody sees figures
 * per counsellor: no action exists for it.
 */
export const STATS_ACTIONS = ['report.view', 'partner.view'] as const;
export type StatsAction = (typeof STATS_ACTIONS)[number];
export type StatsTarget = { siteId: string; organisationId?: string };

export function can(p: StaffPrincipal, action: StatsAction, target: StatsTarget): boolean {
  const leads = hasRole(p, target.siteId, 'manager', 'admin');
  switch (action) {
    case 'report.view':
      return leads;
    case 'partner.view':
      return leads || (hasRole(p, target.siteId, 'partner') && target.organisationId === p.organisationId);
  }
}

export function authorize(p: StaffPrincipal, action: StatsAction, target: StatsTarget) {
  if (!can(p, action, target)) throw forbidden();
}
