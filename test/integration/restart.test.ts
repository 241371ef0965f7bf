import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.js';
import { runCli, startServer, stop } from '../support/child-server.js';

/** A small fetch client for a server in another process: keeps the cookie and CSRF token. */
async function signIn(base: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.atrium.example', password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return (url: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${base}${url}`, {
      method: init.method ?? 'GET',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
}

const zonesOf = async (call: Awaited<ReturnType<typeof signIn>>) =>
  ((await (await call('/api/sites/brussels/zones')).json()) as { id: string; code: string }[]).map(
    (z) => `${z.id}:${z.code}`,
  );

// Real processes that migrate, seed and import on a shared, busy machine: generous bounds, no retries.
describe('the embedded database across restarts', { timeout: 240_000 }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atrium-restart-'));
  const dataDir = path.join(root, 'data');
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) await stop(child, 'SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps what was written before a kill -9 and does not seed again', async () => {
    const first = await startServer(dataDir);
    children.push(first.child);
    expect(first.output()).toContain(DEMO_PASSWORD);
    // The first start loads ESCO (the fixture here), then the catalogue's demo tags and offers.
    expect(first.output()).toContain('Catalogue demo data:');
    const demoTrainings = (await (await fetch(`${first.base}/api/catalogue/listings?kind=training`)).json()) as {
      total: number;
    };
    expect(demoTrainings.total).toBeGreaterThan(0);
    const call = await signIn(first.base);
    const site = ((await (await call('/api/sites')).json()) as { id: string }[])[0]?.id;
    const created = await call('/api/sites/brussels/zones', {
      method: 'POST',
      body: { code: 'K9', name: { fr: 'Après', nl: 'Na', en: 'After' }, kind: 'waiting' },
    });
    expect(created.status).toBe(201);
    const before = await zonesOf(call);
    await stop(first.child, 'SIGKILL');

    const second = await startServer(dataDir);
    children.push(second.child);
    expect(second.output()).not.toContain(DEMO_PASSWORD);
    expect(second.output()).not.toContain('Catalogue demo data:');
    const again = await signIn(second.base);
    expect(await zonesOf(again)).toEqual(before);
    expect(((await (await again('/api/sites')).json()) as { id: string }[]).map((s) => s.id)).toEqual([site]);
    await stop(second.child, 'SIGTERM');
  });

  it('round-trips a stopped data directory through atrium backup and atrium restore', async () => {
    const file = path.join(root, 'backup.tar.gz');
    const backup = await runCli(dataDir, ['backup', file]);
    expect(backup.stdout).toContain('Backup written');
    expect(existsSync(file)).toBe(true);

    const restoredDir = path.join(root, 'restored');
    await runCli(restoredDir, ['restore', file]);
    await expect(runCli(restoredDir, ['restore', file])).rejects.toThrow(/--force/);

    const original = await startServer(dataDir);
    children.push(original.child);
    const expected = await zonesOf(await signIn(original.base));
    await stop(original.child, 'SIGTERM');

    const restored = await startServer(restoredDir);
    children.push(restored.child);
    expect(restored.output()).not.toContain(DEMO_PASSWORD);
    const zones = await zonesOf(await signIn(restored.base));
    expect(zones).toEqual(expected);
    expect(zones.some((z) => z.endsWith(':K9'))).toBe(true);
    await stop(restored.child, 'SIGTERM');
  });
});
