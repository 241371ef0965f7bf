import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/common/domain.js';
import { ROLES } from '../../src/common/domain.js';
import type { OrganisationId, UserId } from '../../src/common/ids.js';
import { AGENDA_ACTIONS, type AgendaAction, can } from '../../src/server/modules/agenda/policy.js';
import type { StaffPrincipal } from '../../src/server/platform/auth/principal.js';

const OWN_ORG = 'org-own';
const OTHER_ORG = 'org-other';
const OWN_SITE = 'site-own';
const OTHER_SITE = 'site-other';

const TARGETS = [
  { siteId: OWN_SITE, organisationId: OWN_ORG },
  { siteId: OWN_SITE, organisationId: OTHER_ORG },
  { siteId: OTHER_SITE, organisationId: OWN_ORG },
  { siteId: OTHER_SITE, organisationId: OTHER_ORG },
] as const;

/**
 * Columns: own site + own organisation, own site + other organisation, other site + own
 * organisation, other site + other organisation. The principal holds one role at the own site.
 */
const EXPECTED: Record<Role, Record<AgendaAction, string>> = {
  admin: {
    'booking.view': 'YYnn',
    'booking.request': 'YYnn',
    'booking.cancel': 'YYnn',
    'booking.decide': 'YYnn',
    'event.manage': 'YYnn',
    'event.checkin': 'YYnn',
    'settings.manage': 'YYnn',
    'room.feed': 'YYnn',
    'records.view': 'YYnn',
  },
  manager: {
    'booking.view': 'YYnn',
    'booking.request': 'YYnn',
    'booking.cancel': 'YYnn',
    'booking.decide': 'YYnn',
    'event.manage': 'YYnn',
    'event.checkin': 'YYnn',
    'settings.manage': 'YYnn',
    'room.feed': 'YYnn',
    'records.view': 'YYnn',
  },
  partner: {
    'booking.view': 'YYnn',
    'booking.request': 'Ynnn',
    'booking.cancel': 'Ynnn',
    'booking.decide': 'nnnn',
    'event.manage': 'Ynnn',
    'event.checkin': 'Ynnn',
    'settings.manage': 'nnnn',
    'room.feed': 'YYnn',
    'records.view': 'nnnn',
  },
  reception: {
    'booking.view': 'YYnn',
    'booking.request': 'nnnn',
    'booking.cancel': 'nnnn',
    'booking.decide': 'nnnn',
    'event.manage': 'nnnn',
    'event.checkin': 'nnnn',
    'settings.manage': 'nnnn',
    'room.feed': 'YYnn',
    'records.view': 'nnnn',
  },
  counsellor: {
    'booking.view': 'YYnn',
    'booking.request': 'nnnn',
    'booking.cancel': 'nnnn',
    'booking.decide': 'nnnn',
    'event.manage': 'nnnn',
    'event.checkin': 'nnnn',
    'settings.manage': 'nnnn',
    'room.feed': 'YYnn',
    'records.view': 'nnnn',
  },
  steward: {
    'booking.view': 'YYnn',
    'booking.request': 'nnnn',
    'booking.cancel': 'nnnn',
    'booking.decide': 'nnnn',
    'event.manage': 'nnnn',
    'event.checkin': 'nnnn',
    'settings.manage': 'nnnn',
    'room.feed': 'YYnn',
    'records.view': 'nnnn',
  },
};

const principal = (role: Role): StaffPrincipal => ({
  kind: 'staff',
  userId: 'user' as UserId,
  organisationId: OWN_ORG as OrganisationId,
  displayName: 'Test',
  roles: new Map([[OWN_SITE, [role]]]),
  session: { tokenHash: 'x', csrfToken: 'y' },
});

describe('agenda policy: role × action × site × organisation', () => {
  for (const role of ROLES) {
    for (const action of AGENDA_ACTIONS) {
      it(`${role} ${action}`, () => {
        const actual = TARGETS.map((t) => (can(principal(role), action, t) ? 'Y' : 'n')).join('');
        expect(actual).toBe(EXPECTED[role][action]);
      });
    }
  }

  it('an organisation-scoped action without a target organisation is refused to a partner', () => {
    expect(can(principal('partner'), 'event.manage', { siteId: OWN_SITE })).toBe(false);
  });
});
