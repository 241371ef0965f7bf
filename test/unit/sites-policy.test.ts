import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/common/domain.js';
import { ROLES } from '../../src/common/domain.js';
import type { OrganisationId, UserId } from '../../src/common/ids.js';
import type { StaffPrincipal } from '../../src/server/platform/auth/principal.js';
import { can, SITES_ACTIONS, type SitesAction } from '../../src/server/modules/sites/policy.js';

const OWN_ORG = 'org-own';
const OTHER_ORG = 'org-other';
const OWN_SITE = 'site-own';
const OTHER_SITE = 'site-other';

/** Targets, in the column order of the table below. */
const TARGETS = {
  ownOrgOwnSite: { organisationId: OWN_ORG, siteId: OWN_SITE },
  ownOrgOtherSite: { organisationId: OWN_ORG, siteId: OTHER_SITE },
  otherOrgOwnSite: { organisationId: OTHER_ORG, siteId: OWN_SITE },
  otherOrgOtherSite: { organisationId: OTHER_ORG, siteId: OTHER_SITE },
  noTarget: {},
} as const;
type Column = keyof typeof TARGETS;
const COLUMNS = Object.keys(TARGETS) as Column[];

/**
 * Who may do what, written out. Each string has one letter per column above:
 * own org + own site, own org + other site, other org + own site, other org + other site, no target.
 * Y = allowed, n = refused. The principal holds exactly one role, at the own site, in the own organisation.
 */
const EXPECTED: Record<Role, Record<SitesAction, string>> = {
  admin: {
    'network.manage': 'YYYYY',
    'site.view': 'YnYnn',
    'site.configure': 'YnYnn',
    'staff.view': 'YYYYY',
    'staff.manage': 'YYYYY',
    'organisation.view': 'YYYYY',
    'organisation.edit': 'YYYYY',
    'audit.view': 'YYYYY',
  },
  manager: {
    'network.manage': 'nnnnn',
    'site.view': 'YnYnn',
    'site.configure': 'nnnnn',
    'staff.view': 'YYYYY',
    'staff.manage': 'nnnnn',
    'organisation.view': 'YYYYY',
    'organisation.edit': 'nnnnn',
    'audit.view': 'nnnnn',
  },
  reception: {
    'network.manage': 'nnnnn',
    'site.view': 'YnYnn',
    'site.configure': 'nnnnn',
    'staff.view': 'nnnnn',
    'staff.manage': 'nnnnn',
    'organisation.view': 'YYYYY',
    'organisation.edit': 'nnnnn',
    'audit.view': 'nnnnn',
  },
  counsellor: {
    'network.manage': 'nnnnn',
    'site.view': 'YnYnn',
    'site.configure': 'nnnnn',
    'staff.view': 'nnnnn',
    'staff.manage': 'nnnnn',
    'organisation.view': 'YYYYY',
    'organisation.edit': 'nnnnn',
    'audit.view': 'nnnnn',
  },
  steward: {
    'network.manage': 'nnnnn',
    'site.view': 'YnYnn',
    'site.configure': 'nnnnn',
    'staff.view': 'nnnnn',
    'staff.manage': 'nnnnn',
    'organisation.view': 'YYYYY',
    'organisation.edit': 'nnnnn',
    'audit.view': 'nnnnn',
  },
  partner: {
    'network.manage': 'nnnnn',
    'site.view': 'YnYnn',
    'site.configure': 'nnnnn',
    'staff.view': 'YYnnn',
    'staff.manage': 'nnnnn',
    'organisation.view': 'YYYYY',
    'organisation.edit': 'YYnnn',
    'audit.view': 'nnnnn',
  },
};

const principal = (roles: Role[]): StaffPrincipal => ({
  kind: 'staff',
  userId: 'user' as UserId,
  organisationId: OWN_ORG as OrganisationId,
  displayName: 'Someone',
  roles: new Map([[OWN_SITE, roles]]),
  session: { tokenHash: 'h', csrfToken: 'c' },
});

describe('sites policy', () => {
  it('the table covers every role and every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(Object.keys(EXPECTED[role]).sort()).toEqual([...SITES_ACTIONS].sort());
  });

  const rows = ROLES.flatMap((role) =>
    SITES_ACTIONS.flatMap((action) =>
      COLUMNS.map((column, i) => ({ role, action, column, allowed: EXPECTED[role][action][i] === 'Y' })),
    ),
  );
  it.each(rows)('$role · $action · $column → $allowed', ({ role, action, column, allowed }) => {
    expect(can(principal([role]), action, TARGETS[column])).toBe(allowed);
  });

  it('someone with no role anywhere may only view organisations', () => {
    for (const action of SITES_ACTIONS) {
      for (const column of COLUMNS) {
        expect(can(principal([]), action, TARGETS[column])).toBe(action === 'organisation.view');
      }
    }
  });
});
