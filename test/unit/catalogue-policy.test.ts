import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/common/domain.js';
import type { OrganisationId, UserId } from '../../src/common/ids.js';
import { CATALOGUE_ACTIONS, type CatalogueAction, can } from '../../src/server/modules/catalogue/policy.js';
import type { StaffPrincipal } from '../../src/server/platform/auth/principal.js';

const OWN = 'org-own';
/** Columns: own organisation's offer, another organisation's offer. Y allowed, n refused. */
const EXPECTED: Record<Role, Record<CatalogueAction, string>> = {
  admin: { 'offer.create': 'YY', 'offer.edit': 'YY', 'offer.view_drafts': 'YY', 'tag.curate': 'YY' },
  manager: { 'offer.create': 'YY', 'offer.edit': 'YY', 'offer.view_drafts': 'YY', 'tag.curate': 'YY' },
  partner: { 'offer.create': 'Yn', 'offer.edit': 'Yn', 'offer.view_drafts': 'Yn', 'tag.curate': 'nn' },
  reception: { 'offer.create': 'nn', 'offer.edit': 'nn', 'offer.view_drafts': 'nn', 'tag.curate': 'nn' },
  counsellor: { 'offer.create': 'nn', 'offer.edit': 'nn', 'offer.view_drafts': 'nn', 'tag.curate': 'nn' },
  steward: { 'offer.create': 'nn', 'offer.edit': 'nn', 'offer.view_drafts': 'nn', 'tag.curate': 'nn' },
};

const principal = (role: Role): StaffPrincipal => ({
  kind: 'staff',
  userId: 'u' as UserId,
  organisationId: OWN as OrganisationId,
  displayName: 'x',
  roles: new Map([['site', [role]]]),
  session: { tokenHash: 'h', csrfToken: 'c' },
});

describe('catalogue policy (role × action × own/other organisation)', () => {
  for (const role of ROLES) {
    for (const action of CATALOGUE_ACTIONS) {
      it(`${role} ${action}`, () => {
        const got = [OWN, 'org-other'].map((o) => (can(principal(role), action, { organisationId: o }) ? 'Y' : 'n'));
        expect(got.join('')).toBe(EXPECTED[role][action]);
      });
    }
  }
});
