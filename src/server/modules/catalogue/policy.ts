import { hasRoleAnywhere, type StaffPrincipal } from '../../platform/auth/principal.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what with partner offers and occupation tags. */
export const CATALOGUE_ACTIONS = ['offer.create', 'offer.edit', 'offer.view_drafts', 'tag.curate'] as const;
export type CatalogueAction = (typeof CATALOGUE_ACTIONS)[number];
export type CatalogueTarget = { organisationId?: string };

export function can(p: StaffPrincipal, action: CatalogueAction, target: CatalogueTarget = {}): boolean {
  const own = target.organisationId !== undefined && target.organisationId === p.organisationId;
  switch (action) {
    case 'offer.create':
    case 'offer.edit':
    case 'offer.view_drafts':
      // Partner coordinators manage their own organisation's offers; the centre's managers and admins all.
      return hasRoleAnywhere(p, 'admin', 'manager') || (own && hasRoleAnywhere(p, 'partner'));
    case 'tag.curate':
      return hasRoleAnywhere(p, 'admin', 'manager');
  }
}

export function authorize(p: StaffPrincipal, action: CatalogueAction, target: CatalogueTarget = {}) {
  if (!can(p, action, target)) throw forbidden();
}
