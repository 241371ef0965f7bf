import type { Field } from '../../../common/domain.js';
import type { PlanWeekday } from '../../../common/roster/plan-schemas.js';
import type { DbOrTx } from '../../db/client.js';
import { rosterAbsences, rosterContracts, rosterCoverage, rosterRecurring, users } from '../../db/schema/index.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import type { SiteRow } from '../sites/sites.service.js';
import { addDays, weekdayIndex } from './calendar.js';
import { plannedStaff } from './staff.js';

/** Part-time patterns (19 h: five half-days over three days), taken in turn. */
const PATTERNS: PlanWeekday[][] = [
  ['mon', 'tue', 'thu'],
  ['tue', 'wed', 'fri'],
  ['mon', 'wed', 'thu'],
  ['wed', 'thu', 'fri'],
];
const FULL: PlanWeekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * The demo centre's planning data: a contract for everyone planned (part-time people on three-day
 * patterns), a week of leave for a few counsellors next month, some weekly partner duties, coverage rules.
 * A handful of bulk inserts: the seed runs before every test run.
 */
export async function seedRosterDemo(tx: DbOrTx, site: SiteRow, today = new Date()) {
  const siteId = trustedSiteId(site.id);
  const staff = await plannedStaff(tx, siteId);
  const hours = new Map(
    (await tx.select({ id: users.id, hours: users.contractHours }).from(users)).map((u) => [u.id, u.hours]),
  );
  let partTime = 0;
  const contracts = staff.map((s) => {
    const h = hours.get(s.userId) ?? 38;
    const days = h < 38 ? (PATTERNS[partTime++ % PATTERNS.length] as PlanWeekday[]) : FULL;
    return {
      siteId,
      userId: s.userId,
      hoursPerWeek: h > 0 ? h : 38,
      workingWeekdays: days,
      maxDaysPerWeek: days.length,
      maxConsecutiveDays: h < 38 ? 2 : 5,
    };
  });
  if (contracts.length > 0) await tx.insert(rosterContracts).values(contracts);
  const counsellors = staff.filter((s) => s.roles.includes('counsellor'));
  // Next month's second Monday: a week of leave for every ninth counsellor.
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const monday = addDays(first, ((7 - weekdayIndex(first)) % 7) + 7);
  const leave = counsellors.filter((_, i) => i % 9 === 4);
  if (leave.length > 0) {
    await tx.insert(rosterAbsences).values(
      leave.map((s) => ({
        siteId,
        userId: s.userId,
        fromDate: monday,
        toDate: addDays(monday, 4),
        part: 'day',
        kind: 'leave',
      })),
    );
  }
  const duty = counsellors.filter((s, i) => i % 13 === 7 && (hours.get(s.userId) ?? 38) >= 38);
  if (duty.length > 0) {
    await tx
      .insert(rosterRecurring)
      .values(duty.map((s) => ({ siteId, userId: s.userId, weekday: 'wed', part: 'afternoon', kind: 'partner_duty' })));
  }
  await tx.insert(rosterCoverage).values({
    siteId,
    rules: {
      fields: site.fields as Field[],
      frenchOnFloor: 3,
      dutchOnFloor: 2,
      receptionFrench: 1,
      receptionDutch: 1,
      stewards: 2,
      unpopular: [{ weekday: 'fri', part: 'afternoon' }],
      targets: { afternoon: { frenchOnFloor: 4 } },
    },
  });
}
