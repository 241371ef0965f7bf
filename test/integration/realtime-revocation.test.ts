import { afterEach, beforeAll, expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { signInDemo } from '../support/factories.js';
import { closeAllStreams, listen, SseReader } from '../support/sse.js';

const STREAM = '/api/sites/brussels/stream';
const ENDS_WITHIN_MS = 3000;

const endsSoon = (reader: SseReader) =>
  Promise.race([
    reader.ended.then(() => 'ended'),
    new Promise((resolve) => setTimeout(() => resolve('still open'), ENDS_WITHIN_MS)),
  ]);

forEachBackend(
  'an open event stream ends when its credentials do',
  (get) => {
    let base = '';
    let admin: Client;
    beforeAll(async () => {
      base = await listen(get().app);
      admin = await signInDemo(get().app, 'admin');
    });
    afterEach(() => closeAllStreams());

    it('a staff stream ends after sign-out, and stays open while the session lives', async () => {
      const manager = await signInDemo(get().app, 'manager');
      const reader = await SseReader.connect(base, STREAM, { cookie: `atrium_session=${manager.sessionCookie}` });
      expect(reader.status).toBe(200);
      await reader.connected();
      expect(await endsSoon(reader)).toBe('still open');
      expect((await manager.post('/api/auth/logout')).statusCode).toBe(200);
      expect(await endsSoon(reader)).toBe('ended');
    });

    it('a device stream ends once the device is revoked', async () => {
      const enrol = await admin.post('/api/sites/brussels/devices', {
        kind: 'display',
        label: 'Display test',
        stationId: null,
      });
      const { device, code } = enrol.json() as { device: { id: string }; code: string };
      const { token } = (await anonymous(get().app).post('/api/devices/claim', { code })).json() as { token: string };
      const reader = await SseReader.connect(base, `${STREAM}?access_token=${token}`);
      expect(reader.status).toBe(200);
      await reader.connected();
      expect((await admin.post(`/api/sites/brussels/devices/${device.id}/revoke`)).statusCode).toBe(200);
      expect(await endsSoon(reader)).toBe('ended');
    });
  },
  { heartbeatMs: 100 },
);
