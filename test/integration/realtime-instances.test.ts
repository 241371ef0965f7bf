import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client.js';
import type { App } from '../../src/server/platform/context.js';
import { buildTestApp } from '../support/app.js';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { signInDemo } from '../support/factories.js';
import { closeAllStreams, listen, SseReader } from '../support/sse.js';

/**
 * Two server instances on one database: on PostgreSQL two pools and two apps (LISTEN/NOTIFY carries the
 * event across); on PGlite two apps sharing the one embedded instance (its in-process NOTIFY).
 */
describe.each(BACKENDS)('events across two server instances [%s]', (backend) => {
  let shared: TestDatabase;
  let second: Database;
  let a: App;
  let b: App;
  let baseB = '';

  beforeAll(async () => {
    shared = await openTestDatabase(backend);
    second = shared.url ? await openDatabase({ kind: 'postgres', url: shared.url, poolSize: 3 }) : shared.database;
    a = (await buildTestApp(shared.database)).app;
    b = (await buildTestApp(second)).app;
    baseB = await listen(b);
  });
  afterEach(() => closeAllStreams());
  afterAll(async () => {
    await a?.close();
    await b?.close();
    if (second !== shared.database) await second?.close();
    await shared?.dispose();
  });

  it('a change made through instance A reaches a stream on instance B', async () => {
    const onA = await signInDemo(a, 'admin');
    const onB = await signInDemo(b, 'admin');
    const reader = await SseReader.connect(baseB, '/api/sites/brussels/stream', {
      cookie: `atrium_session=${onB.sessionCookie}`,
    });
    expect(reader.status).toBe(200);
    await reader.connected();
    const created = await onA.post('/api/sites/brussels/zones', {
      code: 'MI',
      name: { fr: 'Multi', nl: 'Multi', en: 'Multi' },
      kind: 'waiting',
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    const frame = await reader.waitFor((f) => f.event === 'zone.changed');
    expect(JSON.parse(frame.data ?? '{}')).toMatchObject({ data: { id, change: 'created' } });
    // And B serves what A wrote.
    expect(((await onB.get('/api/sites/brussels/zones')).json() as { id: string }[]).map((z) => z.id)).toContain(id);
  });
});
