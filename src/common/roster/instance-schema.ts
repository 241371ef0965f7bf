import { z } from 'zod';
import type { RosterInstance } from './instance.js';

const id = z.string().min(1).max(64);
const count = z.number().int().min(0).max(1_000_000);
const request = z.object({ staff: id, day: count, shift: id, weight: count }).strict();

/** The JSON instance format read by `atrium roster solve` (docs/roster-instance-format.md). */
export const rosterInstanceSchema = z
  .object({
    horizonDays: z.number().int().min(1).max(3660),
    shifts: z
      .array(z.object({ id, minutes: count, cannotFollow: z.array(id) }).strict())
      .min(1)
      .max(200),
    staff: z
      .array(
        z
          .object({
            id,
            maxShifts: z.record(id, count),
            maxTotalMinutes: count,
            minTotalMinutes: count,
            maxConsecutiveShifts: count,
            minConsecutiveShifts: count,
            minConsecutiveDaysOff: count,
            maxWeekends: count,
          })
          .strict(),
      )
      .max(5000),
    daysOff: z.array(z.object({ staff: id, days: z.array(count) }).strict()).default([]),
    shiftOnRequests: z.array(request).default([]),
    shiftOffRequests: z.array(request).default([]),
    cover: z
      .array(z.object({ day: count, shift: id, requirement: count, underWeight: count, overWeight: count }).strict())
      .default([]),
  })
  .strict();

export type ReferenceProblem = {
  section:
    | 'SECTION_SHIFTS'
    | 'SECTION_STAFF'
    | 'SECTION_DAYS_OFF'
    | 'SECTION_SHIFT_ON_REQUESTS'
    | 'SECTION_SHIFT_OFF_REQUESTS'
    | 'SECTION_COVER';
  /** Index of the entry within its section. */
  index: number;
  message: string;
};

/** Unknown or duplicate ids, days outside the horizon and contradictory contracts. */
export const checkReferences = (instance: RosterInstance): ReferenceProblem[] => {
  const problems: ReferenceProblem[] = [];
  const H = instance.horizonDays;
  const shiftIds = new Set<string>();
  instance.shifts.forEach((s, index) => {
    if (shiftIds.has(s.id))
      problems.push({ section: 'SECTION_SHIFTS', index, message: `shift ${s.id} is defined twice` });
    shiftIds.add(s.id);
  });
  instance.shifts.forEach((s, index) => {
    for (const next of s.cannotFollow) {
      if (!shiftIds.has(next)) problems.push({ section: 'SECTION_SHIFTS', index, message: `unknown shift ${next}` });
    }
  });
  const staffIds = new Set<string>();
  instance.staff.forEach((st, index) => {
    const at = (message: string) => problems.push({ section: 'SECTION_STAFF', index, message: `${st.id}: ${message}` });
    if (staffIds.has(st.id)) at('defined twice');
    staffIds.add(st.id);
    for (const s of Object.keys(st.maxShifts)) if (!shiftIds.has(s)) at(`unknown shift ${s}`);
    if (st.minTotalMinutes > st.maxTotalMinutes) at('MinTotalMinutes is above MaxTotalMinutes');
    if (st.minConsecutiveShifts > st.maxConsecutiveShifts) at('MinConsecutiveShifts is above MaxConsecutiveShifts');
  });
  const checkStaffDay = (section: ReferenceProblem['section'], index: number, staff: string, day: number) => {
    if (!staffIds.has(staff)) problems.push({ section, index, message: `unknown staff ${staff}` });
    if (day < 0 || day >= H) problems.push({ section, index, message: `day ${day} is outside the horizon 0–${H - 1}` });
  };
  instance.daysOff.forEach((entry, index) => {
    for (const day of entry.days) checkStaffDay('SECTION_DAYS_OFF', index, entry.staff, day);
    if (entry.days.length === 0) checkStaffDay('SECTION_DAYS_OFF', index, entry.staff, 0);
  });
  const requests = (section: ReferenceProblem['section'], list: RosterInstance['shiftOnRequests']) =>
    list.forEach((r, index) => {
      checkStaffDay(section, index, r.staff, r.day);
      if (!shiftIds.has(r.shift)) problems.push({ section, index, message: `unknown shift ${r.shift}` });
    });
  requests('SECTION_SHIFT_ON_REQUESTS', instance.shiftOnRequests);
  requests('SECTION_SHIFT_OFF_REQUESTS', instance.shiftOffRequests);
  instance.cover.forEach((c, index) => {
    if (!shiftIds.has(c.shift)) problems.push({ section: 'SECTION_COVER', index, message: `unknown shift ${c.shift}` });
    if (c.day < 0 || c.day >= H) {
      problems.push({ section: 'SECTION_COVER', index, message: `day ${c.day} is outside the horizon 0–${H - 1}` });
    }
  });
  return problems;
};
