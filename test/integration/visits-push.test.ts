import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { startPushEndpoint } from '../support/push-endpoint.js';
import { act, callNext, issue, makeVisitSite, openDesk } from '../support/visits.js';

/** A browser's push subscription: an endpoint and the client's P-256 public key and auth secret. */
function subscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
}

describe.each(BACKENDS)('Web Push when a ticket is called [%s]', (backend) => {
  let db: TestDatabase;
  let push: Awaited<ReturnType<typeof startPushEndpoint>>;
  let t: Parameters<typeof makeVisitSite>[0];

  beforeAll(async () => {
    push = await startPushEndpoint();
    db = await openTestDatabase(backend);
    const { app, ctx } = await buildTestApp(db.database, {}, { pushAgent: push.agent });
    t = { ...db, app, ctx };
  });
  afterAll(async () => {
    await t?.app.close();
    await db?.dispose();
    await push?.close();
  });

  it('notifies the phone on the call and on each recall, follows a transfer, and stops after the session', async () => {
    const site = await makeVisitSite(t);
    const reception = await site.staff(['reception']);
    const counsellor = await site.counsellor(['work'], ['fr']);
    const trainer = await site.counsellor(['train'], ['fr']);
    const ticket = await issue(reception, site.slug, 'work', 'fr');

    const phone = anonymous(t.app);
    expect((await phone.get('/api/push/public-key')).statusCode).toBe(200);
    const subscribe = await phone.post(`/api/tickets/${ticket.token}/push`, subscription(`${push.url}/push/phone-1`));
    expect(subscribe.statusCode, subscribe.body).toBe(200);
    // An http endpoint is refused: push services are HTTPS.
    const plain = await phone.post(`/api/tickets/${ticket.token}/push`, subscription('http://127.0.0.1/push'));
    expect(plain.statusCode).toBe(400);

    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const called = await callNext(counsellor, site.slug);
    expect(called?.code).toBe(ticket.code);
    expect(await push.waitFor(1)).toBe(1);
    const first = push.received[0];
    expect(first?.path).toBe('/push/phone-1');
    expect(first?.headers['content-encoding']).toBe('aes128gcm');
    expect(first?.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
    expect(Number(first?.headers.ttl)).toBeGreaterThan(0);
    expect(first?.body.length).toBeGreaterThan(50);

    await act(counsellor, site.slug, called?.id as string, 'recall');
    expect(await push.waitFor(2)).toBe(2);

    // Transferred: the subscription follows the new leg, whose call notifies again.
    await act(counsellor, site.slug, called?.id as string, 'start');
    await act(counsellor, site.slug, called?.id as string, 'transfer', { field: 'train', language: 'fr', note: null });
    await openDesk(trainer, site.slug, site.deskIds[1] as string);
    const second = await callNext(trainer, site.slug);
    expect(second?.code).toBe(ticket.code);
    expect(await push.waitFor(3)).toBe(3);

    // After the session the subscription is gone: nothing more is sent.
    await act(trainer, site.slug, second?.id as string, 'start');
    await act(trainer, site.slug, second?.id as string, 'end', {
      outcomeType: 'guidance',
      fieldsHandled: ['train'],
      referrals: [],
    });
    expect(await push.waitFor(4, 500)).toBe(3);
  });
});
