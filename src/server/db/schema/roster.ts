import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ShortfallExplanation } from '../../../common/roster/explain-shortfall.js';
import type { CoverageRulesInput, HalfDay } from '../../../common/roster/plan-schemas.js';
import { sites, users } from './sites.js';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const siteRef = () =>
  uuid('site_id')
    .notNull()
    .references(() => sites.id, { onDelete: 'cascade' });
const userRef = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** A staff member's contract at a site: hours, part-time weekday pattern, day limits. */
export const rosterContracts = pgTable(
  'roster_contracts',
  {
    siteId: siteRef(),
    userId: userRef(),
    hoursPerWeek: doublePrecision('hours_per_week').notNull(),
    workingWeekdays: text('working_weekdays').array().notNull(),
    maxDaysPerWeek: integer('max_days_per_week').notNull(),
    maxConsecutiveDays: integer('max_consecutive_days').notNull(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.userId] })],
);

/** Half-days a person is away every week (partner duty, training), with a reason kind, never free text. */
export const rosterRecurring = pgTable(
  'roster_recurring',
  {
    siteId: siteRef(),
    userId: userRef(),
    weekday: text('weekday').notNull(),
    part: text('part').notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.userId, t.weekday, t.part] })],
);

/** Dated absences (leave, sick, training, partner duty): whole days or one half of each day. */
export const rosterAbsences = pgTable(
  'roster_absences',
  {
    id: id(),
    siteId: siteRef(),
    userId: userRef(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date').notNull(),
    part: text('part').notNull(),
    kind: text('kind').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('roster_absences_site_user_idx').on(t.siteId, t.userId, t.fromDate)],
);

/** Soft preferences: half-days a person would rather work or avoid. */
export const rosterPreferences = pgTable(
  'roster_preferences',
  {
    siteId: siteRef(),
    userId: userRef(),
    prefer: jsonb('prefer').$type<HalfDay[]>().notNull(),
    avoid: jsonb('avoid').$type<HalfDay[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.userId] })],
);

/** A site's coverage rules (one row per site; the defaults apply until a manager saves them). */
export const rosterCoverage = pgTable('roster_coverage', {
  siteId: uuid('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  rules: jsonb('rules').$type<CoverageRulesInput>().notNull(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export type StoredGap = { date: string; part: string; rule: string; missing: number; why: ShortfallExplanation };

/** A plan for a site and a period: draft, published, or superseded by a published re-plan. */
export const rosterPlans = pgTable(
  'roster_plans',
  {
    id: id(),
    siteId: siteRef(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    status: text('status').notNull().default('draft'),
    basedOnPlanId: uuid('based_on_plan_id'),
    publishedAt: tz('published_at'),
    solveStatus: text('solve_status').notNull().default('idle'),
    solveStartedAt: tz('solve_started_at'),
    solveFinishedAt: tz('solve_finished_at'),
    solveDeadline: tz('solve_deadline'),
    objective: doublePrecision('objective'),
    bound: doublePrecision('bound'),
    gap: doublePrecision('gap'),
    seconds: doublePrecision('seconds'),
    solveError: text('solve_error'),
    gaps: jsonb('gaps').$type<StoredGap[]>().notNull().default([]),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('roster_plans_site_period_idx').on(t.siteId, t.periodStart)],
);

/** One person's activity in one half-day of a plan; pinned ones survive every re-solve. */
export const rosterAssignments = pgTable(
  'roster_assignments',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => rosterPlans.id, { onDelete: 'cascade' }),
    siteId: siteRef(),
    userId: userRef(),
    date: date('date').notNull(),
    part: text('part').notNull(),
    activity: text('activity').notNull(),
    pinned: boolean('pinned').notNull().default(false),
  },
  (t) => [
    uniqueIndex('roster_assignments_slot_key').on(t.planId, t.userId, t.date, t.part),
    index('roster_assignments_site_date_idx').on(t.siteId, t.date),
  ],
);

/** "I'm on site": one row per person, site and day. */
export const rosterCheckins = pgTable(
  'roster_checkins',
  {
    siteId: siteRef(),
    userId: userRef(),
    date: date('date').notNull(),
    checkedInAt: tz('checked_in_at').notNull(),
    checkedOutAt: tz('checked_out_at'),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.userId, t.date] })],
);

/** A person's secret calendar-feed token (hashed); regenerating replaces it. */
export const rosterFeeds = pgTable('roster_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: tz('created_at').notNull().defaultNow(),
});
