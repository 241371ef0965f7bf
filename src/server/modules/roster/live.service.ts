import { and, eq, isNull } from 'drizzle-orm';
import { LANGUAGES } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { ActivityValue, DayPart, LiveCoverage } from '../../../common/roster/plan-schemas.js';
import { siteParts } from '../../../common/site-time.js';
import type { DbOrTx } from '../../db/client.js';
import { rosterAssignments, rosterCheckins, rosterPlans } from '../../db/schema/index.js';
import type { SiteRow } from '../sites/sites.service.js';
import { shiftsOf } from './calendar.js';
import { coverageDemands, coverageRules } from './coverage.service.js';
import { plannedStaff, type StaffRow } from './staff.js';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Who covers what right now at a site: the published plan for this half-day, and the people checked in.
 * A checked-in counsellor without a planned activity counts for each of their fields.
 */
export async function liveCoverage(db: DbOrTx, site: SiteRow, siteId: SiteId, now = new Date()): Promise<LiveCoverage> {
  const { date, weekday, minutes } = siteParts(now, site.timeZone);
  const time = hhmm(minutes);
  const shift = shiftsOf(site.openingHours).find((s) => s.weekday === weekday && s.start <= time && time < s.end);
  const part: DayPart | null = shift?.part ?? null;
  const staff = await plannedStaff(db, siteId);
  const planned = part
    ? await db
        .select({ userId: rosterAssignments.userId, activity: rosterAssignments.activity })
        .from(rosterAssignments)
        .innerJoin(rosterPlans, eq(rosterPlans.id, rosterAssignments.planId))
        .where(
          and(
            eq(rosterAssignments.siteId, siteId),
            eq(rosterPlans.status, 'published'),
            eq(rosterAssignments.date, date),
            eq(rosterAssignments.part, part),
          ),
        )
    : [];
  const onSite = new Set(
    (
      await db
        .select({ userId: rosterCheckins.userId })
        .from(rosterCheckins)
        .where(
          and(eq(rosterCheckins.siteId, siteId), eq(rosterCheckins.date, date), isNull(rosterCheckins.checkedOutAt)),
        )
    ).map((r) => r.userId),
  );
  const plan = new Map(planned.map((p) => [p.userId, p.activity as ActivityValue]));
  /** The activities a present person covers: the planned one, or by role (a counsellor: every field). */
  const covers = (s: StaffRow): string[] => {
    const a = plan.get(s.userId);
    if (a) return [a];
    if (s.roles.includes('counsellor')) return s.fields.map((f) => `counselling:${f}`);
    return s.roles.includes('reception') ? ['reception'] : ['steward'];
  };
  const plannedFor = (s: StaffRow) => (plan.has(s.userId) ? [plan.get(s.userId) as string] : []);
  const tally = (rule: string, list: (s: StaffRow) => string[], who: StaffRow[]) =>
    who.filter((s) => {
      const acts = list(s);
      const [kind, what] = rule.split(':');
      if (kind === 'field') return acts.includes(`counselling:${what}`);
      if (kind === 'floor') return acts.some((x) => x.startsWith('counselling:')) && s.languages.includes(what as 'fr');
      if (kind === 'reception') return acts.includes('reception') && s.languages.includes(what as 'fr');
      return acts.includes('steward');
    }).length;
  const present = staff.filter((s) => onSite.has(s.userId));
  const rules = await coverageRules(db, site, siteId);
  const target = part ? rules.targets[part] : undefined;
  const lines = coverageDemands({ ...rules, ...target }, staff).map((d) => ({
    rule: d.rule,
    needed: part ? d.needed : 0,
    planned: tally(d.rule, plannedFor, staff),
    present: tally(d.rule, covers, present),
  }));
  const cells = (site.fields as StaffRow['fields']).flatMap((field) =>
    LANGUAGES.map((language) => {
      const can = (s: StaffRow, acts: string[]) =>
        acts.includes(`counselling:${field}`) && s.languages.includes(language);
      return {
        field,
        language,
        planned: staff.filter((s) => can(s, plannedFor(s))).length,
        present: present.filter((s) => can(s, covers(s))).length,
      };
    }),
  );
  return {
    date,
    at: now.toISOString(),
    part,
    lines,
    cells,
    people: staff
      .filter((s) => plan.has(s.userId) || onSite.has(s.userId))
      .map((s) => ({
        userId: s.userId,
        displayName: s.displayName,
        roles: s.roles,
        fields: s.fields,
        languages: s.languages,
        plannedActivity: plan.get(s.userId) ?? null,
        onSite: onSite.has(s.userId),
      })),
  };
}
