import type { RosterInstance } from './instance.js';

export type WeightedShift = { shift: number; weight: number };

/**
 * The instance with numeric indices and flat arrays, as the scorer and the solvers use it.
 * Cells are `staff * days + day`; cover entries are `day * shiftCount + shift`.
 */
export type IndexedInstance = {
  source: RosterInstance;
  days: number;
  staffCount: number;
  shiftCount: number;
  shiftIds: string[];
  staffIds: string[];
  minutes: Int32Array;
  /** `[s * shiftCount + t]`: shift t may not follow shift s on the next day. */
  forbiddenNext: Uint8Array;
  /** `[e * shiftCount + s]`: 0 when staff e may not work shift s. */
  maxShifts: Int32Array;
  minMinutes: Int32Array;
  maxMinutes: Int32Array;
  maxConsecutive: Int32Array;
  minConsecutive: Int32Array;
  minConsecutiveOff: Int32Array;
  maxWeekends: Int32Array;
  /** Per cell: staff must not work that day. */
  dayOff: Uint8Array;
  onRequests: WeightedShift[][];
  offRequests: WeightedShift[][];
  coverRequirement: Int32Array;
  coverUnder: Int32Array;
  coverOver: Int32Array;
};

/** `a[i]`, or 0 outside the array (the indices used here are always inside). */
export const at = (a: ArrayLike<number>, i: number): number => a[i] ?? 0;

/** Indexes an instance whose references were checked (by the parser or the JSON schema). */
export const indexInstance = (instance: RosterInstance): IndexedInstance => {
  const shiftIds = instance.shifts.map((s) => s.id);
  const staffIds = instance.staff.map((s) => s.id);
  const shiftIndex = new Map(shiftIds.map((id, i) => [id, i]));
  const staffIndex = new Map(staffIds.map((id, i) => [id, i]));
  const days = instance.horizonDays;
  const S = shiftIds.length;
  const E = staffIds.length;
  const forbiddenNext = new Uint8Array(S * S);
  instance.shifts.forEach((shift, s) => {
    for (const next of shift.cannotFollow) {
      const t = shiftIndex.get(next);
      if (t !== undefined) forbiddenNext[s * S + t] = 1;
    }
  });
  const dayOff = new Uint8Array(E * days);
  for (const entry of instance.daysOff) {
    const e = staffIndex.get(entry.staff);
    for (const d of entry.days) if (e !== undefined && d >= 0 && d < days) dayOff[e * days + d] = 1;
  }
  const requests = (list: RosterInstance['shiftOnRequests']): WeightedShift[][] => {
    const out = Array.from({ length: E * days }, (): WeightedShift[] => []);
    for (const r of list) {
      const e = staffIndex.get(r.staff);
      const s = shiftIndex.get(r.shift);
      if (e !== undefined && s !== undefined && r.day >= 0 && r.day < days) {
        out[e * days + r.day]?.push({ shift: s, weight: r.weight });
      }
    }
    return out;
  };
  const coverRequirement = new Int32Array(days * S);
  const coverUnder = new Int32Array(days * S);
  const coverOver = new Int32Array(days * S);
  for (const c of instance.cover) {
    const s = shiftIndex.get(c.shift);
    if (s === undefined || c.day < 0 || c.day >= days) continue;
    coverRequirement[c.day * S + s] = c.requirement;
    coverUnder[c.day * S + s] = c.underWeight;
    coverOver[c.day * S + s] = c.overWeight;
  }
  const perStaff = (f: (s: RosterInstance['staff'][number]) => number) => Int32Array.from(instance.staff, f);
  return {
    source: instance,
    days,
    staffCount: E,
    shiftCount: S,
    shiftIds,
    staffIds,
    minutes: Int32Array.from(instance.shifts, (s) => s.minutes),
    forbiddenNext,
    maxShifts: Int32Array.from(instance.staff.flatMap((st) => shiftIds.map((id) => st.maxShifts[id] ?? 0))),
    minMinutes: perStaff((s) => s.minTotalMinutes),
    maxMinutes: perStaff((s) => s.maxTotalMinutes),
    maxConsecutive: perStaff((s) => s.maxConsecutiveShifts),
    minConsecutive: perStaff((s) => s.minConsecutiveShifts),
    minConsecutiveOff: perStaff((s) => s.minConsecutiveDaysOff),
    maxWeekends: perStaff((s) => s.maxWeekends),
    dayOff,
    onRequests: requests(instance.shiftOnRequests),
    offRequests: requests(instance.shiftOffRequests),
    coverRequirement,
    coverUnder,
    coverOver,
  };
};
