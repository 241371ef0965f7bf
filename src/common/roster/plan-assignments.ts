import { at, type IndexedInstance } from './indexed-instance.js';
import type { RosterPlan } from './instance.js';
import type { Assignment } from './validator.js';

/** The plan as a list of worked shifts, ordered by staff then day. */
export const planToAssignments = (inst: IndexedInstance, plan: RosterPlan): Assignment[] => {
  const out: Assignment[] = [];
  for (let e = 0; e < inst.staffCount; e++) {
    for (let d = 0; d < inst.days; d++) {
      const s = at(plan, e * inst.days + d);
      const staff = inst.staffIds[e];
      const shift = inst.shiftIds[s];
      if (s >= 0 && staff !== undefined && shift !== undefined) out.push({ staff, day: d, shift });
    }
  }
  return out;
};
