import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/common/domain.js';
import type { OrganisationId, UserId } from '../../src/common/ids.js';
import { can, ROSTER_ACTIONS, type RosterAction } from '../../src/server/modules/roster/policy.js';
import type { StaffPrincipal } from '../../src/server/platform/auth/principal.js';

const SITE = 'site-a';
const OTHER_SITE = 'site-b';
const OWN_ORG = 'org-own';
const OTHER_ORG = 'org-other';
const who = (role: Role): StaffPrincipal => ({
  kind: 'staff',
  userId: 'u' as UserId,
  organisationId: OWN_ORG as OrganisationId,
  displayName: role,
  roles: new Map([[SITE, [role]]]),
  session: { tokenHash: '', csrfToken: '' },
});

/** role → actions allowed at their own site, about people of their own organisation and of another one. */
const TABLE: Record<Role, { own: RosterAction[]; other: RosterAction[] }> = {
  admin: {
    own: ['roster.plan', 'roster.view', 'roster.staff', 'roster.shifts', 'roster.live'],
    other: ['roster.plan', 'roster.view', 'roster.staff', 'roster.shifts', 'roster.live'],
  },
  manager: {
    own: ['roster.plan', 'roster.view', 'roster.staff', 'roster.self', 'roster.shifts', 'roster.live'],
    other: ['roster.plan', 'roster.view', 'roster.staff', 'roster.self', 'roster.shifts', 'roster.live'],
  },
  counsellor: {
    own: ['roster.self', 'roster.shifts', 'roster.live'],
    other: ['roster.self', 'roster.shifts', 'roster.live'],
  },
  reception: {
    own: ['roster.self', 'roster.shifts', 'roster.live'],
    other: ['roster.self', 'roster.shifts', 'roster.live'],
  },
  steward: {
    own: ['roster.self', 'roster.shifts', 'roster.live'],
    other: ['roster.self', 'roster.shifts', 'roster.live'],
  },
  // A partner coordinator reads plans (narrowed to its own people by the service) and its own staff's availability.
  partner: { own: ['roster.view', 'roster.staff', 'roster.shifts'], other: ['roster.view', 'roster.shifts'] },
};

describe('roster policy', () => {
  for (const [role, allowed] of Object.entries(TABLE) as [Role, (typeof TABLE)[Role]][]) {
    for (const action of ROSTER_ACTIONS) {
      for (const [org, list] of [
        [OWN_ORG, allowed.own],
        [OTHER_ORG, allowed.other],
      ] as const) {
        const verdict = list.includes(action);
        const whose = org === OWN_ORG ? 'own' : 'another';
        it(`${role} ${verdict ? 'may' : 'may not'} ${action} about ${whose} organisation's staff at their site, never at another site`, () => {
          expect(can(who(role), action, { siteId: SITE, organisationId: org })).toBe(verdict);
          expect(can(who(role), action, { siteId: OTHER_SITE, organisationId: org })).toBe(false);
        });
      }
    }
  }
});
