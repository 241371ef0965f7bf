import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { MyPlan, PlanAssignment } from '../../../common/roster/plan-schemas.js';
import type { DbOrTx } from '../../db/client.js';
import { rosterAssignments, rosterPlans, sites } from '../../db/schema/index.js';
import { shiftsOf, weekdayOf } from './calendar.js';

export type PublishedShift = MyPlan['shifts'][number] & { siteId: string; timeZone: string; siteName: string };

/** A person's published assignments between two dates (all sites unless one is given), with shift times. */
export async function publishedShifts(
  db: DbOrTx,
  userId: string,
  from: string,
  to: string,
  siteId?: SiteId,
): Promise<PublishedShift[]> {
  const rows = await db
    .select({ a: rosterAssignments, site: sites })
    .from(rosterAssignments)
    .innerJoin(rosterPlans, eq(rosterPlans.id, rosterAssignments.planId))
    .innerJoin(sites, eq(sites.id, rosterAssignments.siteId))
    .where(
      and(
        eq(rosterAssignments.userId, userId),
        inArray(rosterPlans.status, ['published']),
        gte(rosterAssignments.date, from),
        lte(rosterAssignments.date, to),
        siteId ? eq(rosterAssignments.siteId, siteId) : undefined,
      ),
    )
    .orderBy(asc(rosterAssignments.date), asc(rosterAssignments.part));
  return rows.flatMap(({ a, site }) => {
    const shift = shiftsOf(site.openingHours).find((s) => s.weekday === weekdayOf(a.date) && s.part === a.part);
    if (!shift) return [];
    return [
      {
        planId: a.planId,
        date: a.date,
        part: shift.part,
        start: shift.start,
        end: shift.end,
        activity: a.activity as PlanAssignment['activity'],
        siteId: site.id,
        timeZone: site.timeZone,
        siteName: site.name.fr,
      },
    ];
  });
}

export async function myPlan(db: DbOrTx, siteId: SiteId, userId: string, from: string, to: string): Promise<MyPlan> {
  const shifts = await publishedShifts(db, userId, from, to, siteId);
  return { from, to, shifts: shifts.map(({ siteId: _, timeZone: __, siteName: ___, ...s }) => s) };
}
