import { sql } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FeedReport } from '../../../common/catalogue/feed-schemas.js';
import { CATALOGUE_LANGS } from '../../../common/catalogue/languages.js';
import { agendaEvents } from './agenda.js';
import { organisations, users } from './sites.js';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Text per language code (`fr`, `nl`, `en`, …); a missing key means no label in that language. */
export type LangText = Record<string, string>;
export type LangTexts = Record<string, string[]>;

/** One row per ESCO import run and language: the version the data came from. */
export const escoImports = pgTable('catalogue_esco_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  versions: jsonb('versions').$type<Record<string, string>>().notNull(),
  counts: jsonb('counts').$type<Record<string, number>>().notNull(),
  folder: text('folder').notNull(),
  durationMs: integer('duration_ms').notNull(),
  importedAt: tz('imported_at').notNull().defaultNow(),
});

export const iscoGroups = pgTable('catalogue_isco_groups', {
  uri: text('uri').primaryKey(),
  code: text('code').notNull(),
  labels: jsonb('labels').$type<LangText>().notNull(),
});

export const occupations = pgTable(
  'catalogue_occupations',
  {
    uri: text('uri').primaryKey(),
    code: text('code'),
    iscoCode: text('isco_code'),
    labels: jsonb('labels').$type<LangText>().notNull(),
    altLabels: jsonb('alt_labels').$type<LangTexts>().notNull(),
    descriptions: jsonb('descriptions').$type<LangText>().notNull(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('catalogue_occupations_isco_idx').on(t.iscoCode)],
);

export const skills = pgTable('catalogue_skills', {
  uri: text('uri').primaryKey(),
  skillType: text('skill_type'),
  reuseLevel: text('reuse_level'),
  labels: jsonb('labels').$type<LangText>().notNull(),
  altLabels: jsonb('alt_labels').$type<LangTexts>().notNull(),
  descriptions: jsonb('descriptions').$type<LangText>().notNull(),
  /** ESCO collections the skill belongs to: green, digital, transversal, language. */
  collections: text('collections').array().notNull().default(sql`'{}'::text[]`),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const occupationSkills = pgTable(
  'catalogue_occupation_skills',
  {
    occupationUri: text('occupation_uri').notNull(),
    skillUri: text('skill_uri').notNull(),
    relation: text('relation').$type<'essential' | 'optional'>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationUri, t.skillUri] }),
    index('catalogue_occupation_skills_skill_idx').on(t.skillUri),
  ],
);

/** Curated tags: "new profession / growth sector" and regional shortage lists, each with source and year. */
export const occupationTags = pgTable(
  'catalogue_occupation_tags',
  {
    occupationUri: text('occupation_uri').notNull(),
    tag: text('tag').$type<'new_profession' | 'shortage'>().notNull(),
    region: text('region').notNull().default(''),
    source: text('source').notNull(),
    year: smallint('year').notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationUri, t.tag, t.region] })],
);

/** Precomputed career transitions: top-N most similar occupations per occupation. */
export const transitions = pgTable(
  'catalogue_transitions',
  {
    fromUri: text('from_uri').notNull(),
    toUri: text('to_uri').notNull(),
    score: real('score').notNull(),
    rank: smallint('rank').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromUri, t.rank] })],
);

/** Partner offers: trainings, vacancies, services, guides. Texts are per language. */
export const offers = pgTable(
  'catalogue_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<'training' | 'vacancy' | 'service' | 'guide'>().notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: text('status').$type<'draft' | 'published' | 'expired'>().notNull().default('draft'),
    titles: jsonb('titles').$type<LangText>().notNull(),
    descriptions: jsonb('descriptions').$type<LangText>().notNull(),
    languages: text('languages').array().notNull(),
    occupationUris: text('occupation_uris').array().notNull().default(sql`'{}'::text[]`),
    skillUris: text('skill_uris').array().notNull().default(sql`'{}'::text[]`),
    /** Kind-specific fields (provider, employer, place, schedule, cost, contract, apply link, …). */
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull(),
    closesOn: text('closes_on'),
    source: text('source'),
    sourceId: text('source_id'),
    demo: smallint('demo').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('catalogue_offers_org_idx').on(t.organisationId, t.kind),
    uniqueIndex('catalogue_offers_source_uq').on(t.organisationId, t.source, t.sourceId),
  ],
);

/**
 * The search index: one document per item and language. `tsv` is weighted (A title, B alternative labels,
 * C skills, D description) with the language's text-search configuration; `simpleTsv` the same with
 * `simple` (no stemming, for cross-language matches); `labelsNorm` holds every label of the item in every
 * language, unaccented and lower-cased, for trigram typo tolerance.
 */
export const searchDocs = pgTable(
  'catalogue_search_docs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    ref: text('ref').notNull(),
    lang: text('lang').notNull(),
    title: text('title').notNull(),
    titleLang: text('title_lang').notNull(),
    titleNorm: text('title_norm').notNull(),
    labelsNorm: text('labels_norm').notNull(),
    tsv: tsvector('tsv').notNull(),
    simpleTsv: tsvector('simple_tsv').notNull(),
    organisationId: uuid('organisation_id'),
    popularity: real('popularity').notNull().default(0),
  },
  (t) => [
    uniqueIndex('catalogue_search_docs_item_uq').on(t.kind, t.ref, t.lang),
    // for the trigram baseline of `npm run bench:search` (the search itself keeps ESCO items in memory)
    index('catalogue_search_docs_labels_trgm_idx').using('gin', sql`${t.labelsNorm} gin_trgm_ops`),
    // Partner offers are searched in SQL (ESCO items in memory): their own smaller indexes, one per
    // language for the stemmed words (a query reads only the documents of the language it is stemmed for).
    ...CATALOGUE_LANGS.map((lang) =>
      index(`catalogue_search_docs_offer_tsv_${lang}_idx`)
        .using('gin', t.tsv)
        .where(sql`${t.kind} not in ('occupation', 'skill') and ${t.lang} = ${sql.raw(`'${lang}'`)}`),
    ),
    index('catalogue_search_docs_offer_simple_idx')
      .using('gin', t.simpleTsv)
      .where(sql`${t.kind} not in ('occupation', 'skill')`),
  ],
);

/**
 * Every label of every item (all languages), unaccented and lower-cased, one row each: trigram typo tolerance.
 * The search reads them into memory (ESCO items and partner offers each have their own in-memory index).
 */
export const searchLabels = pgTable(
  'catalogue_search_labels',
  {
    kind: text('kind').notNull(),
    ref: text('ref').notNull(),
    label: text('label').notNull(),
    preferred: smallint('preferred').notNull(),
  },
  (t) => [index('catalogue_search_labels_ref_idx').on(t.kind, t.ref)],
);

/**
 * One row: a counter that a trigger (migration 0013) raises whenever a partner offer's label is written or
 * removed, by any writer, so every server process knows when its in-memory index of offer labels is stale.
 */
export const searchVersion = pgTable('catalogue_search_version', {
  id: smallint('id').primaryKey().default(1),
  offerLabels: integer('offer_labels').notNull().default(0),
});

/**
 * The words of each agenda event, for the one search: kept by a trigger on `agenda_events` (migration 0014) so a
 * search reads them instead of computing them for every upcoming event; titles normalised for trigram similarity.
 */
export const eventDocs = pgTable('catalogue_event_docs', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => agendaEvents.id, { onDelete: 'cascade' }),
  tsvFr: tsvector('tsv_fr').notNull(),
  tsvNl: tsvector('tsv_nl').notNull(),
  tsvEn: tsvector('tsv_en').notNull(),
  simpleTsv: tsvector('simple_tsv').notNull(),
  titleFr: text('title_fr').notNull(),
  titleNl: text('title_nl').notNull(),
  titleEn: text('title_en').notNull(),
});

/** Feeds fetched from a URL by the server: imported when added, then refreshed by the jobs round. */
export const feedSources = pgTable(
  'catalogue_feed_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The source name its offers upsert under, with their own ids: (organisation, source, source id). */
    source: text('source').notNull(),
    url: text('url').notNull(),
    format: text('format').$type<'csv' | 'json'>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: tz('created_at').notNull().defaultNow(),
    lastRunAt: tz('last_run_at'),
    lastStatus: text('last_status').$type<'ok' | 'failed'>(),
    /** A `FeedReport`; rows written before reasons had codes hold plain words (read with `readReport`). */
    lastReport: jsonb('last_report').$type<FeedReport>(),
    lastError: text('last_error'),
  },
  (t) => [uniqueIndex('catalogue_feed_sources_source_uq').on(t.organisationId, t.source)],
);
