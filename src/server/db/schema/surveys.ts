import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../common/schemas/shared.js';
import type { Answers, Question } from '../../../common/surveys/schemas.js';
import { organisations, sites } from './sites.js';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/** A satisfaction questionnaire of a site: after a counselling session, or general (feedback tablet). */
export const questionnaires = pgTable(
  'questionnaires',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('questionnaires_site_idx').on(t.siteId, t.purpose)],
);

/** The questions of one version; a version that has answers is never changed (a new one is made). */
export const questionnaireVersions = pgTable(
  'questionnaire_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('questionnaire_versions_number_key').on(t.questionnaireId, t.version)],
);

/**
 * One anonymous response, tied to the version answered. A session response carries the ticket token
 * of the phone page (one response per token) and the coarse session attributes statistics need (field,
 * language, the counsellor's organisation) — never the counsellor. Free text is masked before storage.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => questionnaireVersions.id),
    sessionToken: text('session_token'),
    channel: text('channel').notNull(),
    serviceDate: date('service_date').notNull(),
    field: text('field'),
    language: text('language').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<Answers>().notNull(),
    /** The overall 1–5 rating, when the version has a rating question (first one), for fast statistics. */
    rating: integer('rating'),
    masked: boolean('masked').notNull().default(false),
    simulated: boolean('simulated').notNull().default(false),
    submittedAt: tz('submitted_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_responses_token_key').on(t.sessionToken).where(sql`${t.sessionToken} is not null`),
    index('survey_responses_site_day_idx').on(t.siteId, t.serviceDate),
  ],
);
