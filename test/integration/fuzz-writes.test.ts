import fc from 'fast-check';
import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { signInDemo } from '../support/factories.js';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type JsonSchema = { properties?: Record<string, JsonSchema>; enum?: unknown[]; anyOf?: JsonSchema[]; type?: string };
type Route = { method: Method; path: string; body: JsonSchema | undefined };
const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Requests per test across all routes: every module adds routes, and the suite must stay fast. */
const TOTAL = Number(process.env.FUZZ_TOTAL ?? 1500);
const runsPerRoute = (routes: number, most: number) => Math.max(6, Math.min(most, Math.floor(TOTAL / routes)));

/** Every write route the OpenAPI document lists, so a new route is fuzzed without touching this file. */
async function writeRoutes(client: Client): Promise<Route[]> {
  type Operation = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
  const doc = (await client.get('/api/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    WRITE_METHODS.filter((m) => ops[m]).map((m) => ({
      method: m.toUpperCase() as Method,
      path,
      body: ops[m]?.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

/** Fills path parameters with a real id where one exists (so bodies reach the services), else a random uuid. */
async function concretePath(admin: Client, path: string): Promise<string> {
  let url = path.replace('{siteSlug}', 'brussels');
  if (url.includes('{id}')) {
    const collection = url.slice(0, url.indexOf('/{id}'));
    const list = await admin.get(collection);
    const first = list.statusCode === 200 ? (list.json() as { id: string }[])[0]?.id : undefined;
    url = url.replace('{id}', first ?? '00000000-0000-4000-8000-000000000000');
  }
  return url;
}

const nasty = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfff',
    '🏳️‍🌈',
    '\u202e',
    "'; drop table users; --",
    '{{minutes}}',
    '__proto__',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.uuid(), fc.constant(1e308)),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('name', 'email', 'code', 'zoneId', 'openingHours', 'siteRoles'),
      ),
      tie('node'),
      { maxKeys: 5 },
    ),
  ),
})).node;
/** Values the schema names (enums, nested objects) mixed with random ones, so bodies get past the first check. */
function near(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [value];
  const variants = [schema, ...(schema?.anyOf ?? [])];
  for (const v of variants) {
    if (v?.enum) options.push(fc.constantFrom(...v.enum));
    if (v?.type === 'boolean') options.push(fc.boolean());
    if (v?.type === 'integer' || v?.type === 'number') options.push(fc.integer({ min: -5, max: 600 }));
    if (v?.type === 'string') options.push(fc.string({ maxLength: 12 }), fc.uuid());
    if (v?.properties && depth < 3) {
      const props = v.properties;
      options.push(
        fc.record(Object.fromEntries(Object.keys(props).map((k) => [k, near(props[k], depth + 1)])), {
          requiredKeys: [],
        }),
      );
    }
  }
  return fc.oneof(...options);
}

/** Bodies: random JSON, objects shaped like the route's schema, or raw text that is not JSON at all. */
const bodyFor = (schema: JsonSchema | undefined) =>
  fc.oneof(
    near(schema).map((v) => ({ payload: JSON.stringify(v) ?? 'null', type: 'application/json' })),
    value.map((v) => ({ payload: JSON.stringify(v) ?? 'null', type: 'application/json' })),
    fc.string({ maxLength: 200 }).map((s) => ({ payload: s, type: 'application/json' })),
    fc.string({ maxLength: 50 }).map((s) => ({
      payload: s,
      type: fc.sample(fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data'), 1)[0] as string,
    })),
  );

function expectClientError(status: number, headers: Record<string, unknown>, text: string, label: string) {
  expect(status, `${label} → ${status} ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/);
  if (status >= 400) expect(headers['content-type'], label).toMatch(/^application\/problem\+json/);
}

forEachBackend('fuzzing every write route', (get) => {
  it('never answers random bodies with a 5xx, as an administrator or anonymously', { timeout: 240_000 }, async () => {
    let admin = await signInDemo(get().app, 'admin');
    const routes = await writeRoutes(admin);
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const anon = anonymous(get().app);
    for (const route of routes) {
      const url = await concretePath(admin, route.path);
      await fc.assert(
        fc.asyncProperty(bodyFor(route.body), fc.boolean(), async (b, asAdmin) => {
          const client = asAdmin ? admin : anon;
          const response = await client.request(route.method, url, b.payload, { 'content-type': b.type });
          expectClientError(
            response.statusCode,
            response.headers,
            response.body,
            `${route.method} ${url} ${b.payload.slice(0, 80)}`,
          );
        }),
        { numRuns: runsPerRoute(routes.length, RUNS) },
      );
      // A fuzzed body may have signed the administrator out (logout) or changed their password: sign in again.
      if ((await admin.get('/api/auth/me')).statusCode !== 200) admin = await signInDemo(get().app, 'admin');
    }
  });

  it('never answers random path parameters with a 5xx', { timeout: 240_000 }, async () => {
    const admin = await signInDemo(get().app, 'admin');
    const routes = await writeRoutes(admin);
    const segment = fc.oneof(
      fc.string({ minLength: 1, maxLength: 60 }),
      fc.uuid(),
      fc.constantFrom('%00', '..', '%ZZ', 'a'.repeat(500)),
    );
    const withParams = routes.filter((r) => r.path.includes('{'));
    for (const route of withParams) {
      await fc.assert(
        fc.asyncProperty(segment, segment, async (slug, id) => {
          const url = route.path
            .replace('{siteSlug}', encodeURIComponent(slug))
            .replace('{id}', encodeURIComponent(id));
          const response = await admin.request(route.method, url, '{}', { 'content-type': 'application/json' });
          expectClientError(response.statusCode, response.headers, response.body, `${route.method} ${url}`);
        }),
        { numRuns: runsPerRoute(withParams.length, Math.ceil(RUNS / 2)) },
      );
    }
  });
});
