import { expect, it } from 'vitest';
import { zonedInstant } from '../../src/common/agenda/rules.js';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { signInDemo } from '../support/factories.js';
import { expectProblem } from '../support/problem.js';

/** A Tuesday `weeks` weeks ahead, at a wall-clock time in Brussels. */
function tuesday(weeks: number, time: string) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((2 - d.getUTCDay() + 7) % 7 || 7) + 7 * weeks);
  return zonedInstant(d.toISOString().slice(0, 10), time, 'Europe/Brussels').toISOString();
}

async function roomId(client: Client, name: string) {
  const rooms = (await client.get('/api/sites/brussels/rooms')).json() as { id: string; name: string }[];
  const room = rooms.find((r) => r.name === name);
  if (!room) throw new Error(`no room ${name}`);
  return room.id;
}

forEachBackend('agenda concurrency', (get) => {
  it('two concurrent requests for the same slot make exactly one booking; the loser gets room.booked', async () => {
    const { app } = get();
    const [a, b] = await Promise.all([signInDemo(app, 'partner'), signInDemo(app, 'manager')]);
    const room = await roomId(a, 'Atelier 1');
    const body = { roomId: room, title: 'Atelier CV', startsAt: tuesday(3, '10:00'), endsAt: tuesday(3, '12:00') };
    const results = await Promise.all([
      a.post('/api/sites/brussels/bookings', body),
      b.post('/api/sites/brussels/bookings', { ...body, startsAt: tuesday(3, '11:00'), endsAt: tuesday(3, '13:00') }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409]);
    const loser = results.find((r) => r.statusCode === 409);
    if (loser) expectProblem(loser, 409, 'room.booked');
    const list = (await b.get(`/api/sites/brussels/bookings?roomId=${room}`)).json() as { startsAt: string }[];
    expect(list.filter((x) => x.startsAt.startsWith(body.startsAt.slice(0, 10)))).toHaveLength(1);
    // The clear-down buffer holds the room too: 12:10 is still taken (15 min clear-down after 12:00).
    const buffer = await a.post('/api/sites/brussels/bookings', {
      ...body,
      startsAt: tuesday(3, '12:10'),
      endsAt: tuesday(3, '13:00'),
    });
    expectProblem(buffer, 409, 'room.booked');
  });

  it('200 concurrent registrations for the last 20 places: exactly 20 confirmed, the rest waitlisted in arrival order', async () => {
    const { app } = get();
    const [partner, manager] = await Promise.all([signInDemo(app, 'partner'), signInDemo(app, 'manager')]);
    const room = await roomId(partner, 'Agora');
    const booked = await partner.post('/api/sites/brussels/bookings', {
      roomId: room,
      title: 'Job dating',
      startsAt: tuesday(4, '10:00'),
      endsAt: tuesday(4, '12:00'),
    });
    expect(booked.statusCode).toBe(201);
    const [booking] = booked.json() as { id: string }[];
    await manager.post(`/api/sites/brussels/bookings/${booking?.id}/decision`, { decision: 'approve' });
    const created = await partner.post('/api/sites/brussels/events', {
      bookingId: booking?.id,
      type: 'job_dating',
      title: { fr: 'Job dating', nl: 'Jobdating', en: 'Job dating' },
      description: { fr: 'Rencontres', nl: 'Ontmoetingen', en: 'Meetings' },
      fields: ['work'],
      audiences: ['jobseeker'],
      language: 'fr',
      capacity: 25,
      registrationMode: 'required',
      publish: true,
    });
    expect(created.statusCode).toBe(201);
    const eventId = (created.json() as { id: string }).id;
    const url = `/api/sites/brussels/agenda/events/${eventId}/registrations`;
    for (let i = 0; i < 5; i++) {
      expect((await anonymous(app).post(url, { nickname: `early${i}` })).statusCode).toBe(201);
    }
    // 200 at once for the last 20 places; each from its own address (per-address rate limit).
    const burst = await Promise.all(
      Array.from({ length: 200 }, (_, i) => anonymous(app).post(url, { nickname: `n${i}` })),
    );
    expect(burst.every((r) => r.statusCode === 201)).toBe(true);
    const results = burst.map((r) => r.json() as { status: string; waitlistPosition: number | null });
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    const positions = results.flatMap((r) => (r.status === 'waitlisted' ? [r.waitlistPosition] : []));
    expect(positions.sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    const event = (await anonymous(app).get(`/api/sites/brussels/agenda/events/${eventId}`)).json() as {
      placesLeft: number;
      waitlisted: number;
    };
    expect(event).toMatchObject({ placesLeft: 0, waitlisted: 180 });
    // Arrival order: the registration list (by arrival) has the confirmed ones before all waitlisted.
    const list = (await partner.get(`/api/sites/brussels/events/${eventId}/registrations`)).json() as {
      status: string;
    }[];
    const firstWaiting = list.findIndex((r) => r.status === 'waitlisted');
    expect(list.slice(firstWaiting).every((r) => r.status === 'waitlisted')).toBe(true);
    expect(firstWaiting).toBe(25);
  });
});
