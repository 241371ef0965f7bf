import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/server/platform/http.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { expectProblem } from '../support/problem.js';

forEachBackend('health and routing', (get) => {
  it('answers healthz and readyz', async () => {
    const client = anonymous(get().app);
    const health = await client.get('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await client.get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const response = await anonymous(get().app).get('/api/does-not-exist');
    expectProblem(response, 404, 'route.not_found');
  });

  it('publishes an OpenAPI document listing the routes', async () => {
    const response = await anonymous(get().app).get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain('/api/auth/login');
    expect(Object.keys(doc.paths)).toContain('/api/sites/{siteSlug}/zones/{id}');
  });

  it('compresses JSON of 1 KB or more for clients that accept it, and only then', async () => {
    const { app } = get();
    const plain = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
    const br = await app.inject({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    const small = await app.inject({ method: 'GET', url: '/healthz', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ status: 'ok' });
  });

  it('sends strict security headers', async () => {
    const response = await anonymous(get().app).get('/healthz');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends exactly the security headers @fastify/helmet would (they are computed once, not per request)', async () => {
    const probe = Fastify();
    await probe.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    });
    probe.get('/healthz', async () => ({ status: 'ok' }));
    const own = new Set(['content-type', 'content-length', 'date', 'connection']);
    const security = (headers: Record<string, unknown>) => Object.entries(headers).filter(([name]) => !own.has(name));
    const expected = security((await probe.inject({ method: 'GET', url: '/healthz' })).headers);
    await probe.close();
    expect(expected.length).toBeGreaterThan(10);
    const actual = security((await anonymous(get().app).get('/healthz')).headers);
    expect(actual).toEqual(expected);
  });
});
