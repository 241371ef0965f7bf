import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { anonymous, Client } from '../support/client.js';
import { demoEmail, makeStaff, PASSWORD } from '../support/factories.js';
import { expectProblem } from '../support/problem.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.js';

forEachBackend('sign-in', (get) => {
  it('signs a demo account in and describes it', async () => {
    const client = anonymous(get().app);
    const response = await client.post('/api/auth/login', { email: demoEmail('admin'), password: DEMO_PASSWORD });
    expect(response.statusCode).toBe(200);
    const me = response.json() as { roles: string[]; home: string; csrfToken: string; sites: { slug: string }[] };
    expect(me.roles).toEqual(['admin', 'manager']);
    expect(me.home).toBe('/admin');
    expect(me.sites.map((s) => s.slug)).toEqual(['brussels']);
    const cookie = response.cookies.find((c) => c.name === 'atrium_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const again = await client.get('/api/auth/me');
    expect(again.statusCode).toBe(200);
  });

  it('accepts the e-mail address in any case and with spaces', async () => {
    const client = anonymous(get().app);
    const response = await client.post('/api/auth/login', {
      email: `  ${demoEmail('partner').toUpperCase()} `,
      password: DEMO_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    const client = anonymous(get().app);
    const user = await makeStaff(get().database.db, { roles: ['counsellor'] });
    const wrong = await client.post('/api/auth/login', { email: user.email, password: 'not the password' });
    const unknown = await client.post('/api/auth/login', { email: 'nobody@nowhere.example', password: PASSWORD });
    const a = expectProblem(wrong, 401, 'auth.invalid_credentials');
    const b = expectProblem(unknown, 401, 'auth.invalid_credentials');
    expect(a.title).toBe(b.title);
    expect(wrong.cookies.find((c) => c.name === 'atrium_session')).toBeUndefined();
    expectProblem(await client.get('/api/auth/me'), 401, 'auth.required');
  });

  it('refuses a disabled account even with the right password', async () => {
    const user = await makeStaff(get().database.db, { roles: ['counsellor'], active: false });
    const response = await anonymous(get().app).post('/api/auth/login', { email: user.email, password: PASSWORD });
    expectProblem(response, 401, 'auth.invalid_credentials');
  });

  it('locks an account after repeated wrong passwords, then refuses even the right one', async () => {
    const user = await makeStaff(get().database.db, { roles: ['counsellor'] });
    const client = anonymous(get().app);
    for (let i = 0; i < 5; i++) {
      expectProblem(
        await client.post('/api/auth/login', { email: user.email, password: `wrong-${i}` }),
        401,
        'auth.invalid_credentials',
      );
    }
    const locked = await client.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const body = expectProblem(locked, 429, 'auth.too_many_attempts');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(body.title).toMatch(/15/);
    // From another address too: the lock is on the account, not the client.
    const elsewhere = await new Client(get().app).post('/api/auth/login', { email: user.email, password: PASSWORD });
    expectProblem(elsewhere, 429, 'auth.too_many_attempts');
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const client = anonymous(get().app);
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const r = await client.post('/api/auth/login', { email: `nobody${i}@nowhere.example`, password: 'x' });
      statuses.push(r.statusCode);
      if (r.statusCode === 429) {
        expectProblem(r, 429, 'rate.limited');
        expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});
