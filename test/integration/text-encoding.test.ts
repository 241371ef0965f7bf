import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { signInDemo, unique } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

const text = (s: string) => ({ fr: s, nl: s, en: s });

/** PostgreSQL refuses NUL characters and unpaired surrogates in text and jsonb: they must be a 400, not a 500. */
forEachBackend('text the database cannot store', (get) => {
  const cases: [string, string][] = [
    ['a NUL character', 'a\u0000b'],
    ['an unpaired high surrogate', 'a\ud800b'],
    ['an unpaired low surrogate', '\udfffb'],
  ];
  for (const [label, bad] of cases) {
    it(`refuses ${label} in a text and a jsonb column with a field error`, async () => {
      const admin = await signInDemo(get().app, 'admin');
      const before = (await admin.get('/api/sites/brussels/zones')).body;
      const inText = await admin.post('/api/sites/brussels/zones', { code: bad, name: text('Zone'), kind: 'waiting' });
      expect(fieldsOf(expectProblem(inText, 400, 'validation.failed'))).toEqual(['code']);
      const inJson = await admin.post('/api/sites/brussels/zones', { code: 'NJ', name: text(bad), kind: 'waiting' });
      expect(fieldsOf(expectProblem(inJson, 400, 'validation.failed'))).toEqual(['name.fr', 'name.nl', 'name.en']);
      const login = await admin.post('/api/auth/login', { email: 'a@b.example', password: bad });
      expectProblem(login, 400, 'validation.failed');
      expect((await admin.get('/api/sites/brussels/zones')).body).toBe(before);
    });
  }

  it('stores and returns any well-formed Unicode unchanged', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const name = `Zoë 🏳️‍🌈 ${unique('zone')} \u202e ١٢٣`;
    const created = await admin.post('/api/sites/brussels/rooms', {
      name,
      capacity: 5,
      equipment: [],
      zoneId: null,
      active: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as { name: string }).name).toBe(name);
  });
});
