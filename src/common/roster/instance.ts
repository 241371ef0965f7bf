/**
 * The staff-rostering instance, in the shape of the Curtois–Qu Employee Shift Scheduling Benchmark
 * (also the JSON instance format of `atrium roster solve`, see docs/roster-instance-format.md).
 */
export type ShiftType = {
  id: string;
  minutes: number;
  /** Shift types that may not be worked the day after this one. */
  cannotFollow: string[];
};

export type StaffContract = {
  id: string;
  /** Maximum number of shifts of each type over the horizon (a type left out may not be worked). */
  maxShifts: Record<string, number>;
  maxTotalMinutes: number;
  minTotalMinutes: number;
  maxConsecutiveShifts: number;
  minConsecutiveShifts: number;
  minConsecutiveDaysOff: number;
  maxWeekends: number;
};

export type ShiftRequest = { staff: string; day: number; shift: string; weight: number };

export type CoverRequirement = {
  day: number;
  shift: string;
  requirement: number;
  underWeight: number;
  overWeight: number;
};

export type RosterInstance = {
  /** Number of days; day 0 is a Monday. */
  horizonDays: number;
  shifts: ShiftType[];
  staff: StaffContract[];
  daysOff: { staff: string; days: number[] }[];
  shiftOnRequests: ShiftRequest[];
  shiftOffRequests: ShiftRequest[];
  cover: CoverRequirement[];
};

/** One shift type index per staff member per day, -1 for a day off: `plan[staff * days + day]`. */
export type RosterPlan = Int16Array;

export const DAY_OFF = -1;

export const emptyPlan = (staffCount: number, days: number): RosterPlan =>
  new Int16Array(staffCount * days).fill(DAY_OFF);
