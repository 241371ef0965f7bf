/**
 * The actors of the load scenario: desks looping call-next → start → end, a reception issuer that
 * keeps the queues filled, and SSE subscribers (display boards on the site stream, phones on their
 * tickets' streams) that stamp when each call reached them.
 */
import { FIELDS, LANGUAGES } from '../src/common/domain.js';
import { clientAddress, openStream, request, type Staff, type Stream } from './queue-http.js';

export type Metrics = {
  callNextMs: number[];
  displayMs: number[];
  phoneMs: number[];
  /** Phones whose ticket moved on (in session, done) before they were told it was called. */
  phoneMissed: number;
  errors: string[];
  calls: number;
  emptyCalls: number;
  sessions: number;
  issued: number;
};

export const newMetrics = (): Metrics => ({
  callNextMs: [],
  displayMs: [],
  phoneMs: [],
  phoneMissed: 0,
  errors: [],
  calls: 0,
  emptyCalls: 0,
  sessions: 0,
  issued: 0,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const jitter = (ms: number) => ms * (0.5 + Math.random());
export const SITE = '/api/sites/brussels';

export function ticketBody(i: number) {
  return { field: FIELDS[i % FIELDS.length], language: LANGUAGES[Math.floor(i / FIELDS.length) % LANGUAGES.length] };
}

export async function issueOne(port: number, reception: Staff, i: number, m: Metrics) {
  const res = await request(port, 'POST', `${SITE}/tickets`, reception, ticketBody(i));
  if (res.status !== 201) {
    m.errors.push(`issue: ${res.status} ${res.body.slice(0, 120)}`);
    return null;
  }
  m.issued++;
  return JSON.parse(res.body) as { token: string };
}

type Running = { running: boolean };

/** One desk: call next, start, end with an outcome; `thinkMs` between steps (a counsellor is not a robot). */
export async function deskLoop(port: number, staff: Staff, m: Metrics, run: Running, thinkMs: number) {
  await sleep(Math.random() * thinkMs);
  while (run.running) {
    const call = await request(port, 'POST', `${SITE}/desk/call-next`, staff).catch((e: Error) => e);
    if (call instanceof Error) {
      m.errors.push(`call-next socket: ${call.message}`);
      await sleep(thinkMs);
      continue;
    }
    m.callNextMs.push(call.ms);
    if (call.status !== 200) {
      m.errors.push(`call-next: ${call.status} ${call.body.slice(0, 120)}`);
      await sleep(thinkMs);
      continue;
    }
    const ticket = (JSON.parse(call.body) as { ticket: { id: string; field: string } | null }).ticket;
    if (!ticket) {
      m.emptyCalls++;
      await sleep(jitter(thinkMs));
      continue;
    }
    m.calls++;
    await sleep(jitter(thinkMs));
    const path = `${SITE}/desk/tickets/${ticket.id}`;
    const start = await request(port, 'POST', `${path}/start`, staff).catch((e: Error) => e);
    if (start instanceof Error || start.status !== 200) {
      m.errors.push(`start: ${start instanceof Error ? start.message : `${start.status} ${start.body.slice(0, 120)}`}`);
      continue;
    }
    await sleep(jitter(thinkMs));
    const outcome = { outcomeType: 'information', fieldsHandled: [ticket.field], referrals: [] };
    const end = await request(port, 'POST', `${path}/end`, staff, outcome).catch((e: Error) => e);
    if (end instanceof Error || end.status !== 200) {
      m.errors.push(`end: ${end instanceof Error ? end.message : `${end.status} ${end.body.slice(0, 120)}`}`);
      continue;
    }
    m.sessions++;
    await sleep(jitter(thinkMs));
  }
}

/** Reception keeps about `backlog` people waiting: it issues whenever fewer are waiting. */
export async function issuerLoop(port: number, reception: Staff, m: Metrics, run: Running, backlog: number) {
  let i = 0;
  while (run.running) {
    if (m.issued - m.calls >= backlog) {
      await sleep(20);
      continue;
    }
    await issueOne(port, reception, i++, m).catch((e: Error) => m.errors.push(`issue socket: ${e.message}`));
  }
}

type CalledEvent = { data: { id?: string; calledAt?: string | null } };
type StatusView = { status: string; calledAt: string | null };

/** A display board on the site stream: time from the server's call stamp to receiving `ticket.called`. */
export function display(port: number, staff: Staff, n: number, m: Metrics, run: Running): Stream {
  return openStream(
    port,
    `${SITE}/stream`,
    { cookie: staff.cookie },
    (frame) => {
      if (frame.event !== 'ticket.called' || !run.running) return;
      const calledAt = (JSON.parse(frame.data) as CalledEvent).data.calledAt;
      if (calledAt) m.displayMs.push(frame.receivedAt - Date.parse(calledAt));
    },
    (reason) => {
      if (run.running) m.errors.push(reason);
    },
    clientAddress(900 + n),
  );
}

/** A phone following its ticket: time from the call stamp to receiving `status: called`. */
export function phone(port: number, token: string, n: number, m: Metrics, run: Running): Stream {
  let seen = false;
  return openStream(
    port,
    `/api/tickets/${token}/stream`,
    {},
    (frame) => {
      if (frame.event !== 'status' || seen) return;
      const view = JSON.parse(frame.data) as StatusView;
      if (view.status === 'in_session' || view.status === 'done') {
        seen = true;
        m.phoneMissed++;
        return;
      }
      if (view.status !== 'called' || !view.calledAt) return;
      seen = true;
      m.phoneMs.push(frame.receivedAt - Date.parse(view.calledAt));
    },
    (reason) => {
      if (run.running) m.errors.push(reason);
    },
    clientAddress(1000 + n),
  );
}
