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
    const report = r.json() as { created: number; updated: number; rejected: { row: number; reason: string }[] };
    expect(report.created).toBe(2);
    expect(report.rejected.map((x) => x.row).sort()).toEqual([3, 4, 5]);
    expect(report.rejected.find((x) => x.row === 5)?.reason).toMatch(/past/);
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
    expect(r.json()).toMatchObject({ created: 2, rejected: [{ row: 3 }] });
  });

  it.each([
    ['json', '{ broken'],
    ['csv', 'title_fr,kind\nx,training'],
    ['csv', '"unterminated,quote\n'],
  ])('refuses an unreadable %s file with a 400 and writes nothing', async (format, content) => {
    const partner = await signInDemo(get().app, 'partner');
    expectProblem(
      await partner.post('/api/catalogue/feeds', { format, source: 'bad', content }),
      400,
      'validation.failed',
    );
  });

  it('needs a signed-in coordinator', async () => {
    const r = await anonymous(get().app).post('/api/catalogue/feeds', { format: 'csv', source: 'x', content: CSV });
    expect(r.statusCode).toBe(401);
  });
});
