import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { QueuesSnapshot, StaffTicket } from '../../src/common/visits/schemas.js';
import { tickets } from '../../src/server/db/schema/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { makeOrganisation, signInDemo } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';
import {
  ALL_WEEK,
  act,
  activeTickets,
  callNext,
  DEFAULT_SETTINGS,
  deskState,
  END_BODY,
  idOf,
  issue,
  makeVisitSite,
  middayZone,
  NEVER_OPEN,
  openDesk,
  phoneView,
} from '../support/visits.js';

forEachBackend('visits: the walk-in journey', (get) => {
  it('numbers tickets per letter and day, and the phone page shows position and status', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const codes = [];
    for (const [field, language] of [
      ['work', 'fr'],
      ['work', 'nl'],
      ['train', 'fr'],
      ['work', 'en'],
      ['work', 'fr'],
    ] as const) {
      codes.push((await issue(reception, site.slug, field, language)).code);
    }
    expect(codes).toEqual(['W 001', 'W 002', 'T 001', 'W 003', 'W 004']);
    const last = await issue(reception, site.slug, 'work', 'fr');
    expect(last).toMatchObject({ code: 'W 005', status: 'waiting', position: 3, estimate: null, desk: null });
    expect(last.token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    const phone = await phoneView(get().app, last.token);
    expect(phone).toMatchObject({ code: 'W 005', position: 3, status: 'waiting', siteSlug: site.slug });
    const listed = await activeTickets(reception, site.slug);
    expect(listed.map((t) => t.code)).toEqual([...codes, 'W 005']);
  });

  it('a kiosk claims its code and issues tickets; a closed site refuses them and numbers nothing', async () => {
    const t = get();
    const admin = await signInDemo(t.app, 'admin');
    const manager = await signInDemo(t.app, 'manager');
    const patch = await admin.patch('/api/sites/brussels', { openingHours: ALL_WEEK, timeZone: middayZone() });
    expect(patch.statusCode, patch.body).toBe(200);
    const settings = await manager.put('/api/sites/brussels/visit-settings', DEFAULT_SETTINGS);
    expect(settings.statusCode, settings.body).toBe(200);

    const kiosk = anonymous(t.app);
    const claim = await kiosk.post('/api/devices/claim', { code: t.demo.deviceCodes[0]?.code });
    expect(claim.statusCode, claim.body).toBe(201);
    kiosk.bearer = (claim.json() as { token: string }).token;
    const body = { field: 'choose', language: 'nl', audience: 'student', channel: 'poster' };
    const first = await kiosk.post('/api/kiosk/tickets', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ code: 'C 001', language: 'nl', status: 'waiting', siteSlug: 'brussels' });

    expect((await admin.patch('/api/sites/brussels', { openingHours: NEVER_OPEN })).statusCode).toBe(200);
    expectProblem(await kiosk.post('/api/kiosk/tickets', body), 409, 'queue.closed');
    const reception = await signInDemo(t.app, 'reception');
    expectProblem(
      await reception.post('/api/sites/brussels/tickets', { field: 'choose', language: 'nl' }),
      409,
      'queue.closed',
    );
    const snapshot = (await reception.get('/api/sites/brussels/queues')).json() as QueuesSnapshot;
    expect(snapshot).toMatchObject({ open: false, issuing: false });

    expect((await admin.patch('/api/sites/brussels', { openingHours: ALL_WEEK })).statusCode).toBe(200);
    const again = await kiosk.post('/api/kiosk/tickets', { field: 'choose', language: 'fr' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ code: 'C 002' });
    const mine = (await activeTickets(reception, 'brussels')).filter((x) => x.code.startsWith('C '));
    expect(mine.map((x) => [x.code, x.audience])).toEqual([
      ['C 001', 'student'],
      ['C 002', null],
    ]);
  });

  it('a counsellor sees only their queues and call-next gives the oldest eligible ticket', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    await issue(reception, site.slug, 'move', 'fr');
    await issue(reception, site.slug, 'work', 'en');
    const w = await issue(reception, site.slug, 'work', 'fr');
    const tr = await issue(reception, site.slug, 'train', 'nl');
    const counsellor = await site.counsellor(['work', 'train'], ['fr', 'nl']);
    const state = await openDesk(counsellor, site.slug, site.deskIds[2] as string);
    const queues = (state.session?.queues ?? []).map((q) => `${q.field}:${q.language}`).sort();
    expect(queues).toEqual(['train:fr', 'train:nl', 'work:fr', 'work:nl']);
    expect(state.session?.desk.number).toBe(3);
    expect(state.waiting.map((x) => x.code)).toEqual([w.code, tr.code]);

    const called = await callNext(counsellor, site.slug);
    expect(called).toMatchObject({ code: w.code, status: 'called', deskId: site.deskIds[2] });
    const phone = await phoneView(get().app, w.token);
    expect(phone).toMatchObject({ status: 'called', position: null, desk: { number: 3 } });
    expect((await phoneView(get().app, tr.token)).position).toBe(1);
    const after = await deskState(counsellor, site.slug);
    expect(after.current?.code).toBe(w.code);
    expect(after.waiting.map((x) => x.code)).toEqual([tr.code]);
  });

  it('starts and ends a session with an anonymous outcome; referrals must be real organisations', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const ticket = await issue(reception, site.slug, 'work', 'fr');
    const counsellor = await site.counsellor(['work'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const called = (await callNext(counsellor, site.slug)) as StaffTicket;
    const started = await act(counsellor, site.slug, called.id, 'start');
    expect(started.status).toBe('in_session');
    expect(started.startedAt).not.toBeNull();

    const unknown = { ...END_BODY, referrals: ['00000000-0000-4000-8000-000000000000'] };
    const refused = await counsellor.post(`/api/sites/${site.slug}/desk/tickets/${called.id}/end`, unknown);
    expect(fieldsOf(expectProblem(refused, 400, 'validation.failed'))).toEqual(['referrals']);
    expect((await deskState(counsellor, site.slug)).current?.status).toBe('in_session');

    const org = await makeOrganisation(get().database.db);
    const body = { outcomeType: 'referral', fieldsHandled: ['work', 'train', 'work'], referrals: [org.id, org.id] };
    const ended = await act(counsellor, site.slug, called.id, 'end', body);
    expect(ended.status).toBe('done');
    expect((await phoneView(get().app, ticket.token)).feedbackOpen).toBe(true);
    const state = await deskState(counsellor, site.slug);
    expect(state.current).toBeNull();
    const [row] = await get().database.db.select().from(tickets).where(eq(tickets.id, called.id));
    expect(row).toMatchObject({ outcomeType: 'referral', fieldsHandled: ['work', 'train'], referrals: [org.id] });
    expect(row?.endedAt).not.toBeNull();
  });

  it('reception cancels a waiting ticket once; the phone page says so', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const ticket = await issue(reception, site.slug, 'create', 'en');
    const id = await idOf(reception, site.slug, ticket);
    const cancelled = await reception.post(`/api/sites/${site.slug}/tickets/${id}/cancel`);
    expect(cancelled.statusCode).toBe(204);
    expect((await phoneView(get().app, ticket.token)).status).toBe('cancelled');
    expectProblem(await reception.post(`/api/sites/${site.slug}/tickets/${id}/cancel`), 409, 'ticket.wrong_state');
    expect(await activeTickets(reception, site.slug)).toEqual([]);
  });

  it('records people directed elsewhere as anonymous counts', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const org = await makeOrganisation(get().database.db);
    const url = `/api/sites/${site.slug}/directions`;
    expect((await reception.post(url, { target: 'digital', organisationId: null, people: 2 })).statusCode).toBe(201);
    expect((await reception.post(url, { target: 'digital', organisationId: null, people: 3 })).statusCode).toBe(201);
    const last = await reception.post(url, { target: 'partner', organisationId: org.id, people: 1 });
    expect(last.statusCode).toBe(201);
    const sorted = (rows: unknown) =>
      (rows as { target: string }[]).sort((a, b) => a.target.localeCompare(b.target)) as unknown[];
    const expected = [
      { target: 'digital', organisationId: null, people: 5 },
      { target: 'partner', organisationId: org.id, people: 1 },
    ];
    expect(sorted(last.json())).toEqual(expected);
    expect(sorted((await reception.get(url)).json())).toEqual(expected);
    const bad = await reception.post(url, {
      target: 'partner',
      organisationId: '00000000-0000-4000-8000-000000000000',
      people: 1,
    });
    expect(fieldsOf(expectProblem(bad, 400, 'validation.failed'))).toEqual(['organisationId']);
    expect(sorted((await reception.get(url)).json())).toEqual(expected);
  });

  it('the queues snapshot counts, measures the longest wait, estimates and lists recent calls', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    for (let i = 0; i < 3; i++) await issue(reception, site.slug, 'work', 'fr');
    await issue(reception, site.slug, 'move', 'nl');
    const snap = async () => {
      const response = await reception.get(`/api/sites/${site.slug}/queues`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as QueuesSnapshot;
    };
    const queue = (s: QueuesSnapshot, key: string) => s.queues.find((q) => `${q.field}:${q.language}` === key);
    const before = await snap();
    expect(before).toMatchObject({ open: true, issuing: true, recentCalls: [] });
    expect(before.queues).toHaveLength(18);
    expect(queue(before, 'work:fr')).toMatchObject({ waiting: 3, counsellors: 0, estimate: null });
    expect(queue(before, 'work:fr')?.longestWaitMinutes).toBeGreaterThanOrEqual(0);
    expect(queue(before, 'train:fr')).toMatchObject({ waiting: 0, longestWaitMinutes: null });

    const counsellor = await site.counsellor(['work'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[1] as string);
    const open = await snap();
    expect(queue(open, 'work:fr')?.counsellors).toBe(1);
    // Three ahead at 18 minutes each (the default: 60 % of the 30-minute limit), one counsellor.
    expect(queue(open, 'work:fr')?.estimate).toMatchObject({ minutes: 54 });
    expect(queue(open, 'move:nl')?.estimate).toBeNull();

    const called = (await callNext(counsellor, site.slug)) as StaffTicket;
    const after = await snap();
    expect(queue(after, 'work:fr')?.waiting).toBe(2);
    expect(after.recentCalls).toEqual([
      expect.objectContaining({
        code: called.code,
        language: 'fr',
        recalls: 0,
        desk: expect.objectContaining({ number: 2 }),
      }),
    ]);
    expectProblem(await anonymous(get().app).get(`/api/sites/${site.slug}/queues`), 401, 'auth.required');
  });
});
