import type { Field, Language } from '../domain.js';

/** What a person does in a half-day slot. */
export type Activity = { kind: 'counselling'; field: Field } | { kind: 'reception' } | { kind: 'steward' };
export type ActivityKey = `counselling:${Field}` | 'reception' | 'steward';

export type CentreStaff = {
  id: string;
  organisation: string;
  role: 'counsellor' | 'reception' | 'steward';
  fields: Field[];
  languages: Language[];
  /** Half-day slots per week under the contract (38 h ≈ 9, 19 h ≈ 5). */
  halfDaysPerWeek: number;
  maxDaysPerWeek: number;
  /** Weekdays (0 = Monday … 4 = Friday) the contract allows; part-time patterns leave some out. */
  workingWeekdays: number[];
  /** Slot indexes the person is away (leave, training, partner duties). */
  unavailableSlots: number[];
  /** Most working days in a row within a week (absent: no limit beyond the weekly days). */
  maxConsecutiveDays?: number;
  /** Slots the person would rather not work (soft preferences): each one planned costs a little. */
  avoidSlots?: number[];
};

/** Coverage asked of every opening half-day; a shortfall is penalised heavily, never refused. */
export type CoverageRules = {
  fields: Field[];
  frenchOnFloor: number;
  dutchOnFloor: number;
  receptionFrench: number;
  receptionDutch: number;
  stewards: number;
};

export type CentreProblem = {
  /** Opening days, Monday-first weeks (5 per week); two slots per day (morning, afternoon). */
  days: number;
  staff: CentreStaff[];
  coverage: CoverageRules;
  /** Slots nobody likes (e.g. Friday afternoon): spread evenly, within whole-number bands. */
  unpopularSlots: number[];
  /** Assignments a manager fixed: kept by every re-solve. */
  pins: { staff: string; slot: number; activity: ActivityKey }[];
  /** A published plan: changing it costs, so a re-plan changes as few assignments as possible. */
  previous?: { staff: string; slot: number; activity: ActivityKey }[];
  /** Slots when the site is closed or outside the planned period: no coverage is asked there. */
  closedSlots?: number[];
  /** Per time of day (0 = morning, 1 = afternoon): counts replacing the general ones in that half-day. */
  partCoverage?: [Partial<CoverageRules>, Partial<CoverageRules>];
  /**
   * Agreed (funding) shares of the planned hours, per organisation: fractions summing to 1 over the
   * organisations listed; organisations not listed have no agreed share. See `organisationShares`.
   */
  organisationShares?: { organisation: string; share: number }[];
  /** Hours of each slot (absent: every half-day counts as `DEFAULT_SLOT_HOURS`). */
  slotHours?: number[];
};

export const SLOTS_PER_DAY = 2;
export const OPEN_DAYS_PER_WEEK = 5;
/** Hours of a half-day when the problem does not say (38 h ≈ 9 half-days). */
export const DEFAULT_SLOT_HOURS = 4;

/**
 * The organisations whose planned hours are held to an agreed share, with that share as a fraction:
 * organisations with a positive agreed percentage and at least one planned person, their percentages
 * rescaled to sum to 1 (an organisation with a share but nobody to plan cannot reach it, so it is left
 * out rather than pulling everyone else's hours down). Organisations without an agreed share are free.
 */
export const organisationShares = (
  agreed: { organisation: string; percent: number | null }[],
  staff: Pick<CentreStaff, 'organisation'>[],
): { organisation: string; share: number }[] => {
  const present = new Set(staff.map((s) => s.organisation));
  const funded = agreed.filter(
    (a): a is { organisation: string; percent: number } =>
      a.percent !== null && a.percent > 0 && present.has(a.organisation),
  );
  const total = funded.reduce((sum, a) => sum + a.percent, 0);
  return total > 0 ? funded.map((a) => ({ organisation: a.organisation, share: a.percent / total })) : [];
};

export const activityKey = (a: Activity): ActivityKey => (a.kind === 'counselling' ? `counselling:${a.field}` : a.kind);

/** The activities a person may do, from their role and fields. */
export const activitiesOf = (staff: CentreStaff): ActivityKey[] =>
  staff.role === 'counsellor'
    ? staff.fields.map((f): ActivityKey => `counselling:${f}`)
    : staff.role === 'reception'
      ? ['reception']
      : ['steward'];
