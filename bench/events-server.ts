/**
 * The server under `bench:events`, in its own process: the demo centre plus 5,000 published events
 * spread over the rooms (PGlite, or PostgreSQL when BENCH_DATABASE_URL is set), and one event of 80
 * places with 60 already taken for the registration burst. Prints `READY <port> <burstEventId>`.
 */
import { blockedRange } from '../src/common/agenda/rules.js';
import { AUDIENCES, FIELDS, LANGUAGES } from '../src/common/domain.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import {
  agendaEvents,
  eventRegistrations,
  organisations,
  rooms,
  roomBookings,
  sites,
} from '../src/server/db/schema/index.js';
import { seedDemo } from '../src/server/seed/demo.js';

const EVENTS = 5000;
const TYPES = ['workshop', 'info_session', 'symposium', 'job_dating'] as const;

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  const database = url
    ? await openDatabase({ kind: 'postgres', url, poolSize: 10 })
    : await openDatabase({ kind: 'pglite' });
  await migrate(database);
  await seedDemo(database.db);
  const db = database.db;
  const [site] = await db.select().from(sites);
  if (!site) throw new Error('no site');
  const roomRows = await db.select().from(rooms);
  const orgRows = await db.select().from(organisations);
  const start = Date.now() + 30 * 86_400_000;
  const slotsPerDay = 4;
  const rows: { booking: typeof roomBookings.$inferInsert; i: number }[] = [];
  for (let i = 0; i <= EVENTS; i++) {
    const room = roomRows[i % roomRows.length];
    const org = orgRows[i % orgRows.length];
    if (!room || !org) throw new Error('no rooms');
    const k = Math.floor(i / roomRows.length);
    const day = Math.floor(k / slotsPerDay);
    const startsAt = new Date(start + day * 86_400_000 + (k % slotsPerDay) * 2 * 3_600_000);
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
    const blocked = blockedRange(startsAt, endsAt, 0, 0);
    rows.push({
      i,
      booking: {
        siteId: site.id,
        roomId: room.id,
        organisationId: org.id,
        title: `Bench ${i}`,
        startsAt,
        endsAt,
        setupMinutes: 0,
        cleardownMinutes: 0,
        blockedFrom: blocked.from,
        blockedUntil: blocked.until,
        status: 'approved',
      },
    });
  }
  let burstEventId = '';
  for (let offset = 0; offset < rows.length; offset += 500) {
    const batch = rows.slice(offset, offset + 500);
    const inserted = await db
      .insert(roomBookings)
      .values(batch.map((r) => r.booking))
      .returning({ id: roomBookings.id });
    const events = await db
      .insert(agendaEvents)
      .values(
        batch.map(({ booking, i }, n) => ({
          siteId: site.id,
          bookingId: inserted[n]?.id as string,
          ownerOrganisationId: booking.organisationId,
          organiserIds: [booking.organisationId],
          type: TYPES[i % TYPES.length] as string,
          title: { fr: `Atelier ${i}`, nl: `Workshop ${i}`, en: `Workshop ${i}` },
          description: { fr: 'Description', nl: 'Beschrijving', en: 'Description' },
          fields: [FIELDS[i % FIELDS.length] as string],
          audiences: [AUDIENCES[i % AUDIENCES.length] as string],
          language: LANGUAGES[i % LANGUAGES.length] as string,
          capacity: i === EVENTS ? 80 : 20,
          registrationMode: 'required',
          status: 'published',
          startsAt: booking.startsAt as Date,
          endsAt: booking.endsAt as Date,
          confirmedSeats: i === EVENTS ? 60 : 0,
        })),
      )
      .returning({ id: agendaEvents.id });
    const last = batch.findIndex((r) => r.i === EVENTS);
    if (last >= 0) burstEventId = events[last]?.id as string;
  }
  await db.insert(eventRegistrations).values(
    Array.from({ length: 60 }, (_, n) => ({
      eventId: burstEventId,
      nickname: `taken${n}`,
      language: 'fr',
      tokenHash: `bench-${n}`,
      status: 'confirmed',
    })),
  );
  // Fresh statistics, as autovacuum would gather them on a server that has been running.
  await db.execute('analyze');
  // Each burst request comes from its own client address (X-Forwarded-For), as 200 phones would.
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    DATA_DIR: '/tmp/atrium-bench',
    LOG_LEVEL: 'silent',
    TRUST_PROXY: 'true',
  });
  const { app } = await buildApp({ config, database, logger: false, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0} ${burstEventId}`);
}

process.on('SIGTERM', () => process.exit(0));
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
