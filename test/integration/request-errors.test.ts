import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import type { Client } from '../support/client.js';
import { signInDemo } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

const zone = { code: 'RQ', name: { fr: 'Zone', nl: 'Zone', en: 'Zone' }, kind: 'waiting' };
const zonesUrl = '/api/sites/brussels/zones';

forEachBackend('bad requests', (get) => {
  const raw = (client: Client, payload: string, contentType = 'application/json') =>
    client.request('POST', zonesUrl, payload, { 'content-type': contentType });

  it('answers malformed JSON with 400 request.malformed_json, changing nothing', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const before = (await admin.get(zonesUrl)).body;
    expectProblem(await raw(admin, '{"code": "RQ",'), 400, 'request.malformed_json');
    expectProblem(await raw(admin, ''), 400, 'request.malformed_json');
    expect((await admin.get(zonesUrl)).body).toBe(before);
  });

  it('names unknown and missing fields', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const unknown = expectProblem(await admin.post(zonesUrl, { ...zone, colour: 'red' }), 400, 'validation.failed');
    expect(unknown.errors).toEqual([expect.objectContaining({ field: 'colour', code: 'unrecognized_keys' })]);
    const nested = expectProblem(
      await admin.post(zonesUrl, { ...zone, name: { ...zone.name, de: 'Zone' } }),
      400,
      'validation.failed',
    );
    expect(fieldsOf(nested)).toEqual(['name.de']);
    const missing = expectProblem(await admin.post(zonesUrl, { code: 'RQ' }), 400, 'validation.failed');
    expect(
      missing.errors
        ?.filter((e) => e.code === 'required')
        .map((e) => e.field)
        .sort(),
    ).toEqual(['kind', 'name']);
    const typed = expectProblem(await admin.post(zonesUrl, { ...zone, code: 5 }), 400, 'validation.failed');
    expect(typed.errors).toEqual([expect.objectContaining({ field: 'code', code: 'invalid_type' })]);
    const wrongType = expectProblem(await admin.post(zonesUrl, [zone]), 400, 'validation.failed');
    expect(wrongType.errors?.[0]?.field).toBe('(body)');
  });

  it('answers a body over 256 KiB with 413', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const before = (await admin.get(zonesUrl)).body;
    const big = JSON.stringify({ ...zone, code: 'x'.repeat(300 * 1024) });
    expectProblem(await raw(admin, big), 413, 'request.too_large');
    expect((await admin.get(zonesUrl)).body).toBe(before);
  });

  it('answers a non-JSON content type with 415', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const before = (await admin.get(zonesUrl)).body;
    expectProblem(
      await raw(admin, 'code=RQ', 'application/x-www-form-urlencoded'),
      415,
      'request.unsupported_media_type',
    );
    expectProblem(await raw(admin, JSON.stringify(zone), 'text/plain'), 415, 'request.unsupported_media_type');
    expect((await admin.get(zonesUrl)).body).toBe(before);
  });

  it('answers a malformed id in the address with 400, not 500', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const body = expectProblem(await admin.patch(`${zonesUrl}/not-a-uuid`, { code: 'Q' }), 400, 'validation.failed');
    expect(fieldsOf(body)).toEqual(['id']);
    expectProblem(await admin.get('/api/sites/NOT_A_SLUG/zones'), 400, 'validation.failed');
  });

  it('never leaks a stack trace', async () => {
    const admin = await signInDemo(get().app, 'admin');
    for (const response of [await raw(admin, '{'), await admin.post(zonesUrl, { code: 1 })]) {
      expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
      expect(Object.keys(response.json() as object).sort()).toEqual(
        expect.arrayContaining(['code', 'status', 'title', 'type']),
      );
    }
  });
});

forEachBackend('problem titles in the caller’s language', (get) => {
  const titles = { fr: 'Veuillez vous connecter.', nl: 'Meld je aan.', en: 'Please sign in.' } as const;

  it('follows Accept-Language and the atrium_lang cookie, French by default', async () => {
    const anon = (await signInDemo(get().app, 'admin')).app;
    const ask = (headers: Record<string, string>) => anon.inject({ method: 'GET', url: '/api/staff', headers });
    const title = async (headers: Record<string, string>) => ((await ask(headers)).json() as { title: string }).title;
    expect(await title({})).toBe(await title({ 'accept-language': 'fr' }));
    expect(await title({ 'accept-language': 'en' })).toBe(titles.en);
    expect(await title({ 'accept-language': 'de-DE, nl-BE;q=0.8, en;q=0.5' })).toBe(
      await title({ 'accept-language': 'nl' }),
    );
    expect(await title({ 'accept-language': 'en;q=0.2, nl;q=0.9' })).toBe(await title({ 'accept-language': 'nl' }));
    expect(await title({ 'accept-language': 'en', cookie: 'atrium_lang=nl' })).toBe(
      await title({ 'accept-language': 'nl' }),
    );
    const all = new Set([
      await title({ 'accept-language': 'fr' }),
      await title({ 'accept-language': 'nl' }),
      await title({ 'accept-language': 'en' }),
    ]);
    expect(all.size).toBe(3);
  });

  it('translates field messages too', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const send = (lang: string) => admin.post(zonesUrl, { ...zone, kind: 'attic' }, { 'accept-language': lang });
    const messages = await Promise.all(
      ['fr', 'nl', 'en'].map(
        async (l) => ((await send(l)).json() as { errors: { message: string }[] }).errors[0]?.message,
      ),
    );
    expect(new Set(messages).size).toBe(3);
    expect(messages[2]).toBe('Choose one of the allowed values.');
  });
});

forEachBackend('values at the edge of what the database stores', (get) => {
  it('refuses dates PostgreSQL cannot store instead of failing', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const staff = ((await admin.get('/api/staff')).json() as { id: string }[])[0]?.id;
    const before = (await admin.get(`/api/staff/${staff}`)).body;
    for (const trainedOn of ['0000-01-01', '2025-02-29']) {
      const response = await admin.patch(`/api/staff/${staff}`, { trainedOn });
      expect(fieldsOf(expectProblem(response, 400, 'validation.failed'))).toEqual(['trainedOn']);
    }
    expect((await admin.get(`/api/staff/${staff}`)).body).toBe(before);
    const ok = await admin.patch(`/api/staff/${staff}`, { trainedOn: '2024-02-29' });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses an audit cursor beyond the safe integer range', async () => {
    const admin = await signInDemo(get().app, 'admin');
    expectProblem(await admin.get('/api/audit?before=99999999999999999999'), 400, 'validation.failed');
    expect((await admin.get('/api/audit?before=9007199254740991')).statusCode).toBe(200);
  });
});
