import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { siteParts } from '../../src/common/site-time.js';
import type { QueuesSnapshot, StaffTicket } from '../../src/common/visits/schemas.js';
import { sites } from '../../src/server/db/schema/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous, nextIp } from '../support/client.js';
import { expectProblem, fieldsOf } from '../support/problem.js';
import {
  act,
  activeTickets,
  callNext,
  deskState,
  END_BODY,
  idOf,
  issue,
  kioskClient,
  makeVisitSite,
  middayZone,
  NEVER_OPEN,
  openDesk,
} from '../support/visits.js';

forEachBackend('visits: bad input and stale actions', (get) => {
  it('refuses unknown fields and languages, and those the site does not offer, issuing nothing', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const url = `/api/sites/${site.slug}/tickets`;
    const bad = async (body: unknown, fields: string[]) =>
      expect(fieldsOf(expectProblem(await reception.post(url, body), 400, 'validation.failed'))).toEqual(fields);
    await bad({ field: 'astrology', language: 'fr' }, ['field']);
    await bad({ field: 'work', language: 'de' }, ['language']);
    await bad({ field: 'work', language: 'fr', name: 'Jan' }, ['name']);
    await bad({ field: 'work', language: 'fr', audience: 'retired' }, ['audience']);
    await get()
      .database.db.update(sites)
      .set({ fields: ['work', 'train'], languages: ['fr', 'nl'] })
      .where(eq(sites.id, site.id));
    await bad({ field: 'move', language: 'fr' }, ['field']);
    await bad({ field: 'work', language: 'en' }, ['language']);
    expect(await activeTickets(reception, site.slug)).toEqual([]);
    expect((await issue(reception, site.slug, 'work', 'nl')).code).toBe('W 001');
  });

  it('refuses tickets when the site is closed and in the last minutes before closing', async () => {
    const closed = await makeVisitSite(get(), { openingHours: NEVER_OPEN });
    const reception = await closed.staff(['reception']);
    const body = { field: 'work', language: 'fr' };
    expectProblem(await reception.post(`/api/sites/${closed.slug}/tickets`, body), 409, 'queue.closed');

    const zone = middayZone();
    const minutes = siteParts(new Date(), zone).minutes + 60;
    const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const hours = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ open: '00:00', close: hhmm }]]),
    ) as typeof NEVER_OPEN;
    const closing = await makeVisitSite(get(), { openingHours: hours, settings: { closeBeforeMinutes: 90 } });
    const desk = await closing.staff(['reception']);
    expectProblem(await desk.post(`/api/sites/${closing.slug}/tickets`, body), 409, 'queue.closed');
    const snapshot = (await desk.get(`/api/sites/${closing.slug}/queues`)).json() as QueuesSnapshot;
    expect(snapshot).toMatchObject({ open: true, issuing: false });
    expect(await activeTickets(desk, closing.slug)).toEqual([]);
  });

  it('never lets one site act on a ticket of another', async () => {
    const a = await makeVisitSite(get());
    const b = await makeVisitSite(get());
    const receptionA = await a.staff(['reception']);
    const receptionB = await b.staff(['reception']);
    const ticket = await issue(receptionA, a.slug, 'work', 'fr');
    const id = await idOf(receptionA, a.slug, ticket);
    expectProblem(await receptionB.post(`/api/sites/${b.slug}/tickets/${id}/cancel`), 404, 'resource.not_found');
    expectProblem(await receptionB.post(`/api/sites/${a.slug}/tickets/${id}/cancel`), 403, 'auth.forbidden');
    expectProblem(await receptionB.get(`/api/sites/${b.slug}/tickets/${id}`), 404, 'resource.not_found');
    const counsellorB = await b.counsellor(['work'], ['fr']);
    await openDesk(counsellorB, b.slug, b.deskIds[0] as string);
    const call = await counsellorB.post(`/api/sites/${b.slug}/desk/tickets/${id}/call`, { reason: 'cross-site' });
    expectProblem(call, 404, 'resource.not_found');
    expect(await callNext(counsellorB, b.slug)).toBeNull();
    expectProblem(
      await counsellorB.post(`/api/sites/${b.slug}/desk/open`, { deskId: a.deskIds[1] }),
      400,
      'validation.failed',
    );
    expect((await activeTickets(receptionA, a.slug)).map((t) => t.status)).toEqual(['waiting']);
  });

  it('answers stale and foreign desk actions with 409 and changes nothing', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const first = await issue(reception, site.slug, 'work', 'fr');
    await issue(reception, site.slug, 'work', 'fr');
    const one = await site.counsellor(['work'], ['fr']);
    const two = await site.counsellor(['work'], ['fr']);
    const url = (id: string, action: string) => `/api/sites/${site.slug}/desk/tickets/${id}/${action}`;

    expectProblem(await one.post(`/api/sites/${site.slug}/desk/call-next`), 409, 'desk.not_open');
    const firstId = await idOf(reception, site.slug, first);
    expectProblem(await one.post(url(firstId, 'start')), 409, 'desk.not_open');
    await openDesk(one, site.slug, site.deskIds[0] as string);
    expectProblem(await two.post(`/api/sites/${site.slug}/desk/open`, { deskId: site.deskIds[0] }), 409, 'desk.taken');
    await openDesk(two, site.slug, site.deskIds[1] as string);

    const called = (await callNext(one, site.slug)) as StaffTicket;
    expect(called.id).toBe(firstId);
    expectProblem(await one.post(`/api/sites/${site.slug}/desk/call-next`), 409, 'desk.busy');
    expectProblem(await two.post(url(called.id, 'call'), { reason: 'already called' }), 409, 'ticket.wrong_state');
    for (const action of ['start', 'recall', 'park']) {
      expectProblem(await two.post(url(called.id, action)), 409, 'ticket.not_held');
    }
    expectProblem(await two.post(url(called.id, 'end'), END_BODY), 409, 'ticket.not_held');
    const transfer = { field: 'train', language: 'fr', note: null };
    expectProblem(await two.post(url(called.id, 'transfer'), transfer), 409, 'ticket.not_held');
    expect((await deskState(one, site.slug)).current).toMatchObject({ id: called.id, status: 'called', recalls: 0 });

    expectProblem(await one.post(url(called.id, 'end'), END_BODY), 409, 'ticket.wrong_state');
    expectProblem(await one.post(url(called.id, 'resume')), 409, 'desk.busy');
    await act(one, site.slug, called.id, 'start');
    await act(one, site.slug, called.id, 'end', END_BODY);
    expectProblem(await one.post(url(called.id, 'end'), END_BODY), 409, 'ticket.wrong_state');
    expectProblem(await one.post(url(called.id, 'start')), 409, 'ticket.wrong_state');
    expectProblem(
      await reception.post(`/api/sites/${site.slug}/tickets/${called.id}/cancel`),
      409,
      'ticket.wrong_state',
    );
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectProblem(await one.post(url(unknown, 'start')), 404, 'resource.not_found');
    expect((await activeTickets(reception, site.slug)).map((t) => t.status)).toEqual(['waiting']);
  });

  it('checks roles: counsellors do not issue or cancel, reception does not call', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const counsellor = await site.counsellor(['work'], ['fr']);
    const ticket = await issue(reception, site.slug, 'work', 'fr');
    const id = await idOf(reception, site.slug, ticket);
    const body = { field: 'work', language: 'fr' };
    expectProblem(await counsellor.post(`/api/sites/${site.slug}/tickets`, body), 403, 'auth.forbidden');
    expectProblem(await counsellor.post(`/api/sites/${site.slug}/tickets/${id}/cancel`), 403, 'auth.forbidden');
    expectProblem(
      await counsellor.post(`/api/sites/${site.slug}/directions`, {
        target: 'digital',
        organisationId: null,
        people: 1,
      }),
      403,
      'auth.forbidden',
    );
    expectProblem(
      await reception.post(`/api/sites/${site.slug}/desk/open`, { deskId: site.deskIds[0] }),
      403,
      'auth.forbidden',
    );
    expectProblem(await reception.post(`/api/sites/${site.slug}/desk/call-next`), 403, 'auth.forbidden');
    expectProblem(
      await reception.post(`/api/sites/${site.slug}/desk/tickets/${id}/call`, { reason: 'please' }),
      403,
      'auth.forbidden',
    );
    const nobody = anonymous(get().app);
    expectProblem(await nobody.post(`/api/sites/${site.slug}/tickets`, body), 401, 'auth.required');
    expectProblem(await nobody.post('/api/kiosk/tickets', body), 401, 'device.token_invalid');
    expect((await activeTickets(reception, site.slug)).map((t) => t.status)).toEqual(['waiting']);
  });

  it('refuses a revoked kiosk and limits a flood from one kiosk, whatever its address', async () => {
    const site = await makeVisitSite(get());
    const admin = await site.staff(['admin']);
    const { kiosk, deviceId } = await kioskClient(get().app, admin, site.slug);
    const body = { field: 'move', language: 'en' };
    const answers = [];
    for (let i = 0; i < 31; i++)
      answers.push(await kiosk.post('/api/kiosk/tickets', body, { 'x-forwarded-for': nextIp() }));
    expect(answers.slice(0, 30).map((r) => r.statusCode)).toEqual(Array(30).fill(201));
    expectProblem(answers[30] as (typeof answers)[number], 429, 'rate.limited');
    const reception = await site.staff(['reception']);
    expect(await activeTickets(reception, site.slug)).toHaveLength(30);

    const other = await kioskClient(get().app, admin, site.slug);
    expect((await other.kiosk.post('/api/kiosk/tickets', body)).statusCode).toBe(201);
    expect((await admin.post(`/api/sites/${site.slug}/devices/${other.deviceId}/revoke`)).statusCode).toBe(200);
    expectProblem(await other.kiosk.post('/api/kiosk/tickets', body), 401, 'device.revoked');
    expect(await activeTickets(reception, site.slug)).toHaveLength(31);
    expect(deviceId).not.toBe(other.deviceId);
  });
});
