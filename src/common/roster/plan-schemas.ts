import { z } from 'zod';
import { FIELDS, LANGUAGES } from '../domain.js';
import { dateSchema, fieldSchema, languageSchema, slugSchema, uuidSchema } from '../schemas/shared.js';

/**
 * The staff-planning API (routes under `/api/sites/{siteSlug}/roster/…`, plus the public ICS feed).
 * Inputs are strict objects; outputs list every field the server sends. Dates are site-local `YYYY-MM-DD`,
 * instants ISO 8601 UTC. Errors are problem+json with codes `roster.*` (src/common/errors.ts).
 *
 * Routes (prefix `/api/sites/{siteSlug}/roster`), body → response:
 * - GET  /shifts → shiftsSchema                              (anyone planned or planning at the site)
 * - GET  /staff → rosterStaffListSchema                      (manager/admin; a partner: own organisation)
 * - PUT  /staff/{userId}/contract contractInputSchema → rosterStaffSchema            (manager/admin)
 * - GET  /staff/{userId}/availability → availabilitySchema                           (manager/admin)
 * - POST /staff/{userId}/absences absenceInputSchema → 201 absenceSchema (e.g. a sick day)
 * - GET|PUT /coverage-rules [coverageRulesInputSchema] → coverageRulesSchema
 * - GET  /plans → planListSchema;  POST /plans createPlanSchema → 201 planSummarySchema
 * - GET  /plans/{id} → planDetailSchema (a partner sees only its own organisation's people)
 * - POST /plans/{id}/solve solveInputSchema → 202 planSummarySchema (progress: `roster.changed` events;
 *        poll GET /plans/{id} until solve.status is not `running`)
 * - POST /plans/{id}/cancel → planSummarySchema (the previous assignments stay)
 * - POST /plans/{id}/pins pinInputSchema → 201 assignmentSchema;
 *   DELETE /plans/{id}/pins/{assignmentId} → assignmentSchema (pinned: false)
 * - POST /plans/{id}/replan solveInputSchema → 201 planSummarySchema: a new draft based on a published
 *        plan, solved with every change penalised; GET /plans/{id}/diff → planDiffSchema before publishing
 * - POST /plans/{id}/publish → planSummarySchema (a plan it re-plans becomes `superseded`)
 * - GET  /me/plan?from&to → myPlanSchema (published plans only)
 * - GET  /me/availability → availabilitySchema; PUT /me/availability/recurring recurringInputSchema,
 *   PUT /me/preferences preferencesInputSchema → availabilitySchema
 * - POST /me/absences absenceInputSchema → 201 absenceSchema; DELETE /me/absences/{id} → 204
 * - GET /me/feed → feedSchema; POST /me/feed → feedSchema (new secret URL, the old one stops working);
 *   DELETE /me/feed → 204.  The feed itself: GET /api/roster/feeds/{token}/plan.ics (text/calendar)
 * - GET /me/check-in → checkInSchema; POST /check-in, POST /check-out → checkInSchema
 * - GET /live → liveCoverageSchema (manager, admin, counsellor, reception, steward at the site)
 */

export const DAY_PARTS = ['morning', 'afternoon'] as const;
export const PLAN_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export const PLANNED_ROLES = ['counsellor', 'reception', 'steward'] as const;
export const ABSENCE_KINDS = ['leave', 'sick', 'training', 'partner_duty', 'other'] as const;
export const PLAN_STATUSES = ['draft', 'published', 'superseded'] as const;
export const SOLVE_STATUSES = [
  'idle',
  'running',
  'optimal',
  'time_limit',
  'no_solution',
  'failed',
  'cancelled',
] as const;
export const ROSTER_LIMITS = {
  periodDays: { max: 42 },
  timeLimitSeconds: { min: 1, max: 60, default: 10 },
  perPart: { max: 20 },
  absenceDays: { max: 366 },
} as const;

export const dayPartSchema = z.enum(DAY_PARTS);
export type DayPart = (typeof DAY_PARTS)[number];
export type PlanWeekday = (typeof PLAN_WEEKDAYS)[number];
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
export const planWeekdaySchema = z.enum(PLAN_WEEKDAYS);
export const plannedRoleSchema = z.enum(PLANNED_ROLES);
export const absenceKindSchema = z.enum(ABSENCE_KINDS);
/** `counselling:<field>`, `reception` or `steward` (as in the optimiser's model). */
export const activitySchema = z.enum([...FIELDS.map((f) => `counselling:${f}` as const), 'reception', 'steward']);
export type ActivityValue = z.infer<typeof activitySchema>;
export const halfDaySchema = z.strictObject({ weekday: planWeekdaySchema, part: dayPartSchema });
export type HalfDay = z.infer<typeof halfDaySchema>;

export const rosterParamsSchema = z.strictObject({ siteSlug: slugSchema, id: uuidSchema });
export const staffParamsSchema = z.strictObject({ siteSlug: slugSchema, userId: uuidSchema });
export const periodQuerySchema = z.strictObject({ from: dateSchema, to: dateSchema });

/* ---------- shifts (derived from opening hours) ---------- */
export const shiftSchema = z.object({
  weekday: planWeekdaySchema,
  part: dayPartSchema,
  start: z.string(),
  end: z.string(),
});
export type Shift = z.infer<typeof shiftSchema>;
export const shiftsSchema = z.object({ shifts: z.array(shiftSchema) });

/* ---------- contracts ---------- */
export const contractInputSchema = z.strictObject({
  hoursPerWeek: z.number().min(1).max(48),
  workingWeekdays: z.array(planWeekdaySchema).min(1).max(5),
  maxDaysPerWeek: z.number().int().min(1).max(5),
  maxConsecutiveDays: z.number().int().min(1).max(14),
  trainedOn: dateSchema.nullable().optional(),
});
export type ContractInput = z.infer<typeof contractInputSchema>;
export const contractSchema = z.object({
  hoursPerWeek: z.number(),
  halfDaysPerWeek: z.number().int(),
  workingWeekdays: z.array(planWeekdaySchema),
  maxDaysPerWeek: z.number().int(),
  maxConsecutiveDays: z.number().int(),
  partTime: z.boolean(),
});
export type Contract = z.infer<typeof contractSchema>;

export const rosterStaffSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  organisationSlug: z.string(),
  roles: z.array(plannedRoleSchema),
  fields: z.array(fieldSchema),
  languages: z.array(languageSchema),
  trainedOn: z.string().nullable(),
  /** null: no contract yet (the person is not planned). */
  contract: contractSchema.nullable(),
});
export type RosterStaff = z.infer<typeof rosterStaffSchema>;
export const rosterStaffListSchema = z.object({ staff: z.array(rosterStaffSchema) });

/* ---------- availability ---------- */
export const recurringInputSchema = z.strictObject({
  /** Half-days the person is away every week (e.g. partner duty on Wednesday afternoons). */
  unavailable: z.array(z.strictObject({ ...halfDaySchema.shape, kind: absenceKindSchema })).max(10),
});
export type RecurringInput = z.infer<typeof recurringInputSchema>;
export const absenceInputSchema = z.strictObject({
  from: dateSchema,
  to: dateSchema,
  /** `day`: the whole day; otherwise only that half-day on each date. */
  part: z.enum(['day', ...DAY_PARTS]),
  kind: absenceKindSchema,
});
export type AbsenceInput = z.infer<typeof absenceInputSchema>;
export const absenceSchema = z.object({
  id: z.string(),
  userId: z.string(),
  from: z.string(),
  to: z.string(),
  part: z.enum(['day', ...DAY_PARTS]),
  kind: absenceKindSchema,
  createdAt: z.string(),
});
export type Absence = z.infer<typeof absenceSchema>;
export const preferencesInputSchema = z.strictObject({
  prefer: z.array(halfDaySchema).max(10),
  avoid: z.array(halfDaySchema).max(10),
});
export type PreferencesInput = z.infer<typeof preferencesInputSchema>;
export const availabilitySchema = z.object({
  userId: z.string(),
  contract: contractSchema.nullable(),
  recurring: z.array(z.object({ weekday: planWeekdaySchema, part: dayPartSchema, kind: absenceKindSchema })),
  absences: z.array(absenceSchema),
  preferences: z.object({ prefer: z.array(halfDaySchema), avoid: z.array(halfDaySchema) }),
});
export type Availability = z.infer<typeof availabilitySchema>;

/* ---------- coverage rules ---------- */
const count = z.number().int().min(0).max(ROSTER_LIMITS.perPart.max);
export const coverageTargetsSchema = z.strictObject({
  frenchOnFloor: count.optional(),
  dutchOnFloor: count.optional(),
  stewards: count.optional(),
});
export const coverageRulesInputSchema = z.strictObject({
  fields: z.array(fieldSchema).max(FIELDS.length),
  frenchOnFloor: count,
  dutchOnFloor: count,
  receptionFrench: count,
  receptionDutch: count,
  stewards: count,
  /** Half-days nobody likes: spread evenly between people. */
  unpopular: z.array(halfDaySchema).max(10),
  /** Optional per-time-of-day targets replacing the floor and steward counts in that part of the day. */
  targets: z.strictObject({ morning: coverageTargetsSchema.optional(), afternoon: coverageTargetsSchema.optional() }),
});
export type CoverageRulesInput = z.infer<typeof coverageRulesInputSchema>;
export const coverageRulesSchema = coverageRulesInputSchema.extend({ updatedAt: z.string().nullable() });
export type CoverageRulesView = z.infer<typeof coverageRulesSchema>;

/* ---------- plans ---------- */
export const createPlanSchema = z.strictObject({ from: dateSchema, to: dateSchema });
export type CreatePlanInput = z.infer<typeof createPlanSchema>;
export const solveInputSchema = z.strictObject({
  timeLimitSeconds: z
    .number()
    .min(ROSTER_LIMITS.timeLimitSeconds.min)
    .max(ROSTER_LIMITS.timeLimitSeconds.max)
    .optional(),
  relativeGap: z.number().min(0).max(0.5).optional(),
});
export type SolveInput = z.infer<typeof solveInputSchema>;

export const solveStateSchema = z.object({
  status: z.enum(SOLVE_STATUSES),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  objective: z.number().nullable(),
  bound: z.number().nullable(),
  gap: z.number().nullable(),
  seconds: z.number().nullable(),
  /** Set when the last solve failed (its plan was not saved). */
  error: z.string().nullable(),
});
export type SolveState = z.infer<typeof solveStateSchema>;

export const planSummarySchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  status: z.enum(PLAN_STATUSES),
  /** The published plan this draft re-plans (its changes are shown by the diff). */
  basedOnPlanId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  solve: solveStateSchema,
  assignmentCount: z.number().int(),
  gapCount: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;
export const planListSchema = z.object({ plans: z.array(planSummarySchema) });

export const assignmentSchema = z.object({
  id: z.string(),
  userId: z.string(),
  date: z.string(),
  part: dayPartSchema,
  activity: activitySchema,
  pinned: z.boolean(),
});
export type PlanAssignment = z.infer<typeof assignmentSchema>;

export const coverageGapSchema = z.object({
  date: z.string(),
  part: dayPartSchema,
  /** `field:<field>`, `floor:<lang>`, `reception:<lang>` or `stewards`. */
  rule: z.string(),
  missing: z.number().int(),
  /** Why, in the request's language ("no Dutch-speaking specialist … : 2 are on leave, …"). */
  explanation: z.string(),
  qualified: z.number().int(),
  onLeave: z.number().int(),
  offThatDay: z.number().int(),
  atWeeklyLimit: z.number().int(),
  busyElsewhere: z.number().int(),
});
export type CoverageGap = z.infer<typeof coverageGapSchema>;

/**
 * An organisation's planned hours against its agreed share. Shares are of the hours planned for the
 * organisations that have an agreed share (their agreed percentages rescaled to sum to 100); an
 * organisation without one has null shares and target.
 */
export const organisationShareSchema = z.object({
  organisationId: z.string(),
  /** The agreed (funding) percentage as recorded for the organisation. */
  agreedPercent: z.number().nullable(),
  /** The agreed share of the funded organisations' planned hours, in percent (after rescaling). */
  targetPercent: z.number().nullable(),
  targetHours: z.number().nullable(),
  plannedHours: z.number(),
  plannedPercent: z.number().nullable(),
});
export type OrganisationShare = z.infer<typeof organisationShareSchema>;

export const planDetailSchema = planSummarySchema.extend({
  assignments: z.array(assignmentSchema),
  gaps: z.array(coverageGapSchema),
  /** Per organisation with planned people: agreed share vs planned share of the hours. */
  organisationShares: z.array(organisationShareSchema),
  /** The people the plan is about (the board's rows). */
  staff: z.array(rosterStaffSchema),
  shifts: z.array(shiftSchema),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const pinInputSchema = z.strictObject({
  userId: uuidSchema,
  date: dateSchema,
  part: dayPartSchema,
  activity: activitySchema,
});
export type PinInput = z.infer<typeof pinInputSchema>;
export const unpinParamsSchema = z.strictObject({ siteSlug: slugSchema, id: uuidSchema, assignmentId: uuidSchema });

export const planChangeSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  date: z.string(),
  part: dayPartSchema,
  before: activitySchema.nullable(),
  after: activitySchema.nullable(),
});
export const planDiffSchema = z.object({
  planId: z.string(),
  basedOnPlanId: z.string().nullable(),
  changes: z.array(planChangeSchema),
  /** How many people's days change. */
  peopleAffected: z.number().int(),
});
export type PlanDiff = z.infer<typeof planDiffSchema>;

/* ---------- staff self-service ---------- */
export const myShiftSchema = z.object({
  planId: z.string(),
  date: z.string(),
  part: dayPartSchema,
  start: z.string(),
  end: z.string(),
  activity: activitySchema,
});
export const myPlanSchema = z.object({ from: z.string(), to: z.string(), shifts: z.array(myShiftSchema) });
export type MyPlan = z.infer<typeof myPlanSchema>;
export const feedSchema = z.object({ url: z.string().nullable(), createdAt: z.string().nullable() });
export type Feed = z.infer<typeof feedSchema>;
export const feedParamsSchema = z.strictObject({ token: z.string().min(20).max(100) });

/* ---------- on the day ---------- */
export const checkInSchema = z.object({
  date: z.string(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  onSite: z.boolean(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const livePersonSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  roles: z.array(plannedRoleSchema),
  fields: z.array(fieldSchema),
  languages: z.array(languageSchema),
  /** What the published plan says for now (null: not planned now). */
  plannedActivity: activitySchema.nullable(),
  onSite: z.boolean(),
});
export const liveLineSchema = z.object({
  rule: z.string(),
  needed: z.number().int(),
  planned: z.number().int(),
  present: z.number().int(),
});
export const liveCellSchema = z.object({
  field: fieldSchema,
  language: z.enum(LANGUAGES),
  planned: z.number().int(),
  present: z.number().int(),
});
export const liveCoverageSchema = z.object({
  date: z.string(),
  at: z.string(),
  /** The half-day now, or null when the site is closed. */
  part: dayPartSchema.nullable(),
  lines: z.array(liveLineSchema),
  /** Fields × languages: counsellors planned now, and those of them (or others) checked in. */
  cells: z.array(liveCellSchema),
  people: z.array(livePersonSchema),
});
export type LiveCoverage = z.infer<typeof liveCoverageSchema>;

/* ---------- site events ---------- */
/** Data of a `roster.changed` event (plan ids only; screens re-read what they show). */
export const rosterEventDataSchema = z.object({
  planId: z.string().nullable(),
  kind: z.enum(['plan', 'solve_progress', 'solved', 'pins', 'published', 'rules', 'contracts', 'availability']),
  progress: z
    .object({ objective: z.number().nullable(), bound: z.number().nullable(), gap: z.number().nullable() })
    .optional(),
});
export type RosterEventData = z.infer<typeof rosterEventDataSchema>;
/**
 * Data of a `checkin.changed` event. It says only that someone arrived or left: the site's stream also reaches
 * its kiosks and display boards, and who it was is in the audit log (screens that show it read it again).
 */
export const checkinEventDataSchema = z.object({ onSite: z.boolean() });
