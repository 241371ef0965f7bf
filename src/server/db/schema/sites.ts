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
import type { LocalizedText, OpeningHours } from '../../../common/schemas/shared.js';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const sites = pgTable('sites', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  address: text('address').notNull(),
  timeZone: text('time_zone').notNull(),
  languages: text('languages').array().notNull(),
  fields: text('fields').array().notNull(),
  openingHours: jsonb('opening_hours').$type<OpeningHours>().notNull(),
  timeLimits: jsonb('time_limits')
    .$type<{ counsellingMinutes: number; computerMinutes: number; tabletMinutes: number }>()
    .notNull(),
  branding: jsonb('branding').$type<{ primaryColor: string; accentColor: string }>().notNull(),
  createdAt: createdAt(),
});

export const organisations = pgTable('organisations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  kind: text('kind').notNull(),
  website: text('website'),
  fundingSharePercent: doublePrecision('funding_share_percent'),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    passwordHash: text('password_hash'),
    preferredLanguage: text('preferred_language').notNull().default('fr'),
    languages: text('languages').array().notNull(),
    fields: text('fields').array().notNull(),
    contractHours: doublePrecision('contract_hours').notNull().default(0),
    trainedOn: date('trained_on'),
    active: boolean('active').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_organisation_idx').on(t.organisationId)],
);

export const userSiteRoles = pgTable(
  'user_site_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.siteId, t.role] }), index('user_site_roles_site_idx').on(t.siteId)],
);

export const zones = pgTable(
  'zones',
  {
    id: id(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [uniqueIndex('zones_site_code_key').on(t.siteId, t.code)],
);

export const desks = pgTable(
  'desks',
  {
    id: id(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    label: text('label').notNull(),
    zoneId: uuid('zone_id').references(() => zones.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('desks_site_number_key').on(t.siteId, t.number)],
);

export const rooms = pgTable(
  'rooms',
  {
    id: id(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    capacity: integer('capacity').notNull(),
    equipment: text('equipment').array().notNull(),
    zoneId: uuid('zone_id').references(() => zones.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('rooms_site_name_key').on(t.siteId, t.name)],
);

export const stations = pgTable(
  'stations',
  {
    id: id(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    kind: text('kind').notNull(),
    zoneId: uuid('zone_id').references(() => zones.id, { onDelete: 'set null' }),
    outOfOrder: boolean('out_of_order').notNull().default(false),
    note: text('note'),
  },
  (t) => [uniqueIndex('stations_site_label_key').on(t.siteId, t.label)],
);

export const devices = pgTable(
  'devices',
  {
    id: id(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    stationId: uuid('station_id').references(() => stations.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('pending'),
    codeHash: text('code_hash'),
    codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }),
    tokenHash: text('token_hash'),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('devices_code_hash_key').on(t.codeHash),
    uniqueIndex('devices_token_hash_key').on(t.tokenHash),
    index('devices_site_idx').on(t.siteId),
  ],
);
