import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/common/domain.js';
import type { OrganisationId, UserId } from '../../src/common/ids.js';
import type { StaffPrincipal } from '../../src/server/platform/auth/principal.js';
import { can, SPACE_ACTIONS, type SpaceAction } from '../../src/server/modules/space/policy.js';

const SITE = 'site-a';
const OTHER = 'site-b';
const who = (role: Role): StaffPrincipal => ({
  kind: 'staff',
  userId: 'u' as UserId,
  organisationId: 'o' as OrganisationId,
  displayName: role,
  roles: new Map([[SITE, [role]]]),
  session: { tokenHash: '', csrfToken: '' },
});

/** role → actions allowed at their own site (never at another). */
const TABLE: Record<Role, SpaceAction[]> = {
  admin: ['space.view', 'space.manage'],
  manager: ['space.view', 'space.work', 'space.issue', 'space.manage'],
  reception: ['space.view', 'space.issue'],
  counsellor: [],
  steward: ['space.view', 'space.work', 'space.issue'],
  partner: [],
};

describe('space policy', () => {
  for (const [role, allowed] of Object.entries(TABLE) as [Role, SpaceAction[]][]) {
    for (const action of SPACE_ACTIONS) {
      it(`${role} ${allowed.includes(action) ? 'may' : 'may not'} ${action} at their site, and never at another`, () => {
        expect(can(who(role), action, SITE)).toBe(allowed.includes(action));
        expect(can(who(role), action, OTHER)).toBe(false);
      });
    }
  }
});
