import fc from 'fast-check';
import { expect, it } from 'vitest';
import { FIELDS, LANGUAGES } from '../../src/common/domain.js';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client, nextIp } from '../support/client.js';
import { issue, kioskClient, makeVisitSite } from '../support/visits.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const tokenChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const nasty = fc.oneof(
  fc.constantFrom('\u0000', '\ud800', '🏳️‍🌈', '\u202e', "' or 1=1 --", '__proto__', '../../etc/passwd', '%00', ''),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...tokenChars), minLength: 20, maxLength: 70 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(arb, nasty, fc.integer(), fc.constant(null), fc.array(nasty, { maxLength: 2 }));
const body = fc.oneof(
  fc.record(
    {
      field: maybe(fc.constantFrom(...FIELDS)),
      language: maybe(fc.constantFrom(...LANGUAGES)),
      audience: maybe(fc.constantFrom('student', 'young', 'jobseeker', 'employed', 'other')),
      channel: maybe(fc.constantFrom('friend', 'partner', 'poster', 'social', 'press', 'website', 'other')),
      extra: nasty,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

forEachBackend('visits: fuzzing the public ticket endpoints', (get) => {
  it('GET /api/tickets/:token never answers 5xx, whatever the token', async () => {
    const site = await makeVisitSite(get());
    const reception = await site.staff(['reception']);
    const real = (await issue(reception, site.slug, 'work', 'fr')).token;
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nasty,
          fc.nat(real.length - 1).map((i) => `${real.slice(0, i)}${real[i] === 'A' ? 'B' : 'A'}${real.slice(i + 1)}`),
        ),
        async (token) => {
          const phone = anonymous(get().app);
          const response = await phone.get(`/api/tickets/${encodeURIComponent(Buffer.from(token).toString())}`, {
            'x-forwarded-for': nextIp(),
          });
          seen.add(response.statusCode);
          expect(response.statusCode, `${JSON.stringify(token)}: ${response.body}`).toBeLessThan(500);
          expect([400, 404]).toContain(response.statusCode);
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        },
      ),
      { numRuns: RUNS },
    );
    for (const raw of ['%E0%A4%A', '%ZZ', `${real}%00`, `${real}/..`, `${real}${'a'.repeat(70)}`]) {
      const response = await anonymous(get().app).get(`/api/tickets/${raw}`, { 'x-forwarded-for': nextIp() });
      expect(response.statusCode, raw).toBeLessThan(500);
      expect(response.statusCode, raw).toBeGreaterThanOrEqual(400);
    }
    expect((await anonymous(get().app).get(`/api/tickets/${real}`)).statusCode).toBe(200);
    expect(seen.has(404)).toBe(true);
  });

  it('POST /api/kiosk/tickets never answers 5xx, whatever the body or the token', async () => {
    const site = await makeVisitSite(get());
    const admin = await site.staff(['admin']);
    const kiosks: Client[] = [];
    for (let i = 0; i < Math.ceil(RUNS / 25); i++) kiosks.push((await kioskClient(get().app, admin, site.slug)).kiosk);
    let run = 0;
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), nasty, async (payload, goodToken, badToken) => {
        const kiosk = kiosks[Math.floor(run++ / 25) % kiosks.length] as Client;
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (!goodToken) headers.authorization = `Bearer ${badToken.replace(/[^\x20-\x7e]/g, '')}`;
        const response = await kiosk.post('/api/kiosk/tickets', JSON.stringify(payload), headers);
        statuses.add(response.statusCode);
        expect(response.statusCode, `${JSON.stringify(payload)}: ${response.body}`).toBeLessThan(500);
        expect([201, 400, 401, 409, 429]).toContain(response.statusCode);
      }),
      { numRuns: RUNS },
    );
    expect(statuses.has(400)).toBe(true);
  });
});
