import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FeedReport } from '../../src/common/catalogue/feed-schemas.js';
import { feedSources, offers, searchDocs } from '../../src/server/db/schema/index.js';
import { feedsRound } from '../../src/server/modules/catalogue/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { signedInStaff, signInDemo, unique } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

/** A local feed server (tests never reach the network): path → [status, body]. */
const files = new Map<string, [number, string | Buffer]>();
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const [status, body] = files.get(req.url ?? '') ?? [404, 'not found'];
    res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const csv = (word: string, extra: string[] = []) =>
  [
    'source_id,kind,title_fr,title_nl,title_en,languages,closes_on,employer,provider',
    `A1,training,Formation ${word},Opleiding ${word},Course ${word},fr nl en,,,EFP`,
    `A2,vacancy,Vendeur ${word},,,fr,2099-06-30,Boulangerie Demo,`,
    // A NUL in a title: the HTTP layer never sees this text, the import must still refuse the row alone.
    `A3,service,Accueil\u0000${word},,,fr,,,`,
    'A4,guide,,,,fr,,,',
    ...extra,
  ].join('\n');
type Source = {
  id: string;
  lastStatus: string | null;
  lastError: { code: string; params?: Record<string, unknown> } | null;
  lastReport: { created: number; updated: number; rejected: { row: number; sourceId: string; reason: unknown }[] };
};

forEachBackend('catalogue: feed URLs with a scheduled refresh', (get) => {
  it('adds a URL, imports it at once with a row report, and never half-writes a bad row', async () => {
    const { db } = get().database;
    const word = unique('blorf').replace('-', '');
    files.set(`/${word}.csv`, [200, csv(word)]);
    const partner = await signInDemo(get().app, 'partner');
    const r = await partner.post('/api/catalogue/feed-sources', {
      format: 'csv',
      source: word,
      url: `${base}/${word}.csv`,
    });
    expect(r.statusCode, r.body).toBe(201);
    const source = r.json() as Source;
    expect(source.lastStatus).toBe('ok');
    expect(source.lastReport.created).toBe(2);
    expect(source.lastReport.rejected).toEqual([
      { row: 4, sourceId: 'A3', reason: { code: 'broken_character', params: { field: 'titles.fr' } } },
      { row: 5, sourceId: 'A4', reason: { code: 'invalid_field', params: { field: 'titles', problem: 'required' } } },
    ]);

    const rows = await db.select().from(offers).where(eq(offers.source, word));
    expect(rows.map((o) => o.sourceId).sort()).toEqual(['A1', 'A2']);
    // Each imported offer is whole: its search documents are there too (one per language with a title).
    const docs = await db
      .select()
      .from(searchDocs)
      .where(
        inArray(
          searchDocs.ref,
          rows.map((o) => o.id),
        ),
      );
    expect(docs).toHaveLength(6);
    const found = await anonymous(get().app).get(`/api/catalogue/search?q=${word}&lang=fr`);
    expect((found.json() as { items: unknown[] }).items).toHaveLength(2);
    const list = (await partner.get('/api/catalogue/feed-sources')).json() as { items: { id: string }[] };
    expect(list.items.map((s) => s.id)).toContain(source.id);
  });

  it('the jobs round refreshes a URL only when due (fixed clock), and keeps a failure on the source', async () => {
    const { db } = get().database;
    const word = unique('snarg').replace('-', '');
    files.set(`/${word}.csv`, [200, csv(word)]);
    const partner = await signInDemo(get().app, 'partner');
    const source = (
      await partner.post('/api/catalogue/feed-sources', { format: 'csv', source: word, url: `${base}/${word}.csv` })
    ).json() as Source;
    const [row] = await db.select().from(feedSources).where(eq(feedSources.id, source.id));
    const ranAt = row?.lastRunAt as Date;
    const later = (hours: number) => new Date(ranAt.getTime() + hours * 3_600_000);

    // One more row in the feed; an hour later nothing is due yet.
    files.set(`/${word}.csv`, [200, csv(word, ['A5,training,Atelier neuf,,,fr,,,'])]);
    await feedsRound(db, false, later(1));
    expect(
      await db
        .select()
        .from(offers)
        .where(and(eq(offers.source, word), eq(offers.sourceId, 'A5'))),
    ).toEqual([]);

    // Seven hours later it is: the new row arrives, the others are updated.
    await feedsRound(db, false, later(7));
    const [after] = await db.select().from(feedSources).where(eq(feedSources.id, source.id));
    expect(after?.lastReport).toMatchObject({ created: 1, updated: 2 });
    expect(after?.lastRunAt?.getTime()).toBe(later(7).getTime());

    // The partner's server fails: the source says so, and the offers stay as they were.
    files.set(`/${word}.csv`, [500, 'oops']);
    await feedsRound(db, false, later(14));
    const [failed] = await db.select().from(feedSources).where(eq(feedSources.id, source.id));
    // The failure is kept as a code with its parameters, as JSON text in the existing text column.
    expect([failed?.lastStatus, failed?.lastError]).toEqual([
      'failed',
      '{"code":"http_status","params":{"status":500}}',
    ]);
    expect(await db.select().from(offers).where(eq(offers.source, word))).toHaveLength(3);
    const listed = (await partner.get('/api/catalogue/feed-sources')).json() as { items: Source[] };
    expect(listed.items.find((s) => s.id === source.id)?.lastError).toEqual({
      code: 'http_status',
      params: { status: 500 },
    });

    // A source last run before the codes (English words in both columns) still reads, its words kept as they were.
    await db
      .update(feedSources)
      .set({
        lastError: 'HTTP 500',
        // the shape of the old rows, which the column's type no longer allows
        lastReport: {
          created: 0,
          updated: 0,
          rejected: [{ row: 2, sourceId: 'Z1', reason: 'closing date in the past' }],
        } as unknown as FeedReport,
      })
      .where(eq(feedSources.id, source.id));
    const legacy = ((await partner.get('/api/catalogue/feed-sources')).json() as { items: Source[] }).items.find(
      (s) => s.id === source.id,
    );
    expect(legacy?.lastError).toEqual({ code: 'untranslated', params: { text: 'HTTP 500' } });
    expect(legacy?.lastReport.rejected[0]?.reason).toEqual({
      code: 'untranslated',
      params: { text: 'closing date in the past' },
    });

    // Refresh now, from the browser: back to normal.
    files.set(`/${word}.csv`, [200, csv(word)]);
    const now = await partner.post(`/api/catalogue/feed-sources/${source.id}/refresh`);
    expect(now.json()).toMatchObject({ lastStatus: 'ok', lastError: null, lastReport: { created: 0, updated: 2 } });
  });

  it('refuses a URL it cannot read, a file in another encoding, and a name already used, writing nothing', async () => {
    const { db } = get().database;
    const partner = await signInDemo(get().app, 'partner');
    const missing = await partner.post('/api/catalogue/feed-sources', {
      format: 'csv',
      source: 'nowhere',
      url: `${base}/missing.csv`,
    });
    const problem = expectProblem(missing, 400, 'feed.fetch_failed');
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([['url', 'http_status']]);
    expect(problem.errors?.[0]?.message).toBe('Le serveur a répondu par le statut HTTP 404 au lieu du fichier.');
    files.set('/latin1.csv', [200, Buffer.from('source_id,kind,title_fr\nL1,training,Pâtisserie\n', 'latin1')]);
    const latin1 = await partner.post('/api/catalogue/feed-sources', {
      format: 'csv',
      source: 'latin1',
      url: `${base}/latin1.csv`,
    });
    expect(expectProblem(latin1, 400, 'feed.fetch_failed').errors?.[0]).toMatchObject({
      code: 'not_utf8',
      message: expect.stringMatching(/n’est pas un texte UTF-8/),
    });
    const badUrl = await partner.post('/api/catalogue/feed-sources', {
      format: 'csv',
      source: 'x',
      url: 'ftp://x.example/f',
    });
    expect(fieldsOf(expectProblem(badUrl, 400, 'validation.failed'))).toEqual(['url']);
    expect(
      await db
        .select()
        .from(feedSources)
        .where(inArray(feedSources.source, ['nowhere', 'latin1', 'x'])),
    ).toEqual([]);

    files.set('/twice.csv', [200, csv('twice')]);
    const body = { format: 'csv', source: 'twice', url: `${base}/twice.csv` };
    expect((await partner.post('/api/catalogue/feed-sources', body)).statusCode).toBe(201);
    expect(
      fieldsOf(expectProblem(await partner.post('/api/catalogue/feed-sources', body), 409, 'resource.duplicate')),
    ).toEqual(['source']);
  });

  it('another organisation can neither see, refresh nor remove a source', async () => {
    const partner = await signInDemo(get().app, 'partner');
    files.set('/own.csv', [200, csv('ownfeed')]);
    const source = (
      await partner.post('/api/catalogue/feed-sources', { format: 'csv', source: 'own', url: `${base}/own.csv` })
    ).json() as Source;
    const other = await signedInStaff(get().app, get().database.db, { roles: ['partner'] });
    const theirs = (await other.client.get('/api/catalogue/feed-sources')).json() as { items: unknown[] };
    expect(theirs.items).toEqual([]);
    expectProblem(await other.client.post(`/api/catalogue/feed-sources/${source.id}/refresh`), 403, 'auth.forbidden');
    expectProblem(await other.client.delete(`/api/catalogue/feed-sources/${source.id}`), 403, 'auth.forbidden');
    expect((await partner.delete(`/api/catalogue/feed-sources/${source.id}`)).statusCode).toBe(204);
    expect((await anonymous(get().app).get('/api/catalogue/feed-sources')).statusCode).toBe(401);
  });
});
