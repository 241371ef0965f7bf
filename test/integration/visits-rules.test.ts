import { expect, it } from 'vitest';
import type { Field } from '../../src/common/domain.js';
import type { StaffTicket, VisitSettings } from '../../src/common/visits/schemas.js';
import { forEachBackend } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { act, callNext, DEFAULT_SETTINGS, END_BODY, issue, makeVisitSite, openDesk } from '../support/visits.js';

forEachBackend('visits: settings and priority rules', (get) => {
  it('only managers and admins change the visit settings; staff of the site read them', async () => {
    const site = await makeVisitSite(get());
    const url = `/api/sites/${site.slug}/visit-settings`;
    const manager = await site.staff(['manager']);
    const next: VisitSettings = {
      recallLimit: 3,
      closeBeforeMinutes: 15,
      transferredFirst: false,
      ratios: [{ first: 'work', second: 'train', ratio: 2 }],
    };
    for (const roles of [['counsellor'], ['reception']] as const) {
      const staff = await site.staff([...roles]);
      expectProblem(await staff.put(url, next), 403, 'auth.forbidden');
      expect((await staff.get(url)).json()).toEqual(DEFAULT_SETTINGS);
    }
    expectProblem(await manager.put(url, { ...next, recallLimit: 9 }), 400, 'validation.failed');
    const saved = await manager.put(url, next);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await manager.get(url)).json()).toEqual(next);
    const admin = await site.staff(['admin']);
    expect((await admin.put(url, DEFAULT_SETTINGS)).statusCode).toBe(200);
    const outsider = await (await makeVisitSite(get())).staff(['manager']);
    expectProblem(await outsider.put(url, next), 403, 'auth.forbidden');
  });

  it('a 2:1 ratio between two queues decides call-next over age (F F S F F S)', async () => {
    const site = await makeVisitSite(get(), {
      settings: { ratios: [{ first: 'work', second: 'train', ratio: 2 }] },
    });
    const reception = await site.staff(['reception']);
    // The train queue is always older, so age alone would call T T T … first.
    for (let i = 0; i < 4; i++) await issue(reception, site.slug, 'train', 'fr');
    for (let i = 0; i < 5; i++) await issue(reception, site.slug, 'work', 'fr');
    const counsellor = await site.counsellor(['work', 'train'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      const t = (await callNext(counsellor, site.slug)) as StaffTicket;
      order.push((t.field as Field) === 'work' ? 'F' : 'S');
      await act(counsellor, site.slug, t.id, 'start');
      await act(counsellor, site.slug, t.id, 'end', END_BODY);
    }
    expect(order.join(' ')).toBe('F F S F F S');
  });

  it('transferred tickets go first when the rule is on, by arrival when it is off', async () => {
    for (const transferredFirst of [true, false]) {
      const site = await makeVisitSite(get(), { settings: { transferredFirst } });
      const reception = await site.staff(['reception']);
      // The train:nl ticket waits longer than the one transferred to train:nl (which keeps its arrival).
      const waiting = await issue(reception, site.slug, 'train', 'nl');
      await issue(reception, site.slug, 'work', 'fr');
      const first = await site.counsellor(['work'], ['fr']);
      await openDesk(first, site.slug, site.deskIds[0] as string);
      const moving = (await callNext(first, site.slug)) as StaffTicket;
      await act(first, site.slug, moving.id, 'transfer', { field: 'train', language: 'nl', note: null });
      const second = await site.counsellor(['train'], ['nl']);
      await openDesk(second, site.slug, site.deskIds[1] as string);
      const called = (await callNext(second, site.slug)) as StaffTicket;
      expect(called.code, `transferredFirst=${transferredFirst}`).toBe(transferredFirst ? moving.code : waiting.code);
    }
  });

  it('a lower recall limit applies at once', async () => {
    const site = await makeVisitSite(get(), { settings: { recallLimit: 0 } });
    const reception = await site.staff(['reception']);
    await issue(reception, site.slug, 'create', 'fr');
    const counsellor = await site.counsellor(['create'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const t = (await callNext(counsellor, site.slug)) as StaffTicket;
    expectProblem(
      await counsellor.post(`/api/sites/${site.slug}/desk/tickets/${t.id}/recall`),
      409,
      'ticket.recall_limit',
    );
    expect((await act(counsellor, site.slug, t.id, 'no-show')).status).toBe('no_show');
  });
});
