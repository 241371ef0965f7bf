import { organisationShares } from '../../../common/roster/centre-model.js';
import type { OrganisationShare, Shift } from '../../../common/roster/plan-schemas.js';
import { shiftHours, weekdayOf } from './calendar.js';

type Assignment = { userId: string; date: string; part: string };
type Person = { userId: string; organisationId: string };
type Agreed = { organisation: string; percent: number | null };

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Hours planned per organisation against its agreed share, measured as the optimiser does (see
 * `organisationShares` and the organisation term in solver/centre-mip.ts): shares are of the hours planned
 * for the organisations with an agreed share and somebody to plan.
 */
export function organisationShareRows(
  assignments: Assignment[],
  people: Person[],
  shifts: Shift[],
  agreed: Agreed[],
): OrganisationShare[] {
  const organisationOf = new Map(people.map((p) => [p.userId, p.organisationId]));
  const hoursOf = new Map(shifts.map((s) => [`${s.weekday}|${s.part}`, shiftHours(s)]));
  const planned = new Map<string, number>();
  for (const a of assignments) {
    const organisation = organisationOf.get(a.userId);
    if (!organisation) continue;
    const hours = hoursOf.get(`${weekdayOf(a.date)}|${a.part}`) ?? 0;
    planned.set(organisation, (planned.get(organisation) ?? 0) + hours);
  }
  const shares = new Map(
    organisationShares(
      agreed,
      people.map((p) => ({ organisation: p.organisationId })),
    ).map((s) => [s.organisation, s.share]),
  );
  const fundedTotal = [...shares.keys()].reduce((sum, o) => sum + (planned.get(o) ?? 0), 0);
  const percentOf = new Map(agreed.map((a) => [a.organisation, a.percent]));
  return [...new Set(people.map((p) => p.organisationId))].map((organisationId) => {
    const share = shares.get(organisationId);
    const hours = planned.get(organisationId) ?? 0;
    return {
      organisationId,
      agreedPercent: percentOf.get(organisationId) ?? null,
      targetPercent: share === undefined ? null : round(share * 100),
      targetHours: share === undefined ? null : round(share * fundedTotal),
      plannedHours: round(hours),
      plannedPercent: share === undefined || fundedTotal === 0 ? null : round((hours / fundedTotal) * 100),
    };
  });
}
