import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { zonedInstant } from '../../src/common/agenda/rules.js';
import { agendaRound, createMailer, createNotifier } from '../../src/server/modules/agenda/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { signedInStaff, signInDemo } from '../support/factories.js';
import { expectProblem } from '../support/problem.js';

/** A local SMTP sink: every message lands in `inbox` (never the network). */
const inbox: { to: string; body: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      inbox.push({
        to: session.envelope.rcptTo.map((r) => r.address).join(','),
        body: Buffer.concat(chunks).toString(),
      });
      callback();
    });
  },
});
let smtpUrl = '';
beforeAll(async () => {
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.SMTP_URL = smtpUrl;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const mailsTo = (to: string) => inbox.filter((m) => m.to === to);
async function waitForMail(to: string, count: number) {
  for (let i = 0; i < 200 && mailsTo(to).length < count; i++) await new Promise((r) => setImmediate(r));
  return mailsTo(to);
}

function day(weeks: number, weekday: number) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((weekday - d.getUTCDay() + 7) % 7 || 7) + 7 * weeks);
  return d.toISOString().slice(0, 10);
}
const at = (date: string, time: string) => zonedInstant(date, time, 'Europe/Brussels').toISOString();

async function rooms(client: Client) {
  return (await client.get('/api/sites/brussels/rooms')).json() as { id: string; name: string; capacity: number }[];
}

forEachBackend('agenda: bookings, events, registrations, mail', (get, backend) => {
  it('refuses bad bookings with problem+json and changes nothing', async () => {
    const { app } = get();
    const partner = await signInDemo(app, 'partner');
    const room = (await rooms(partner)).find((r) => r.name === 'Salle de réunion');
    const date = day(5, 3);
    const base = { roomId: room?.id, title: 'Réunion', startsAt: at(date, '10:00'), endsAt: at(date, '11:00') };
    const before = (await partner.get('/api/sites/brussels/bookings')).json() as unknown[];
    expectProblem(
      await partner.post('/api/sites/brussels/bookings', { ...base, endsAt: at(date, '09:00') }),
      400,
      'validation.failed',
    );
    expectProblem(
      await partner.post('/api/sites/brussels/bookings', {
        ...base,
        startsAt: at(date, '18:30'),
        endsAt: at(date, '19:30'),
      }),
      409,
      'booking.outside_hours',
    );
    expectProblem(
      await partner.post('/api/sites/brussels/bookings', {
        ...base,
        startsAt: at(day(0, 6), '10:00'),
        endsAt: at(day(0, 6), '11:00'),
      }),
      409,
      'booking.outside_hours',
    );
    expectProblem(
      await partner.post('/api/sites/brussels/bookings', {
        ...base,
        startsAt: '2020-01-07T10:00:00Z',
        endsAt: '2020-01-07T11:00:00Z',
      }),
      400,
      'booking.in_past',
    );
    expectProblem(
      await partner.post('/api/sites/brussels/bookings', {
        ...base,
        organisationId: '00000000-0000-4000-8000-000000000000',
      }),
      403,
      'auth.forbidden',
    );
    expect((await partner.get('/api/sites/brussels/bookings')).json()).toEqual(before);
  });

  it('a partner books, a manager approves, the partner publishes; capacity and ownership are checked', async () => {
    const { app, database } = get();
    const [partner, manager] = await Promise.all([signInDemo(app, 'partner'), signInDemo(app, 'manager')]);
    const other = await signedInStaff(app, database.db, { roles: ['partner'] });
    const room = (await rooms(partner)).find((r) => r.name === 'Atelier 2');
    const date = day(6, 1);
    const request = await partner.post('/api/sites/brussels/bookings', {
      roomId: room?.id,
      title: 'Atelier',
      startsAt: at(date, '13:00'),
      endsAt: at(date, '15:00'),
      weekly: { until: day(8, 1), exceptions: [day(7, 1)] },
    });
    expect(request.statusCode).toBe(201);
    const series = request.json() as { id: string; status: string }[];
    expect(series.map((b) => b.status)).toEqual(['requested', 'requested']);
    expectProblem(
      await partner.post(`/api/sites/brussels/bookings/${series[0]?.id}/decision`, { decision: 'approve' }),
      403,
      'auth.forbidden',
    );
    expectProblem(
      await other.client.post(`/api/sites/brussels/bookings/${series[0]?.id}/cancel`),
      403,
      'auth.forbidden',
    );
    const approved = await manager.post(`/api/sites/brussels/bookings/${series[0]?.id}/decision`, {
      decision: 'approve',
    });
    expect((approved.json() as { status: string }[]).map((b) => b.status)).toEqual(['approved', 'approved']);
    const event = {
      bookingId: series[0]?.id,
      type: 'workshop',
      title: { fr: 'Atelier CV', nl: 'Workshop cv' },
      description: { fr: 'Votre CV', nl: 'Je cv' },
      fields: ['work'],
      audiences: ['jobseeker'],
      language: 'fr',
      capacity: 30,
      registrationMode: 'required',
      publish: true,
    };
    expectProblem(await partner.post('/api/sites/brussels/events', event), 400, 'event.capacity_above_room');
    expectProblem(
      await other.client.post('/api/sites/brussels/events', { ...event, capacity: 5 }),
      403,
      'auth.forbidden',
    );
    expectProblem(
      await partner.post('/api/sites/brussels/events', { ...event, capacity: 4 }),
      400,
      'validation.failed',
    );
    const created = await partner.post('/api/sites/brussels/events', { ...event, capacity: 5 });
    expect(created.statusCode).toBe(201);
    const body = created.json() as { id: string; missingTranslations: string[] };
    expect(body.missingTranslations).toEqual(['en']);
    expectProblem(
      await other.client.patch(`/api/sites/brussels/events/${body.id}`, { capacity: 6 }),
      403,
      'auth.forbidden',
    );
    expectProblem(
      await partner.post('/api/sites/brussels/events', { ...event, capacity: 5 }),
      409,
      'event.booking_taken',
    );

    // Public agenda and event page, with filters; the ICS files.
    const agenda = (
      await anonymous(app).get(`/api/sites/brussels/agenda?from=${date}&field=work&language=fr&organiser=sfpme`)
    ).json() as { id: string }[];
    expect(agenda.map((e) => e.id)).toContain(body.id);
    expect(
      (await anonymous(app).get(`/api/sites/brussels/agenda?from=${date}&field=create`)).json(),
    ).not.toContainEqual(expect.objectContaining({ id: body.id }));
    const ics = await anonymous(app).get(`/api/sites/brussels/agenda/events/${body.id}/event.ics`);
    expect(ics.headers['content-type'], ics.body).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect((await anonymous(app).get('/api/sites/brussels/agenda.ics')).body).toContain(`${body.id}@atrium`);
    expect((await anonymous(app).get('/api/sites/brussels/organisations/sfpme/agenda.ics')).body).toContain(
      `${body.id}@atrium`,
    );
    expect((await partner.get(`/api/sites/brussels/rooms/${room?.id}/bookings.ics`)).body).toContain('BEGIN:VEVENT');
    expectProblem(await anonymous(app).get(`/api/sites/brussels/rooms/${room?.id}/bookings.ics`), 401, 'auth.required');

    // Register until the waitlist forms; a cancellation promotes the first waitlisted, who is told by mail.
    const url = `/api/sites/brussels/agenda/events/${body.id}/registrations`;
    const results = [];
    for (let i = 0; i < 7; i++) {
      const r = await anonymous(app).post(url, {
        nickname: `p${i}`,
        email: `p${i}.${backend}@example.org`,
        language: 'nl',
      });
      expect(r.statusCode).toBe(201);
      results.push(r.json() as { token: string; status: string; waitlistPosition: number | null });
    }
    expect(results.map((r) => r.status)).toEqual([...Array(5).fill('confirmed'), 'waitlisted', 'waitlisted']);
    expect(await waitForMail(`p5.${backend}@example.org`, 1)).toHaveLength(1);
    const token = 'x'.repeat(22) + Date.now().toString(36);
    expect((await anonymous(app).post(url, { nickname: 'again', token })).statusCode).toBe(201);
    expectProblem(await anonymous(app).post(url, { nickname: 'again', token }), 409, 'registration.duplicate');
    const cancelled = await anonymous(app).post(`/api/agenda/registrations/${results[1]?.token}/cancel`);
    expect(cancelled.json()).toEqual({ promoted: 1 });
    const promotedView = (await anonymous(app).get(`/api/agenda/registrations/${results[5]?.token}`)).json() as {
      status: string;
    };
    expect(promotedView.status).toBe('confirmed');
    const mails = await waitForMail(`p5.${backend}@example.org`, 2);
    expect(mails[1]?.body).toContain('Goed nieuws');
    expectProblem(
      await anonymous(app).post(`/api/agenda/registrations/${results[1]?.token}/cancel`),
      409,
      'registration.cancelled',
    );

    // At the door: tick two, count walk-ins; the records say it.
    const list = (await partner.get(`/api/sites/brussels/events/${body.id}/registrations`)).json() as {
      id: string;
      status: string;
    }[];
    const confirmed = list.filter((r) => r.status === 'confirmed');
    expectProblem(
      await other.client.put(`/api/sites/brussels/events/${body.id}/registrations/${confirmed[0]?.id}/check-in`, {
        checkedIn: true,
      }),
      403,
      'auth.forbidden',
    );
    for (const r of confirmed.slice(0, 2)) {
      expect(
        (await partner.put(`/api/sites/brussels/events/${body.id}/registrations/${r.id}/check-in`, { checkedIn: true }))
          .statusCode,
      ).toBe(200);
    }
    expect((await partner.put(`/api/sites/brussels/events/${body.id}/walk-ins`, { walkIns: 3 })).statusCode).toBe(200);
    const records = (await manager.get(`/api/sites/brussels/agenda/records?from=${date}&to=${date}`)).json() as Record<
      string,
      unknown
    >[];
    expect(records.find((r) => r.eventId === body.id)).toMatchObject({
      capacity: 5,
      registrations: 5,
      waitlist: 2,
      attendance: 5,
      walkIns: 3,
    });
    expectProblem(
      await partner.get(`/api/sites/brussels/agenda/records?from=${date}&to=${date}`),
      403,
      'auth.forbidden',
    );

    // Cancelling the event tells everyone still registered who left an e-mail.
    expect((await partner.patch(`/api/sites/brussels/events/${body.id}`, { status: 'cancelled' })).statusCode).toBe(
      200,
    );
    const told = await waitForMail(`p6.${backend}@example.org`, 2);
    expect(told.at(-1)?.body).toContain('geannuleerd');
  });

  it('reminders go out once, 24 hours ahead (fake clock), and e-mails are erased after the event', async () => {
    const { app, ctx } = get();
    const [partner, manager] = await Promise.all([signInDemo(app, 'partner'), signInDemo(app, 'manager')]);
    const room = (await rooms(partner)).find((r) => r.name === 'Studio');
    const date = day(2, 4);
    const [booking] = (
      await partner.post('/api/sites/brussels/bookings', {
        roomId: room?.id,
        title: 'Info',
        startsAt: at(date, '10:00'),
        endsAt: at(date, '11:00'),
      })
    ).json() as { id: string }[];
    await manager.post(`/api/sites/brussels/bookings/${booking?.id}/decision`, { decision: 'approve' });
    const created = await partner.post('/api/sites/brussels/events', {
      bookingId: booking?.id,
      type: 'info_session',
      title: { fr: 'Séance', nl: 'Sessie', en: 'Session' },
      description: { fr: 'x', nl: 'y', en: 'z' },
      language: 'en',
      capacity: 10,
      registrationMode: 'required',
      publish: true,
    });
    const eventId = (created.json() as { id: string }).id;
    await anonymous(app).post(`/api/sites/brussels/agenda/events/${eventId}/registrations`, {
      nickname: 'r',
      email: `remind.${backend}@example.org`,
      language: 'en',
    });
    await waitForMail(`remind.${backend}@example.org`, 1);
    const notifier = createNotifier(
      createMailer(smtpUrl),
      'http://localhost',
      async () => 'Europe/Brussels',
      (e) => {
        throw e;
      },
    );
    const start = new Date(at(date, '10:00'));
    const early = await agendaRound(ctx.db, notifier, new Date(start.getTime() - 25 * 3_600_000));
    expect(mailsTo(`remind.${backend}@example.org`)).toHaveLength(1);
    expect(early.reminded).toBe(0);
    await agendaRound(ctx.db, notifier, new Date(start.getTime() - 23 * 3_600_000));
    await agendaRound(ctx.db, notifier, new Date(start.getTime() - 22 * 3_600_000));
    const mails = await waitForMail(`remind.${backend}@example.org`, 2);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.body).toContain('A reminder');
    const after = await agendaRound(ctx.db, notifier, new Date(start.getTime() + 2 * 3_600_000));
    expect(after.purged).toBeGreaterThanOrEqual(1);
    const list = (await partner.get(`/api/sites/brussels/events/${eventId}/registrations`)).json() as {
      hasEmail: boolean;
    }[];
    expect(list.every((r) => !r.hasEmail)).toBe(true);
  });
});
