import { hasRole, hasRoleAnywhere, type StaffPrincipal } from '../../platform/auth/principal.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what with sites, organisations, staff, places and devices. */
export const SITES_ACTIONS = [
  'network.manage',
  'site.view',
  'site.configure',
  'staff.view',
  'staff.manage',
  'organisation.view',
  'organisation.edit',
  'audit.view',
] as const;
export type SitesAction = (typeof SITES_ACTIONS)[number];
export type SitesTarget = { siteId?: string; organisationId?: string };

export function can(p: StaffPrincipal, action: SitesAction, target: SitesTarget = {}): boolean {
  const own = target.organisationId !== undefined && target.organisationId === p.organisationId;
  switch (action) {
    case 'network.manage':
    case 'staff.manage':
    case 'audit.view':
      return hasRoleAnywhere(p, 'admin');
    case 'site.view':
      return target.siteId !== undefined && (p.roles.get(target.siteId)?.length ?? 0) > 0;
    case 'site.configure':
      return target.siteId !== undefined && hasRole(p, target.siteId, 'admin');
    case 'staff.view':
      return hasRoleAnywhere(p, 'admin', 'manager') || (own && hasRoleAnywhere(p, 'partner'));
    case 'organisation.view':
      return true;
    case 'organisation.edit':
      return hasRoleAnywhere(p, 'admin') || (own && hasRoleAnywhere(p, 'partner'));
  }
}

export function authorize(p: StaffPrincipal, action: SitesAction, target: SitesTarget = {}) {
  if (!can(p, action, target)) throw forbidden();
}
