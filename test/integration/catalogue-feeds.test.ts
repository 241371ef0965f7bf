import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { signInDemo } from '../support/factories.js';
import { expectProblem } from '../support/problem.js';

const CSV = [
  'source_id,kind,title_fr,title_nl,description_fr,languages,closes_on,provider',
  'T1,training,"Boulangerie, les bases",Bakkerij,"Pain, croissants et ""viennoiseries""\nsur deux lignes",fr nl,2099-01-01,EFP',
  'T2,training,,,,fr,,',
  'T1,training,Doublon,,,fr,,',
  'V1,vacancy,Vendeur flurbix,,,fr,2000-01-01,',
  'S1,service,Accueil créa flurbix,,,fr,,',
].join('\n');

const JOBS = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'JobPosting',
      identifier: 'J1',
      title: 'Aide-boulanger grimbold',
      hiringOrganization: { name: 'Boulangerie Demo' },
      validThrough: '2099-12-31',
      inLanguage: 'fr',
    },
    { '@type': 'Course', identifier: 'C1', name: 'Cours grimbold', provider: { name: 'Bruxelles Formation' } },
    { '@type': 'Event', identifier: 'E1', name: 'Not an offer' },
  ],
});

forEachBackend('catalogue: feeds', (get) => {
  it('imports a CSV feed, reports every rejected row, and is idempotent', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const r = await partner.post('/api/catalogue/feeds', { format: 'csv', source: 'csv-demo', content: CSV });
    expect(r.statusCode).toBe(200);
    const report = r.json() as { created: number; updated: number; rejected: { row: number; reason: unknown }[] };
    expect(report.created).toBe(2);
    // Every reason is a code with its parameters (worded by the browser in the reader's language).
    expect(report.rejected).toEqual([
      { row: 3, sourceId: 'T2', reason: { code: 'invalid_field', params: { field: 'titles', problem: 'required' } } },
      { row: 4, sourceId: 'T1', reason: { code: 'duplicate_id', params: { firstRow: 2 } } },
      { row: 5, sourceId: 'V1', reason: { code: 'closing_date_past', params: { closesOn: '2000-01-01' } } },
    ]);
    const again = (
      await partner.post('/api/catalogue/feeds', { format: 'csv', source: 'csv-demo', content: CSV })
    ).json();
    expect(again).toMatchObject({ created: 0, updated: 2 });
    const found = await anonymous(get().app).get('/api/catalogue/search?q=flurbix&lang=fr');
    expect((found.json() as { items: { type: string }[] }).items.map((i) => i.type)).toEqual(['service']);
  });

  it('imports schema.org JobPosting and Course from JSON-LD', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const r = await partner.post('/api/catalogue/feeds', { format: 'json', source: 'jsonld', content: JOBS });
    expect(r.json()).toMatchObject({
      created: 2,
      rejected: [{ row: 3, sourceId: 'E1', reason: { code: 'unsupported_type', params: { type: 'Event' } } }],
    });
  });

  it.each([
    ['json', '{ broken', 'broken_json', /JSON-bestand/],
    ['csv', 'title_fr,kind\nx,training', 'missing_columns', /kolommen ontbreken: source_id/],
    ['csv', '"unterminated,quote\n', 'unreadable_csv', /CSV-bestand .*quote/i],
  ])(
    'refuses an unreadable %s file with a 400, its reason in the request language, and writes nothing',
    async (format, content, code, words) => {
      const partner = await signInDemo(get().app, 'partner');
      const problem = expectProblem(
        await partner.post('/api/catalogue/feeds', { format, source: 'bad', content }, { 'accept-language': 'nl-BE' }),
        400,
        'validation.failed',
      );
      expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([['content', code]]);
      expect(problem.errors?.[0]?.message).toMatch(words);
    },
  );

  it('needs a signed-in coordinator', async () => {
    const r = await anonymous(get().app).post('/api/catalogue/feeds', { format: 'csv', source: 'x', content: CSV });
    expect(r.statusCode).toBe(401);
  });
});
