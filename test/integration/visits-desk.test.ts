import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { QueuesSnapshot, StaffTicket } from '../../src/common/visits/schemas.js';
import { auditLog, tickets } from '../../src/server/db/schema/index.js';
import { forEachBackend } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import {
  act,
  activeTickets,
  callNext,
  deskState,
  END_BODY,
  idOf,
  issue,
  makeVisitSite,
  openDesk,
  phoneView,
} from '../support/visits.js';

forEachBackend('visits: desk actions', (get) => {
  const ticketsOf = async (code: string, siteId: string) =>
    get()
      .database.db.select()
      .from(tickets)
      .where(and(eq(tickets.code, code), eq(tickets.siteId, siteId)))
      .orderBy(tickets.issuedAt);

  it('recalls up to the limit; no-show only once the recalls are used', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    await issue(reception, site.slug, 'work', 'fr');
    const counsellor = await site.counsellor(['work'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const called = (await callNext(counsellor, site.slug)) as StaffTicket;
    const url = (action: string) => `/api/sites/${site.slug}/desk/tickets/${called.id}/${action}`;
    expectProblem(await counsellor.post(url('no-show')), 409, 'ticket.recalls_remaining');
    expect((await act(counsellor, site.slug, called.id, 'recall')).recalls).toBe(1);
    expectProblem(await counsellor.post(url('no-show')), 409, 'ticket.recalls_remaining');
    expect((await act(counsellor, site.slug, called.id, 'recall')).recalls).toBe(2);
    expectProblem(await counsellor.post(url('recall')), 409, 'ticket.recall_limit');
    const snapshot = (await reception.get(`/api/sites/${site.slug}/queues`)).json() as QueuesSnapshot;
    expect(snapshot.recentCalls[0]).toMatchObject({ code: called.code, recalls: 2 });
    expect((await act(counsellor, site.slug, called.id, 'no-show')).status).toBe('no_show');
    expectProblem(await counsellor.post(url('no-show')), 409, 'ticket.wrong_state');
    expect((await deskState(counsellor, site.slug)).current).toBeNull();
  });

  it('transfers keeping code and arrival, links the legs; the phone follows; personal data in the note is refused', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const ticket = await issue(reception, site.slug, 'work', 'fr');
    const counsellor = await site.counsellor(['work'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const called = (await callNext(counsellor, site.slug)) as StaffTicket;
    await act(counsellor, site.slug, called.id, 'start');

    const url = `/api/sites/${site.slug}/desk/tickets/${called.id}/transfer`;
    for (const note of ['Rappeler au 0470 12 34 56', 'mail: jan@example.be', 'NN 85.07.30-033.28']) {
      const refused = await counsellor.post(url, { field: 'train', language: 'nl', note });
      expectProblem(refused, 400, 'note.personal_data');
    }
    expect(await ticketsOf(ticket.code, site.id)).toHaveLength(1);
    expect((await deskState(counsellor, site.slug)).current?.status).toBe('in_session');

    const note = 'Wil een opleiding lasser, niveau B1 Nederlands';
    const next = await act(counsellor, site.slug, called.id, 'transfer', { field: 'train', language: 'nl', note });
    expect(next).toMatchObject({
      code: ticket.code,
      field: 'train',
      language: 'nl',
      status: 'waiting',
      transferred: true,
      priorityAt: called.priorityAt,
      handoverNote: note,
    });
    const legs = await ticketsOf(ticket.code, site.id);
    expect(legs.map((l) => l.status)).toEqual(['transferred', 'waiting']);
    expect(legs[1]?.previousId).toBe(legs[0]?.id);
    expect(legs[1]?.priorityAt.toISOString()).toBe(legs[0]?.priorityAt.toISOString());

    const phone = await phoneView(get().app, ticket.token);
    expect(phone).toMatchObject({ code: ticket.code, field: 'train', language: 'nl', status: 'waiting', position: 1 });
    expect(phone.token).toBe(ticket.token);
    expect((await deskState(counsellor, site.slug)).current).toBeNull();
  });

  it('parks and resumes; leaving the desk sends parked clients back to their queue', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const first = await issue(reception, site.slug, 'move', 'en');
    const second = await issue(reception, site.slug, 'move', 'en');
    const counsellor = await site.counsellor(['move'], ['en']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const a = (await callNext(counsellor, site.slug)) as StaffTicket;
    expect(a.code).toBe(first.code);
    await act(counsellor, site.slug, a.id, 'start');
    expect((await act(counsellor, site.slug, a.id, 'park')).status).toBe('parked');
    let state = await deskState(counsellor, site.slug);
    expect(state.current).toBeNull();
    expect(state.parked.map((p) => p.code)).toEqual([first.code]);
    expect((await phoneView(get().app, first.token)).status).toBe('parked');

    const b = (await callNext(counsellor, site.slug)) as StaffTicket;
    expect(b.code).toBe(second.code);
    await act(counsellor, site.slug, b.id, 'start');
    expectProblem(await counsellor.post(`/api/sites/${site.slug}/desk/tickets/${a.id}/resume`), 409, 'desk.busy');
    await act(counsellor, site.slug, b.id, 'end', END_BODY);
    expect((await act(counsellor, site.slug, a.id, 'resume')).status).toBe('in_session');
    await act(counsellor, site.slug, a.id, 'park');

    const third = await issue(reception, site.slug, 'move', 'en');
    const c = (await callNext(counsellor, site.slug)) as StaffTicket;
    expect(c.code).toBe(third.code);
    expectProblem(await counsellor.post(`/api/sites/${site.slug}/desk/leave`), 409, 'desk.busy');
    await act(counsellor, site.slug, c.id, 'start');
    await act(counsellor, site.slug, c.id, 'end', END_BODY);
    const left = await counsellor.post(`/api/sites/${site.slug}/desk/leave`);
    expect(left.statusCode, left.body).toBe(200);
    expect((left.json() as { session: unknown }).session).toBeNull();
    state = await deskState(counsellor, site.slug);
    expect(state.session).toBeNull();
    const back = (await activeTickets(reception, site.slug)).find((x) => x.id === a.id);
    expect(back).toMatchObject({ status: 'waiting', deskId: null, priorityAt: a.priorityAt });
    expect(await phoneView(get().app, first.token)).toMatchObject({ status: 'waiting', position: 1, desk: null });
    expectProblem(await counsellor.post(`/api/sites/${site.slug}/desk/call-next`), 409, 'desk.not_open');
  });

  it('away and back: an away desk counts for no queue; calling makes it available again', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    await issue(reception, site.slug, 'choose', 'fr');
    const counsellor = await site.counsellor(['choose'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[3] as string);
    const counsellors = async () =>
      ((await reception.get(`/api/sites/${site.slug}/queues`)).json() as QueuesSnapshot).queues.find(
        (q) => q.field === 'choose' && q.language === 'fr',
      )?.counsellors;
    expect(await counsellors()).toBe(1);
    const away = await counsellor.put(`/api/sites/${site.slug}/desk/status`, { status: 'away' });
    expect(away.statusCode, away.body).toBe(200);
    expect((away.json() as { session: { status: string } }).session.status).toBe('away');
    expect(await counsellors()).toBe(0);
    expect((await counsellor.put(`/api/sites/${site.slug}/desk/status`, { status: 'available' })).statusCode).toBe(200);
    expect(await counsellors()).toBe(1);
    await counsellor.put(`/api/sites/${site.slug}/desk/status`, { status: 'away' });
    expect(await callNext(counsellor, site.slug)).not.toBeNull();
    expect((await deskState(counsellor, site.slug)).session?.status).toBe('available');
  });

  it('calls a specific ticket out of order with a reason, written to the audit log', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    await issue(reception, site.slug, 'work', 'nl');
    const later = await issue(reception, site.slug, 'work', 'nl');
    const elsewhere = await issue(reception, site.slug, 'work', 'en');
    const id = await idOf(reception, site.slug, later);
    const counsellor = await site.counsellor(['work'], ['nl']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const url = (ticketId: string) => `/api/sites/${site.slug}/desk/tickets/${ticketId}/call`;
    expectProblem(await counsellor.post(url(id), { reason: 'x' }), 400, 'validation.failed');
    const otherId = await idOf(reception, site.slug, elsewhere);
    expectProblem(await counsellor.post(url(otherId), { reason: 'not my queue' }), 409, 'ticket.wrong_state');

    const response = await counsellor.post(url(id), { reason: 'Rendez-vous de suivi' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ code: later.code, status: 'called' });
    const audit = await get()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ticket.call_out_of_order'), eq(auditLog.targetId, id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toEqual({ reason: 'Rendez-vous de suivi' });
    expect(audit[0]?.siteId).toBe(site.id);
  });
});
