import { hasRole, type StaffPrincipal } from '../../platform/auth/principal.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what in the digital space, at a site. */
export const SPACE_ACTIONS = ['space.view', 'space.work', 'space.issue', 'space.manage'] as const;
export type SpaceAction = (typeof SPACE_ACTIONS)[number];

export function can(p: StaffPrincipal, action: SpaceAction, siteId: string): boolean {
  switch (action) {
    case 'space.view':
      return hasRole(p, siteId, 'steward', 'reception', 'manager', 'admin');
    case 'space.work':
      return hasRole(p, siteId, 'steward', 'manager');
    case 'space.issue':
      return hasRole(p, siteId, 'reception', 'steward', 'manager');
    case 'space.manage':
      return hasRole(p, siteId, 'manager', 'admin');
  }
}

export function authorize(p: StaffPrincipal, action: SpaceAction, siteId: string) {
  if (!can(p, action, siteId)) throw forbidden();
}
