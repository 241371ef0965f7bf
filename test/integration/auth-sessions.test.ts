import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { sessions, users } from '../../src/server/db/schema/index.js';
import { sha256 } from '../../src/server/platform/auth/tokens.js';
import { forEachBackend } from '../support/app.js';
import { anonymous, Client } from '../support/client.js';
import { makeStaff, PASSWORD, signedInStaff, signInDemo } from '../support/factories.js';
import { expectProblem } from '../support/problem.js';

forEachBackend('sessions', (get) => {
  const db = () => get().database.db;
  const ageSession = async (client: Client, set: Partial<typeof sessions.$inferInsert>) => {
    await db()
      .update(sessions)
      .set(set)
      .where(eq(sessions.tokenHash, sha256(client.sessionCookie ?? '')));
  };

  it('lets a locked account in again once the lock has ended', async () => {
    const user = await makeStaff(db(), { roles: ['counsellor'] });
    const client = anonymous(get().app);
    for (let i = 0; i < 5; i++) await client.post('/api/auth/login', { email: user.email, password: 'wrong password' });
    expectProblem(
      await client.post('/api/auth/login', { email: user.email, password: PASSWORD }),
      429,
      'auth.too_many_attempts',
    );
    await db()
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(users.id, user.id));
    expect((await client.post('/api/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(200);
  });

  it('issues a new session at every sign-in and ends the one presented', async () => {
    const user = await makeStaff(db(), { roles: ['counsellor'] });
    const client = await new Client(get().app).login(user.email, PASSWORD);
    const first = client.sessionCookie;
    await client.login(user.email, PASSWORD);
    const second = client.sessionCookie;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const stale = new Client(get().app);
    stale.sessionCookie = first;
    expectProblem(await stale.get('/api/auth/me'), 401, 'auth.session_expired');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('ends the session at sign-out; the old cookie no longer works', async () => {
    const { client } = await signedInStaff(get().app, db(), { roles: ['counsellor'] });
    const cookie = client.sessionCookie;
    const out = await client.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect(client.sessionCookie).toBeUndefined();
    const replay = new Client(get().app);
    replay.sessionCookie = cookie;
    expectProblem(await replay.get('/api/auth/me'), 401, 'auth.session_expired');
  });

  it('ends an idle session', async () => {
    const { client } = await signedInStaff(get().app, db(), { roles: ['counsellor'] });
    await ageSession(client, { lastSeenAt: new Date(Date.now() - 121 * 60_000) });
    const cookie = client.sessionCookie;
    expectProblem(await client.get('/api/auth/me'), 401, 'auth.session_expired');
    // The server cleared the cookie; replaying it does not bring the session back.
    expect(client.sessionCookie).toBeUndefined();
    const replay = new Client(get().app);
    replay.sessionCookie = cookie;
    expectProblem(await replay.get('/api/auth/me'), 401, 'auth.session_expired');
  });

  it('keeps a session that is used within the idle limit', async () => {
    const { client } = await signedInStaff(get().app, db(), { roles: ['counsellor'] });
    await ageSession(client, { lastSeenAt: new Date(Date.now() - 119 * 60_000) });
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('ends a session past its absolute lifetime even when active', async () => {
    const { client } = await signedInStaff(get().app, db(), { roles: ['counsellor'] });
    await ageSession(client, { expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() });
    expectProblem(await client.get('/api/auth/me'), 401, 'auth.session_expired');
  });

  it('reports an expired session on a write too, not a CSRF failure', async () => {
    const { client } = await signedInStaff(get().app, db(), { roles: ['counsellor'] });
    await ageSession(client, { expiresAt: new Date(Date.now() - 1000) });
    expectProblem(await client.put('/api/auth/me/language', { language: 'nl' }), 401, 'auth.session_expired');
  });

  it('ends the sessions of an account as soon as it is disabled', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const { user, client } = await signedInStaff(get().app, db(), { roles: ['counsellor'] });
    const other = await new Client(get().app).login(user.email, PASSWORD);
    const disable = await admin.patch(`/api/staff/${user.id}`, { active: false });
    expect(disable.statusCode).toBe(200);
    expectProblem(await client.get('/api/auth/me'), 401, 'auth.session_expired');
    expectProblem(await other.get('/api/auth/me'), 401, 'auth.session_expired');
    expectProblem(
      await anonymous(get().app).post('/api/auth/login', { email: user.email, password: PASSWORD }),
      401,
      'auth.invalid_credentials',
    );
  });

  it('ends the other sessions when the password changes', async () => {
    const { user, client } = await signedInStaff(get().app, db(), { roles: ['counsellor'] });
    const other = await new Client(get().app).login(user.email, PASSWORD);
    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new password',
    });
    expectProblem(wrong, 400, 'auth.wrong_password');
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);
    const change = await client.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a brand new password',
    });
    expect(change.statusCode).toBe(200);
    client.csrfToken = (change.json() as { csrfToken: string }).csrfToken;
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expectProblem(await other.get('/api/auth/me'), 401, 'auth.session_expired');
    expectProblem(
      await anonymous(get().app).post('/api/auth/login', { email: user.email, password: PASSWORD }),
      401,
      'auth.invalid_credentials',
    );
    await new Client(get().app).login(user.email, 'a brand new password');
  });

  it('sets a password through an admin-issued reset link exactly once', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const { user, client } = await signedInStaff(get().app, db(), { roles: ['counsellor'] });
    const link = await admin.post(`/api/staff/${user.id}/reset-link`);
    expect(link.statusCode).toBe(201);
    const token = new URL((link.json() as { url: string }).url).hash.replace('#token=', '');
    const anon = anonymous(get().app);
    const reset = await anon.post('/api/auth/reset', { token, newPassword: 'reset password 2026' });
    expect(reset.statusCode).toBe(200);
    expectProblem(await client.get('/api/auth/me'), 401, 'auth.session_expired');
    await new Client(get().app).login(user.email, 'reset password 2026');
    const again = await anon.post('/api/auth/reset', { token, newPassword: 'another password 2026' });
    expectProblem(again, 400, 'auth.reset_invalid');
    await new Client(get().app).login(user.email, 'reset password 2026');
    expectProblem(
      await anon.post('/api/auth/reset', { token: 'x'.repeat(43), newPassword: 'whatever 12345' }),
      400,
      'auth.reset_invalid',
    );
  });
});
