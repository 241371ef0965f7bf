import { and, eq, inArray } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { PLANNED_ROLES, type PlanWeekday } from '../../../common/roster/plan-schemas.js';
import type { DbOrTx } from '../../db/client.js';
import { organisations, rosterContracts, userSiteRoles, users } from '../../db/schema/index.js';

export type PlannedRole = (typeof PLANNED_ROLES)[number];
export type ContractRow = typeof rosterContracts.$inferSelect;
export type StaffRow = {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationSlug: string;
  roles: PlannedRole[];
  fields: Field[];
  languages: Language[];
  trainedOn: string | null;
  contract: ContractRow | null;
};

/** Half-day slots per week under a contract (38 h ≈ 9, 19 h ≈ 5). */
export const halfDaysFor = (hoursPerWeek: number) => Math.max(1, Math.round((hoursPerWeek * 9) / 38));
export const weekdaysOf = (row: ContractRow) => row.workingWeekdays as PlanWeekday[];

/** Active people with a planned role (counsellor, reception, steward) at a site, with their contract there. */
export async function plannedStaff(db: DbOrTx, siteId: SiteId, userId?: string): Promise<StaffRow[]> {
  const rows = await db
    .select({
      userId: users.id,
      displayName: users.displayName,
      organisationId: users.organisationId,
      organisationSlug: organisations.slug,
      role: userSiteRoles.role,
      fields: users.fields,
      languages: users.languages,
      trainedOn: users.trainedOn,
    })
    .from(userSiteRoles)
    .innerJoin(users, eq(users.id, userSiteRoles.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(userSiteRoles.siteId, siteId),
        inArray(userSiteRoles.role, [...PLANNED_ROLES]),
        eq(users.active, true),
        userId ? eq(users.id, userId) : undefined,
      ),
    );
  const contracts = await db
    .select()
    .from(rosterContracts)
    .where(and(eq(rosterContracts.siteId, siteId), userId ? eq(rosterContracts.userId, userId) : undefined));
  const byUser = new Map<string, StaffRow>();
  for (const r of rows) {
    const known = byUser.get(r.userId);
    if (known) {
      known.roles.push(r.role as PlannedRole);
      continue;
    }
    byUser.set(r.userId, {
      userId: r.userId,
      displayName: r.displayName,
      organisationId: r.organisationId,
      organisationSlug: r.organisationSlug,
      roles: [r.role as PlannedRole],
      fields: r.fields as Field[],
      languages: r.languages as Language[],
      trainedOn: r.trainedOn,
      contract: contracts.find((c) => c.userId === r.userId) ?? null,
    });
  }
  return [...byUser.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The role the optimiser plans a person in (a person with several planned roles counsels first). */
export const primaryRole = (s: StaffRow): PlannedRole =>
  s.roles.includes('counsellor') ? 'counsellor' : s.roles.includes('reception') ? 'reception' : 'steward';
