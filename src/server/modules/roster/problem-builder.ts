import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import {
  type ActivityKey,
  type CentreProblem,
  type CentreStaff,
  organisationShares,
} from '../../../common/roster/centre-model.js';
import type { SiteId } from '../../../common/ids.js';
import { DAY_PARTS, PLAN_WEEKDAYS } from '../../../common/roster/plan-schemas.js';
import type { DbOrTx } from '../../db/client.js';
import { organisations, rosterAbsences, rosterPreferences, rosterRecurring } from '../../db/schema/index.js';
import { DomainError } from '../../platform/errors.js';
import type { SiteRow } from '../sites/sites.service.js';
import { addDays, daysBetween, type Grid, periodGrid, shiftsOf, slotHoursOf, weekdayOf } from './calendar.js';
import { coverageRules } from './coverage.service.js';
import { halfDaysFor, plannedStaff, primaryRole, weekdaysOf } from './staff.js';

export type DatedAssignment = { userId: string; date: string; part: string; activity: string };
export type BuiltProblem = { problem: CentreProblem; grid: Grid };

const toSlots = (grid: Grid, list: DatedAssignment[]) =>
  list.flatMap((a) => {
    const slot = grid.slotOf(a.date, a.part === 'afternoon' ? 'afternoon' : 'morning');
    return slot === null ? [] : [{ staff: a.userId, slot, activity: a.activity as ActivityKey }];
  });

/**
 * The optimiser's model of a site over a period, from the database: planned people with a contract, their
 * fields and languages, weekly and dated absences, the site's coverage rules, the organisations' agreed
 * shares of the hours, the plan's pins and (for a re-plan) the published assignments whose changes cost.
 */
export async function buildProblem(
  db: DbOrTx,
  site: SiteRow,
  siteId: SiteId,
  period: { from: string; to: string },
  pins: DatedAssignment[],
  previous?: DatedAssignment[],
): Promise<BuiltProblem> {
  const grid = periodGrid(period.from, period.to, site.openingHours);
  const people = (await plannedStaff(db, siteId)).filter((s) => s.contract !== null);
  if (people.length === 0) throw new DomainError('roster.no_staff');
  const rules = await coverageRules(db, site, siteId);
  const recurring = await db.select().from(rosterRecurring).where(eq(rosterRecurring.siteId, siteId));
  const absences = await db
    .select()
    .from(rosterAbsences)
    .where(
      and(
        eq(rosterAbsences.siteId, siteId),
        lte(rosterAbsences.fromDate, period.to),
        gte(rosterAbsences.toDate, period.from),
      ),
    );
  const preferences = await db.select().from(rosterPreferences).where(eq(rosterPreferences.siteId, siteId));
  const slotsOfWeekday = (weekday: string, part: string) => {
    const out: number[] = [];
    for (let slot = 0; slot < grid.days * DAY_PARTS.length; slot++) {
      const at = grid.at(slot);
      if (weekdayOf(at.date) === weekday && at.part === part) out.push(slot);
    }
    return out;
  };
  const staff: CentreStaff[] = people.map((p) => {
    const contract = p.contract as NonNullable<typeof p.contract>;
    const away = new Set(grid.closed);
    for (const r of recurring.filter((x) => x.userId === p.userId)) {
      for (const slot of slotsOfWeekday(r.weekday, r.part)) away.add(slot);
    }
    for (const a of absences.filter((x) => x.userId === p.userId)) {
      for (let d = 0; d <= daysBetween(a.fromDate, a.toDate); d++) {
        for (const part of DAY_PARTS) {
          if (a.part !== 'day' && a.part !== part) continue;
          const slot = grid.slotOf(addDays(a.fromDate, d), part);
          if (slot !== null) away.add(slot);
        }
      }
    }
    // Soft preferences: half-days to avoid, and (when some are preferred) every other half-day.
    const prefs = preferences.find((x) => x.userId === p.userId);
    const liked = new Set((prefs?.prefer ?? []).flatMap((h) => slotsOfWeekday(h.weekday, h.part)));
    const avoid = new Set((prefs?.avoid ?? []).flatMap((h) => slotsOfWeekday(h.weekday, h.part)));
    if (liked.size > 0)
      for (let slot = 0; slot < grid.days * DAY_PARTS.length; slot++) if (!liked.has(slot)) avoid.add(slot);
    return {
      id: p.userId,
      organisation: p.organisationId,
      role: primaryRole(p),
      fields: p.fields,
      languages: p.languages,
      halfDaysPerWeek: halfDaysFor(contract.hoursPerWeek),
      maxDaysPerWeek: contract.maxDaysPerWeek,
      workingWeekdays: weekdaysOf(contract).map((w) => PLAN_WEEKDAYS.indexOf(w)),
      maxConsecutiveDays: contract.maxConsecutiveDays,
      unavailableSlots: [...away].sort((a, b) => a - b),
      avoidSlots: [...avoid].filter((s) => !away.has(s)),
    };
  });
  const agreed = await db
    .select({ organisation: organisations.id, percent: organisations.fundingSharePercent })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(staff.map((s) => s.organisation))]));
  const closed = new Set(grid.closed);
  const known = new Set(staff.map((s) => s.id));
  const problem: CentreProblem = {
    days: grid.days,
    staff,
    coverage: {
      fields: rules.fields,
      frenchOnFloor: rules.frenchOnFloor,
      dutchOnFloor: rules.dutchOnFloor,
      receptionFrench: rules.receptionFrench,
      receptionDutch: rules.receptionDutch,
      stewards: rules.stewards,
    },
    partCoverage: [rules.targets.morning ?? {}, rules.targets.afternoon ?? {}],
    unpopularSlots: rules.unpopular.flatMap((u) => slotsOfWeekday(u.weekday, u.part)).filter((s) => !closed.has(s)),
    pins: toSlots(grid, pins).filter((p) => known.has(p.staff)),
    closedSlots: grid.closed,
    organisationShares: organisationShares(agreed, staff),
    slotHours: slotHoursOf(shiftsOf(site.openingHours), grid.days),
  };
  if (previous) problem.previous = toSlots(grid, previous).filter((p) => known.has(p.staff));
  return { problem, grid };
}
