import { and, eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Field, Role } from '../../src/common/domain.js';
import type { OrganisationId, SiteId, UserId } from '../../src/common/ids.js';
import type { OpeningHours } from '../../src/common/schemas/shared.js';
import { deskSessions, desks, domainEvents, tickets, visitSettings } from '../../src/server/db/schema/index.js';
import type { StaffPrincipal } from '../../src/server/platform/auth/principal.js';
import { callNext } from '../../src/server/modules/visits/calls.service.js';
import { closeOutDays } from '../../src/server/modules/visits/day.service.js';
import { openDesk } from '../../src/server/modules/visits/desk.service.js';
import { issueTicket } from '../../src/server/modules/visits/issue.service.js';
import { parkTicket, startSession } from '../../src/server/modules/visits/sessions.service.js';
import { forEachBackend, type TestContext } from '../support/app.js';
import { makeSite, makeStaff } from '../support/factories.js';

const weekday = [
  { open: '09:00', close: '12:00' },
  { open: '13:00', close: '17:00' },
];
/** Mon–Fri with a lunch break, Brussels time. */
const HOURS: OpeningHours = { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] };
/** Wednesday 4 March 2026 in Brussels (UTC+1) at a local time. */
const wed = (hhmm: string) => new Date(`2026-03-04T${hhmm}:00+01:00`);

async function closingSite(t: TestContext) {
  const db = t.database.db;
  const site = await makeSite(db, { openingHours: HOURS, timeZone: 'Europe/Brussels' });
  await db.insert(visitSettings).values({
    siteId: site.id,
    recallLimit: 2,
    closeBeforeMinutes: 0,
    rules: { transferredFirst: true, ratios: [] },
  });
  const deskRows = await db
    .insert(desks)
    .values([1, 2].map((n) => ({ siteId: site.id, number: n, label: `D${n}` })))
    .returning();
  const siteId = site.id as SiteId;
  /** Services take a principal; this is what the auth plugin would build for a signed-in staff member. */
  const principal = async (role: Role): Promise<StaffPrincipal> => {
    const user = await makeStaff(db, { roles: [role], siteId, fields: ['work'], languages: ['fr'] });
    return {
      kind: 'staff',
      userId: user.id as UserId,
      organisationId: user.organisationId as OrganisationId,
      displayName: user.displayName,
      roles: new Map([[siteId, [role]]]),
      session: { tokenHash: 'test', csrfToken: 'test' },
    };
  };
  const counsellor = async (deskIndex: number) => {
    const actor = await principal('counsellor');
    await openDesk(db, actor, siteId, deskRows[deskIndex]?.id as string);
    return actor;
  };
  const reception = await principal('reception');
  const issue = async (at: Date, field: Field = 'work') =>
    issueTicket(db, site, siteId, { field, language: 'fr' }, { via: 'reception', actor: reception }, at);
  const statuses = async () =>
    Object.fromEntries(
      (await db.select().from(tickets).where(eq(tickets.siteId, site.id))).map((r) => [r.code, r.status]),
    );
  const openDesks = async () =>
    (
      await db
        .select()
        .from(deskSessions)
        .where(and(eq(deskSessions.siteId, site.id), isNull(deskSessions.closedAt)))
    ).length;
  const notServedEvents = async () =>
    (
      await db
        .select()
        .from(domainEvents)
        .where(and(eq(domainEvents.siteId, site.id), eq(domainEvents.type, 'ticket.not_served')))
    ).map((e) => e.data);
  return { site, siteId, counsellor, issue, statuses, openDesks, notServedEvents };
}

forEachBackend('visits: day close-out', (get) => {
  it('closes waiting, called and parked tickets and open desks after closing time, not before or at lunch', async () => {
    const db = get().database.db;
    const s = await closingSite(get());
    for (let i = 0; i < 5; i++) await s.issue(wed('09:30'));
    const one = await s.counsellor(0);
    const two = await s.counsellor(1);
    const a = await callNext(db, one, s.site, s.siteId, wed('09:40'));
    const b = await callNext(db, two, s.site, s.siteId, wed('09:41'));
    await startSession(db, two, s.siteId, b?.id as string);
    await parkTicket(db, two, s.siteId, b?.id as string);
    const c = await callNext(db, two, s.site, s.siteId, wed('09:50'));
    await startSession(db, two, s.siteId, c?.id as string);
    const before = await s.statuses();
    expect(before).toEqual({
      'W 001': 'called',
      'W 002': 'parked',
      'W 003': 'in_session',
      'W 004': 'waiting',
      'W 005': 'waiting',
    });
    expect(a?.code).toBe('W 001');

    for (const at of ['12:30', '16:59', '08:00']) {
      await closeOutDays(db, wed(at));
      expect(await s.statuses(), at).toEqual(before);
      expect(await s.openDesks()).toBe(2);
    }
    const closed = await closeOutDays(db, wed('17:00'));
    expect(closed).toBeGreaterThanOrEqual(4);
    expect(await s.statuses()).toEqual({
      'W 001': 'not_served',
      'W 002': 'not_served',
      'W 003': 'in_session',
      'W 004': 'not_served',
      'W 005': 'not_served',
    });
    expect(await s.openDesks()).toBe(0);
    expect(await s.notServedEvents()).toEqual([{ count: 4 }]);
    const [row] = await db.select().from(tickets).where(eq(tickets.code, 'W 004'));
    expect(row?.endedAt?.toISOString()).toBe(wed('17:00').toISOString());

    await closeOutDays(db, wed('18:00'));
    expect(await s.notServedEvents()).toEqual([{ count: 4 }]);
  });

  it('closes tickets of a previous day at any time, even while the site is open', async () => {
    const db = get().database.db;
    const s = await closingSite(get());
    await s.issue(wed('10:00'));
    await s.issue(wed('10:05'), 'train');
    const thursdayMorning = new Date('2026-03-05T10:00:00+01:00');
    const today = await s.issue(thursdayMorning);
    expect(today.code).toBe('W 001');
    await closeOutDays(db, thursdayMorning);
    const rows = await db.select().from(tickets).where(eq(tickets.siteId, s.site.id)).orderBy(tickets.issuedAt);
    expect(rows.map((r) => [r.serviceDate, r.code, r.status])).toEqual([
      ['2026-03-04', 'W 001', 'not_served'],
      ['2026-03-04', 'T 001', 'not_served'],
      ['2026-03-05', 'W 001', 'waiting'],
    ]);
    expect(await s.notServedEvents()).toEqual([{ count: 2 }]);
  });
});
