import type { RosterInstance } from './instance.js';
import type { PenaltyBreakdown } from './penalty.js';

export const HARD_RULES = [
  'unknown_staff_or_shift',
  'one_shift_per_day',
  'day_off',
  'shift_rotation',
  'max_shifts_per_type',
  'max_total_minutes',
  'min_total_minutes',
  'max_consecutive_shifts',
  'min_consecutive_shifts',
  'min_consecutive_days_off',
  'max_weekends',
] as const;
export type HardRule = (typeof HARD_RULES)[number];

export type Violation = { rule: HardRule; staff: string; day?: number; detail: string };
export type Assignment = { staff: string; day: number; shift: string };
export type Validation = {
  feasible: boolean;
  violations: Violation[];
  violationsPerRule: Record<HardRule, number>;
  penalty: PenaltyBreakdown;
};

/** Lengths of the maximal runs of `true` as [start, length], in order. */
const runs = (worked: boolean[], value: boolean): [number, number][] => {
  const out: [number, number][] = [];
  let start = -1;
  for (let d = 0; d <= worked.length; d++) {
    const inRun = d < worked.length && worked[d] === value;
    if (inRun && start < 0) start = d;
    if (!inRun && start >= 0) {
      out.push([start, d - start]);
      start = -1;
    }
  }
  return out;
};

/**
 * Independent checker of a solution against the benchmark's rules, written from the README's
 * definitions on the raw instance (no shared code with the solver): hard-rule violations and the penalty.
 */
export const validateSolution = (instance: RosterInstance, assignments: Assignment[]): Validation => {
  const H = instance.horizonDays;
  const violations: Violation[] = [];
  const add = (rule: HardRule, staff: string, detail: string, day?: number): void => {
    violations.push(day === undefined ? { rule, staff, detail } : { rule, staff, day, detail });
  };
  const shifts = new Map(instance.shifts.map((s) => [s.id, s]));
  const byStaff = new Map<string, (string | null)[]>(
    instance.staff.map((s) => [s.id, new Array<string | null>(H).fill(null)]),
  );
  for (const a of assignments) {
    const row = byStaff.get(a.staff);
    if (!row || !shifts.has(a.shift) || !Number.isInteger(a.day) || a.day < 0 || a.day >= H) {
      add('unknown_staff_or_shift', a.staff, `${a.staff} day ${a.day} shift ${a.shift}`, a.day);
      continue;
    }
    if (row[a.day] !== null) add('one_shift_per_day', a.staff, `two shifts on day ${a.day}`, a.day);
    row[a.day] = a.shift;
  }
  const daysOff = new Map<string, Set<number>>();
  for (const entry of instance.daysOff) daysOff.set(entry.staff, new Set(entry.days));
  for (const st of instance.staff) {
    const row = byStaff.get(st.id) ?? [];
    const worked = row.map((s) => s !== null);
    let minutes = 0;
    const perType = new Map<string, number>();
    row.forEach((s, d) => {
      if (s === null) return;
      minutes += shifts.get(s)?.minutes ?? 0;
      perType.set(s, (perType.get(s) ?? 0) + 1);
      if (daysOff.get(st.id)?.has(d)) add('day_off', st.id, `works on fixed day off ${d}`, d);
      const next = row[d + 1];
      if (d + 1 < H && next != null && shifts.get(s)?.cannotFollow.includes(next)) {
        add('shift_rotation', st.id, `${next} may not follow ${s}`, d + 1);
      }
    });
    for (const [s, n] of perType) {
      const max = st.maxShifts[s] ?? 0;
      if (n > max) add('max_shifts_per_type', st.id, `${n} shifts ${s}, at most ${max}`);
    }
    if (minutes > st.maxTotalMinutes) add('max_total_minutes', st.id, `${minutes} > ${st.maxTotalMinutes} min`);
    if (minutes < st.minTotalMinutes) add('min_total_minutes', st.id, `${minutes} < ${st.minTotalMinutes} min`);
    for (const [start, length] of runs(worked, true)) {
      if (length > st.maxConsecutiveShifts) {
        add('max_consecutive_shifts', st.id, `${length} days in a row`, start);
      }
      const touchesEdge = start === 0 || start + length === H;
      if (!touchesEdge && length < st.minConsecutiveShifts) {
        add('min_consecutive_shifts', st.id, `only ${length} days in a row`, start);
      }
    }
    for (const [start, length] of runs(worked, false)) {
      const touchesEdge = start === 0 || start + length === H;
      if (!touchesEdge && length < st.minConsecutiveDaysOff) {
        add('min_consecutive_days_off', st.id, `only ${length} days off in a row`, start);
      }
    }
    let weekends = 0;
    for (let sat = 5; sat < H; sat += 7) if (worked[sat] || worked[sat + 1]) weekends++;
    if (weekends > st.maxWeekends) add('max_weekends', st.id, `${weekends} weekends, at most ${st.maxWeekends}`);
  }
  return {
    feasible: violations.length === 0,
    violations,
    violationsPerRule: countRules(violations),
    penalty: penalty(instance, byStaff),
  };
};

const countRules = (violations: Violation[]): Record<HardRule, number> => {
  const out = Object.fromEntries(HARD_RULES.map((r) => [r, 0])) as Record<HardRule, number>;
  for (const v of violations) out[v.rule]++;
  return out;
};

const penalty = (instance: RosterInstance, byStaff: Map<string, (string | null)[]>): PenaltyBreakdown => {
  let shiftOnRequests = 0;
  let shiftOffRequests = 0;
  for (const r of instance.shiftOnRequests) if (byStaff.get(r.staff)?.[r.day] !== r.shift) shiftOnRequests += r.weight;
  for (const r of instance.shiftOffRequests)
    if (byStaff.get(r.staff)?.[r.day] === r.shift) shiftOffRequests += r.weight;
  let coverUnder = 0;
  let coverOver = 0;
  for (const c of instance.cover) {
    let n = 0;
    for (const row of byStaff.values()) if (row[c.day] === c.shift) n++;
    coverUnder += Math.max(0, c.requirement - n) * c.underWeight;
    coverOver += Math.max(0, n - c.requirement) * c.overWeight;
  }
  const total = shiftOnRequests + shiftOffRequests + coverUnder + coverOver;
  return { total, shiftOnRequests, shiftOffRequests, coverUnder, coverOver };
};
