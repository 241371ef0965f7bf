import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/common/domain.js';
import type { OrganisationId, UserId } from '../../src/common/ids.js';
import { can, STATS_ACTIONS, type StatsAction } from '../../src/server/modules/stats/policy.js';
import { can as canSurveys, SURVEYS_ACTIONS } from '../../src/server/modules/surveys/policy.js';
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

/** role → (action, organisation) pairs allowed at their own site; never anything at another site. */
const TABLE: Record<Role, `${StatsAction}:${'own' | 'other'}`[]> = {
  admin: ['report.view:own', 'report.view:other', 'partner.view:own', 'partner.view:other'],
  manager: ['report.view:own', 'report.view:other', 'partner.view:own', 'partner.view:other'],
  reception: [],
  counsellor: [],
  steward: [],
  partner: ['partner.view:own'],
};

describe('stats policy (no action exists for figures per counsellor)', () => {
  for (const role of ROLES) {
    for (const action of STATS_ACTIONS) {
      for (const org of ['own', 'other'] as const) {
        const organisationId = org === 'own' ? OWN_ORG : OTHER_ORG;
        it(`${role} ${TABLE[role].includes(`${action}:${org}`) ? 'may' : 'may not'} ${action} for the ${org} organisation`, () => {
          expect(can(who(role), action, { siteId: SITE, organisationId })).toBe(
            TABLE[role].includes(`${action}:${org}`),
          );
          expect(can(who(role), action, { siteId: OTHER_SITE, organisationId })).toBe(false);
        });
      }
    }
  }
});

describe('surveys policy', () => {
  it('only managers and admins manage questionnaires, at their own site', () => {
    for (const role of ROLES)
      for (const action of SURVEYS_ACTIONS) {
        expect(canSurveys(who(role), action, SITE)).toBe(role === 'manager' || role === 'admin');
        expect(canSurveys(who(role), action, OTHER_SITE)).toBe(false);
      }
  });
});
