import { afterEach, beforeAll, expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { signedInStaff, signInDemo } from '../support/factories.js';
import { closeAllStreams, listen, SseReader } from '../support/sse.js';

type Station = { id: string; note: string | null };
const STREAM = '/api/sites/brussels/stream';

forEachBackend(
  'real-time site events',
  (get) => {
    let base = '';
    let admin: Client;
    let station: Station;
    beforeAll(async () => {
      base = await listen(get().app);
      admin = await signInDemo(get().app, 'admin');
      station = ((await admin.get('/api/sites/brussels/stations')).json() as Station[])[0] as Station;
    });
    afterEach(() => closeAllStreams());

    const subscribe = async (headers: Record<string, string> = {}, path = STREAM) => {
      const reader = await SseReader.connect(base, path, {
        cookie: `atrium_session=${admin.sessionCookie}`,
        ...headers,
      });
      expect(reader.status).toBe(200);
      await reader.connected();
      return reader;
    };
    const note = async (text: string) => {
      const response = await admin.patch(`/api/sites/brussels/stations/${station.id}`, { note: text });
      expect(response.statusCode).toBe(200);
    };

    it('delivers a committed change with id, type and data; a failed write announces nothing', async () => {
      const reader = await subscribe();
      const taken = ((await admin.get('/api/sites/brussels/stations')).json() as { label: string }[])[1]?.label;
      const clash = await admin.patch(`/api/sites/brussels/stations/${station.id}`, { label: taken });
      expect(clash.statusCode).toBe(409);
      await note('paper jam');
      const frame = await reader.waitFor((f) => f.event === 'station.changed');
      expect(frame.id).toMatch(/^\d+$/);
      const event = JSON.parse(frame.data ?? '{}') as { id: string; type: string; at: string; data: unknown };
      expect(event).toMatchObject({
        id: frame.id,
        type: 'station.changed',
        data: { id: station.id, change: 'updated' },
      });
      expect(Number.isNaN(Date.parse(event.at))).toBe(false);
      expect(reader.events).toHaveLength(1);
    });

    it('replays the events missed since Last-Event-ID, in order, then follows live ones', async () => {
      const first = await subscribe();
      await note('one');
      const seen = await first.waitFor((f) => f.event === 'station.changed');
      first.close();
      await note('two');
      await note('three');
      const resumed = await subscribe({ 'last-event-id': seen.id as string });
      const replayed = resumed.events.map((f) => Number(f.id));
      expect(replayed).toHaveLength(2);
      expect(replayed[0]).toBeGreaterThan(Number(seen.id));
      expect(replayed[1]).toBeGreaterThan(replayed[0] as number);
      await note('four');
      await resumed.waitFor((f) => Number(f.id) > (replayed[1] as number));
      const byQuery = await subscribe({}, `${STREAM}?lastEventId=${seen.id}`);
      expect(byQuery.events.length).toBe(3);
    });

    it('forgets a stream when its client goes away', async () => {
      const hub = get().ctx.hub;
      const settle = async (n: number) => {
        const deadline = Date.now() + 5000;
        while (hub.subscriberCount() !== n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect(hub.subscriberCount()).toBe(n);
      };
      await settle(0); // the streams of earlier tests were closed in afterEach
      const reader = await subscribe();
      expect(hub.subscriberCount()).toBe(1);
      reader.close();
      await settle(0);
    });

    it('sends a heartbeat comment while idle', async () => {
      const reader = await subscribe();
      await reader.waitFor((f) => f.comment === 'heartbeat', 2000);
    });

    it('streams to an enrolled device with its token in the query', async () => {
      const enrol = await admin.post('/api/sites/brussels/devices', {
        kind: 'display',
        label: 'Hall screen',
        stationId: null,
      });
      const { code } = enrol.json() as { code: string };
      const { token } = (await anonymous(get().app).post('/api/devices/claim', { code })).json() as { token: string };
      const reader = await SseReader.connect(base, `${STREAM}?access_token=${token}`);
      expect(reader.status).toBe(200);
      await reader.connected();
      await note('device sees this');
      await reader.waitFor((f) => f.event === 'station.changed');
    });

    it('refuses the stream to strangers', async () => {
      const anon = await SseReader.connect(base, STREAM);
      expect(anon.status).toBe(401);
      const bad = await SseReader.connect(base, `${STREAM}?access_token=nope`);
      expect(bad.status).toBe(401);
      const { client } = await signedInStaff(get().app, get().database.db, { roles: [] });
      const outsider = await SseReader.connect(base, STREAM, { cookie: `atrium_session=${client.sessionCookie}` });
      expect(outsider.status).toBe(403);
    });
  },
  { heartbeatMs: 100 },
);
