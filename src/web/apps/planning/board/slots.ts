import {
  DAY_PARTS,
  type DayPart,
  PLAN_WEEKDAYS,
  type PlanAssignment,
  type PlanDetail,
} from '../../../../common/roster/plan-schemas.js';
import { addDays } from '../period.js';

export type Slot = { date: string; part: DayPart };
export const slotKey = (date: string, part: string) => `${date}|${part}`;

/** The opening half-days of the plan's period, in order (days with at least one shift). */
export function planSlots(plan: Pick<PlanDetail, 'from' | 'to' | 'shifts'>): Slot[] {
  const open = new Set(plan.shifts.map((s) => `${s.weekday}|${s.part}`));
  const out: Slot[] = [];
  for (let date = plan.from; date <= plan.to; date = addDays(date, 1)) {
    const weekday = PLAN_WEEKDAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7];
    if (!weekday) continue;
    for (const part of DAY_PARTS) if (open.has(`${weekday}|${part}`)) out.push({ date, part });
  }
  return out;
}

/** Assignments by person and slot, for the grid's cells. */
export function assignmentIndex(assignments: PlanAssignment[]): Map<string, PlanAssignment> {
  return new Map(assignments.map((a) => [`${a.userId}|${slotKey(a.date, a.part)}`, a]));
}

/** Missing people per slot, summed over the rules not met there. */
export function missingBySlot(plan: Pick<PlanDetail, 'gaps'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of plan.gaps) out.set(slotKey(g.date, g.part), (out.get(slotKey(g.date, g.part)) ?? 0) + g.missing);
  return out;
}
