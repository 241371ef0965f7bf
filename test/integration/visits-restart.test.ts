/**
 * SIGKILL in the middle of a busy simulated hour: desks call, start and end while reception issues,
 * the server is killed, restarted on the same data directory, and every acknowledged (2xx-answered)
 * ticket, call and session must be there in the state its last acknowledged answer said.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StaffTicket, TicketView } from '../../src/common/visits/schemas.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.js';
import { startServer, stop } from '../support/child-server.js';
import { ALL_WEEK, DEFAULT_SETTINGS, END_BODY, middayZone } from '../support/visits.js';

type Call = (url: string, method?: string, body?: unknown) => Promise<Response>;

async function signIn(base: string, email: string): Promise<Call> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(login.status, email).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return (url, method = 'GET', body) =>
    fetch(`${base}${url}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

const ORDER = ['waiting', 'called', 'in_session', 'done'];
type Known = { code: string; status: string; calledAt: string | null; pending: boolean };

describe('walk-in visits across a kill -9', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atrium-visits-restart-'));
  const dataDir = path.join(root, 'data');
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) await stop(child, 'SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps every acknowledged ticket, call and session', async () => {
    const first = await startServer(dataDir);
    children.push(first.child);
    const admin = await signIn(first.base, 'admin@demo.atrium.example');
    const patch = await admin('/api/sites/brussels', 'PATCH', { openingHours: ALL_WEEK, timeZone: middayZone() });
    expect(patch.status).toBe(200);
    expect((await admin('/api/sites/brussels/visit-settings', 'PUT', DEFAULT_SETTINGS)).status).toBe(200);
    const staff = (await (await admin('/api/staff?limit=200')).json()) as {
      email: string;
      fields: string[];
      languages: string[];
    }[];
    const deskList = (await (await admin('/api/sites/brussels/desks')).json()) as { id: string }[];
    const workers = staff.filter((s) => s.fields.includes('work') && s.languages.includes('fr')).slice(0, 5);
    expect(workers.length).toBe(5);

    const known = new Map<string, Known>();
    const desks = new Map<string, string>();
    const counsellors: Call[] = [];
    for (const [i, w] of workers.entries()) {
      const call = await signIn(first.base, w.email);
      const open = await call('/api/sites/brussels/desk/open', 'POST', { deskId: deskList[i]?.id });
      expect(open.status).toBe(200);
      desks.set(w.email, deskList[i]?.id as string);
      counsellors.push(call);
    }
    const issueOne = async () => {
      const r = await admin('/api/sites/brussels/tickets', 'POST', { field: 'work', language: 'fr' });
      if (r.status !== 201) throw new Error(`issue answered ${r.status}`);
      const v = (await r.json()) as TicketView;
      known.set(v.token, { code: v.code, status: 'waiting', calledAt: null, pending: false });
    };
    for (let i = 0; i < 15; i++) await issueOne();

    let stopped = false;
    let ended = 0;
    const guard = async (token: string | undefined, run: () => Promise<Response>, after: (t: StaffTicket) => void) => {
      const entry = token ? known.get(token) : undefined;
      if (entry) entry.pending = true;
      const r = await run();
      if (r.status !== 200) throw new Error(`desk answered ${r.status} ${await r.text()}`);
      const body = (await r.json()) as StaffTicket | { ticket: StaffTicket | null };
      const t = 'ticket' in body ? body.ticket : body;
      if (t) after(t);
      if (entry) entry.pending = false;
      return t;
    };
    const work = async (call: Call) => {
      while (!stopped) {
        const t = await guard(
          undefined,
          () => call('/api/sites/brussels/desk/call-next', 'POST'),
          (c) => {
            const k = known.get(c.token);
            if (k) Object.assign(k, { status: 'called', calledAt: c.calledAt });
          },
        );
        if (!t) continue;
        const set = (status: string) => () => Object.assign(known.get(t.token) ?? {}, { status });
        const base = `/api/sites/brussels/desk/tickets/${t.id}`;
        await guard(t.token, () => call(`${base}/start`, 'POST'), set('in_session'));
        await guard(t.token, () => call(`${base}/end`, 'POST', END_BODY), set('done'));
        ended++;
        // Reception keeps the queue fed while the desks work.
        await issueOne();
      }
    };
    // After the kill every loop ends on a refused connection: not acknowledged, so not checked.
    const loops = counsellors.map((c) => work(c).catch(() => undefined));
    const deadline = Date.now() + 30_000;
    while (ended < 8 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ended).toBeGreaterThanOrEqual(8);
    await stop(first.child, 'SIGKILL');
    stopped = true;
    await Promise.all(loops);

    const second = await startServer(dataDir);
    children.push(second.child);
    expect(second.output()).not.toContain(DEMO_PASSWORD);
    let exact = 0;
    for (const [token, k] of known) {
      const r = await fetch(`${second.base}/api/tickets/${token}`);
      expect(r.status, k.code).toBe(200);
      const v = (await r.json()) as TicketView;
      expect(v.code).toBe(k.code);
      if (k.pending) {
        expect(ORDER.indexOf(v.status), `${k.code}: ${v.status}`).toBeGreaterThanOrEqual(ORDER.indexOf(k.status));
      } else {
        expect(v.status, k.code).toBe(k.status);
        exact++;
      }
      if (k.calledAt) expect(v.calledAt).toBe(k.calledAt);
    }
    expect(exact).toBeGreaterThan(known.size - 6);
    for (const [i, w] of workers.entries()) {
      const call = await signIn(second.base, w.email);
      const state = (await (await call('/api/sites/brussels/desk')).json()) as { session: { desk: { id: string } } };
      expect(state.session.desk.id, `desk of counsellor ${i}`).toBe(desks.get(w.email));
    }
    await stop(second.child, 'SIGTERM');
    // A first start migrates and seeds an embedded database on disk: slow on a busy two-core machine.
  }, 240_000);
});
