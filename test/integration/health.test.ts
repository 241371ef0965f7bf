import { expect, it } from 'vitest';
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

  it('sends strict security headers', async () => {
    const response = await anonymous(get().app).get('/healthz');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});
