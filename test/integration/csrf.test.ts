import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { signInDemo } from '../support/factories.js';
import { expectProblem } from '../support/problem.js';

forEachBackend('CSRF protection of cookie writes', (get) => {
  it('refuses a cookie-authenticated write without or with a wrong token, changing nothing', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const before = (await admin.get('/api/sites/brussels/zones')).json() as unknown[];
    const body = { code: 'CSRF', name: { fr: 'Zone', nl: 'Zone', en: 'Zone' }, kind: 'waiting' };
    const token = admin.csrfToken;
    admin.csrfToken = undefined;
    expectProblem(await admin.post('/api/sites/brussels/zones', body), 403, 'auth.csrf_failed');
    admin.csrfToken = 'not-the-token';
    expectProblem(await admin.post('/api/sites/brussels/zones', body), 403, 'auth.csrf_failed');
    admin.csrfToken = token;
    expect((await admin.get('/api/sites/brussels/zones')).json()).toEqual(before);
  });

  it('checks the token on every write method, including logout', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const zones = (await admin.get('/api/sites/brussels/zones')).json() as { id: string }[];
    const token = admin.csrfToken;
    admin.csrfToken = undefined;
    const zone = zones[0]?.id;
    expectProblem(await admin.patch(`/api/sites/brussels/zones/${zone}`, { code: 'X' }), 403, 'auth.csrf_failed');
    expectProblem(await admin.delete(`/api/sites/brussels/zones/${zone}`), 403, 'auth.csrf_failed');
    expectProblem(await admin.put('/api/auth/me/language', { language: 'en' }), 403, 'auth.csrf_failed');
    expectProblem(await admin.post('/api/auth/logout'), 403, 'auth.csrf_failed');
    admin.csrfToken = token;
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
    expect((await admin.get('/api/sites/brussels/zones')).json()).toEqual(zones);
  });

  it('does not let one session use the token of another', async () => {
    const a = await signInDemo(get().app, 'admin');
    const b = await signInDemo(get().app, 'admin');
    a.csrfToken = b.csrfToken;
    expectProblem(await a.put('/api/auth/me/language', { language: 'en' }), 403, 'auth.csrf_failed');
  });

  it('accepts reads without a token', async () => {
    const admin = await signInDemo(get().app, 'admin');
    admin.csrfToken = undefined;
    expect((await admin.get('/api/staff')).statusCode).toBe(200);
  });
});
