/**
 * Helpers for the walk-in visits tests: a fresh site per test that is open right now whatever the
 * hour or weekday of the run (open all week, in a time zone where it is about noon), desks, signed-in
 * staff without the cost of a password check, kiosks, and small wrappers around the ticket routes.
 */
import { expect } from 'vitest';
import { type Field, type Language, type Role, WEEKDAYS } from '../../src/common/domain.js';
import type { OpeningHours } from '../../src/common/schemas/shared.js';
import type { DeskState, StaffTicket, TicketView, VisitSettings } from '../../src/common/visits/schemas.js';
import type { Db } from '../../src/server/db/client.js';
import { desks, visitSettings } from '../../src/server/db/schema/index.js';
import { createSession } from '../../src/server/platform/auth/sessions.js';
import type { App } from '../../src/server/platform/context.js';
import type { TestContext } from './app.js';
import { anonymous, Client } from './client.js';
import { makeSite, makeStaff, type StaffOptions } from './factories.js';

export const ALL_WEEK: OpeningHours = Object.fromEntries(
  WEEKDAYS.map((d) => [d, [{ open: '00:00', close: '23:59' }]]),
) as OpeningHours;
export const NEVER_OPEN: OpeningHours = Object.fromEntries(
  WEEKDAYS.map((d): [string, OpeningHours['mon']] => [d, []]),
) as OpeningHours;

/** A fixed-offset zone where the wall clock reads about noon now, so a run never straddles midnight. */
export function middayZone(now = new Date()): string {
  const offset = 12 - now.getUTCHours();
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** Signs a staff member in by creating their session directly (no argon2 check per client). */
export async function clientFor(app: App, db: Db, userId: string): Promise<Client> {
  const { token, csrfToken } = await createSession(db, userId, { idleMinutes: 240, absoluteHours: 12 });
  const client = new Client(app);
  client.sessionCookie = token;
  client.csrfToken = csrfToken;
  return client;
}

export async function staffClient(t: TestContext, options: StaffOptions) {
  const user = await makeStaff(t.database.db, options);
  return { user, client: await clientFor(t.app, t.database.db, user.id) };
}

export const DEFAULT_SETTINGS: VisitSettings = {
  recallLimit: 2,
  closeBeforeMinutes: 0,
  transferredFirst: true,
  ratios: [],
};

export type VisitSite = {
  id: string;
  slug: string;
  deskIds: string[];
  staff(roles: Role[], fields?: Field[], languages?: Language[]): Promise<Client>;
  counsellor(fields: Field[], languages: Language[]): Promise<Client>;
};

/** A site of its own for one test: open now, all six fields and three languages, `deskCount` desks. */
export async function makeVisitSite(
  t: TestContext,
  options: { desks?: number; settings?: Partial<VisitSettings>; openingHours?: OpeningHours } = {},
): Promise<VisitSite> {
  const db = t.database.db;
  const site = await makeSite(db, { openingHours: options.openingHours ?? ALL_WEEK, timeZone: middayZone() });
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  await db.insert(visitSettings).values({
    siteId: site.id,
    recallLimit: settings.recallLimit,
    closeBeforeMinutes: settings.closeBeforeMinutes,
    rules: { transferredFirst: settings.transferredFirst, ratios: settings.ratios },
  });
  const count = options.desks ?? 4;
  const rows = await db
    .insert(desks)
    .values(Array.from({ length: count }, (_, i) => ({ siteId: site.id, number: i + 1, label: `Desk ${i + 1}` })))
    .returning({ id: desks.id, number: desks.number });
  const deskIds = rows.sort((a, b) => a.number - b.number).map((d) => d.id);
  const staff = async (roles: Role[], fields: Field[] = [], languages: Language[] = ['fr']) =>
    (await staffClient(t, { roles, siteId: site.id, fields, languages })).client;
  return {
    id: site.id,
    slug: site.slug,
    deskIds,
    staff,
    counsellor: (fields, languages) => staff(['counsellor'], fields, languages),
  };
}

/** Issues a ticket at reception; asserts 201. */
export async function issue(client: Client, slug: string, field: Field, language: Language): Promise<TicketView> {
  const response = await client.post(`/api/sites/${slug}/tickets`, { field, language });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as TicketView;
}

/** Today's active tickets as reception sees them (with ids). */
export async function activeTickets(reception: Client, slug: string): Promise<StaffTicket[]> {
  const response = await reception.get(`/api/sites/${slug}/tickets`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as StaffTicket[];
}

/** The staff id of a ticket reception issued (looked up by its token). */
export async function idOf(reception: Client, slug: string, view: TicketView): Promise<string> {
  const found = (await activeTickets(reception, slug)).find((t) => t.token === view.token);
  if (!found) throw new Error(`ticket ${view.code} is not active`);
  return found.id;
}

export async function openDesk(client: Client, slug: string, deskId: string): Promise<DeskState> {
  const response = await client.post(`/api/sites/${slug}/desk/open`, { deskId });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as DeskState;
}

/** Presses "call next"; asserts 200 and returns the ticket called (or null). */
export async function callNext(client: Client, slug: string): Promise<StaffTicket | null> {
  const response = await client.post(`/api/sites/${slug}/desk/call-next`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { ticket: StaffTicket | null }).ticket;
}

/** Runs a desk action on a ticket; asserts 200. */
export async function act(client: Client, slug: string, id: string, action: string, body?: unknown) {
  const response = await client.post(`/api/sites/${slug}/desk/tickets/${id}/${action}`, body);
  expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
  return response.json() as StaffTicket;
}

export async function deskState(client: Client, slug: string): Promise<DeskState> {
  const response = await client.get(`/api/sites/${slug}/desk`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as DeskState;
}

export async function phoneView(app: App, token: string): Promise<TicketView> {
  const response = await anonymous(app).get(`/api/tickets/${token}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TicketView;
}

/** Enrols a kiosk at a site (by an admin there) and claims it; returns a client with its bearer token. */
export async function kioskClient(app: App, admin: Client, slug: string) {
  const enrolled = await admin.post(`/api/sites/${slug}/devices`, { kind: 'kiosk', label: 'Kiosk', stationId: null });
  expect(enrolled.statusCode, enrolled.body).toBe(201);
  const { device, code } = enrolled.json() as { device: { id: string }; code: string };
  const kiosk = anonymous(app);
  const claim = await kiosk.post('/api/devices/claim', { code });
  expect(claim.statusCode, claim.body).toBe(201);
  kiosk.bearer = (claim.json() as { token: string }).token;
  return { kiosk, deviceId: device.id };
}

export const END_BODY = { outcomeType: 'guidance', fieldsHandled: ['work'], referrals: [] } as const;
