import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Field, Language } from '../../src/common/domain.js';
import type { StaffTicket, TicketView } from '../../src/common/visits/schemas.js';
import { tickets } from '../../src/server/db/schema/index.js';
import { forEachBackend } from '../support/app.js';
import { type Client, nextIp } from '../support/client.js';
import { activeTickets, issue, makeVisitSite, openDesk } from '../support/visits.js';

const FIELDS: Field[] = ['work', 'train'];
const LANGS: Language[] = ['fr', 'nl'];

forEachBackend('visits: concurrency', (get) => {
  it('30 desks pressing call-next at the same instant never get the same ticket', async () => {
    const site = await makeVisitSite(get(), { desks: 30 });
    const reception = await site.staff(['reception']);
    for (let i = 0; i < 20; i++)
      await issue(reception, site.slug, FIELDS[i % 2] as Field, LANGS[(i >> 1) % 2] as Language);
    const counsellors: Client[] = [];
    for (let i = 0; i < 30; i++) {
      // Everyone serves the four queues; some also serve others (with nobody waiting there).
      const c = await site.counsellor(
        i % 3 === 0 ? [...FIELDS, 'move'] : FIELDS,
        i % 2 === 0 ? [...LANGS, 'en'] : LANGS,
      );
      await openDesk(c, site.slug, site.deskIds[i] as string);
      counsellors.push(c);
    }
    expect(await activeTickets(reception, site.slug)).toHaveLength(20);

    const responses = await Promise.all(counsellors.map((c) => c.post(`/api/sites/${site.slug}/desk/call-next`)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(30).fill(200));
    const called = responses
      .map((r) => (r.json() as { ticket: StaffTicket | null }).ticket)
      .filter((t): t is StaffTicket => t !== null);
    const ids = called.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rows = await get().database.db.select().from(tickets).where(eq(tickets.siteId, site.id));
    const calledRows = rows.filter((r) => r.status === 'called');
    expect(calledRows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(new Set(calledRows.map((r) => r.deskSessionId)).size).toBe(calledRows.length);
    expect(calledRows.length).toBe(Math.min(30, 20));
    expect(called.length).toBe(20);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(0);
  });

  it('50 concurrent issues get unique, consecutive daily numbers', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        reception.post(
          `/api/sites/${site.slug}/tickets`,
          { field: 'work', language: 'fr' },
          { 'x-forwarded-for': nextIp() },
        ),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const codes = responses.map((r) => (r.json() as TicketView).code).sort();
    expect(codes).toEqual(Array.from({ length: 50 }, (_, i) => `W ${String(i + 1).padStart(3, '0')}`));
    const tokens = new Set(responses.map((r) => (r.json() as TicketView).token));
    expect(tokens.size).toBe(50);
  });

  it('one desk pressing call-next five times at once calls one client; start and end twice at once act once', async () => {
    const site = await makeVisitSite(get(), { desks: 1 });
    const reception = await site.staff(['reception']);
    for (let i = 0; i < 5; i++) await issue(reception, site.slug, 'work', 'fr');
    const counsellor = await site.counsellor(['work'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const presses = await Promise.all(
      Array.from({ length: 5 }, () => counsellor.post(`/api/sites/${site.slug}/desk/call-next`)),
    );
    const ok = presses.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(1);
    expect(presses.filter((r) => r.statusCode === 409).map((r) => (r.json() as { code: string }).code)).toEqual(
      Array(4).fill('desk.busy'),
    );
    const ticket = (ok.map((r) => r.json() as { ticket: StaffTicket })[0] as { ticket: StaffTicket }).ticket;
    const rows = await get().database.db.select().from(tickets).where(eq(tickets.siteId, site.id));
    expect(rows.filter((r) => r.status === 'called').map((r) => r.id)).toEqual([ticket.id]);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(4);

    const path = `/api/sites/${site.slug}/desk/tickets/${ticket.id}`;
    const starts = await Promise.all([counsellor.post(`${path}/start`), counsellor.post(`${path}/start`)]);
    expect(starts.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const outcome = { outcomeType: 'information', fieldsHandled: ['work', 'work'], referrals: [] };
    const ends = await Promise.all([counsellor.post(`${path}/end`, outcome), counsellor.post(`${path}/end`, outcome)]);
    expect(ends.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [done] = await get().database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(done).toMatchObject({ status: 'done', outcomeType: 'information', fieldsHandled: ['work'], referrals: [] });
    expect(done?.startedAt).not.toBeNull();
    expect(done?.endedAt).not.toBeNull();
  });
});
