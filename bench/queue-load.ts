/**
 * The load scenario on PostgreSQL: 200 desks working (call-next → start → end) while reception keeps
 * the queues filled, 500 SSE subscribers (20 display boards on the site stream, 480 phones on their
 * tickets' streams), then ticket issuing throughput next to a bare Fastify route, in the same run.
 */
import pg from 'pg';
import { benchCounsellorEmail, BENCH_DESK_FIRST, BENCH_DESKS } from './queue-setup.js';
import { clientAddress, request, signInStaff, type Staff, type Stream } from './queue-http.js';
import {
  display,
  deskLoop,
  issueOne,
  issuerLoop,
  type Metrics,
  newMetrics,
  phone,
  SITE,
  ticketBody,
} from './queue-load-actors.js';
import { freshPostgres, type LoadResult, serve } from './lib.js';
import { percentile, round } from './stats.js';
import autocannon from 'autocannon';

const PASSWORD = 'atrium-demo-2026';
const DISPLAYS = 20;
const PHONES = 480;
const DB_NAME = 'atrium_bench_queue';

export type LoadSummary = {
  seconds: number;
  thinkMs: number;
  metrics: Metrics;
  callNext: { p50: number; p95: number; p99: number };
  display: { p50: number; p99: number };
  phone: { p50: number; p99: number };
  issue: LoadResult;
  bare: LoadResult;
};

/** Runs `task` over `items` with at most `width` at a time. */
async function pool<T, R>(items: readonly T[], width: number, task: (item: T, i: number) => Promise<R>) {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i] as T, i);
      }
    }),
  );
  return out;
}

async function post(url: string, headers: Record<string, string>, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 10,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(ticketBody(3)),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function dropDatabase() {
  const client = new pg.Client({
    connectionString: process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  });
  await client.connect();
  await client.query(`drop database if exists ${DB_NAME} with (force)`);
  await client.end();
}

async function desksAndStaff(port: number, manager: Staff) {
  const res = await request(port, 'GET', `${SITE}/desks`, manager);
  if (res.status !== 200) throw new Error(`desks: ${res.status} ${res.body}`);
  const desks = (JSON.parse(res.body) as { id: string; number: number }[])
    .filter((d) => d.number >= BENCH_DESK_FIRST)
    .sort((a, b) => a.number - b.number);
  return pool(desks.slice(0, BENCH_DESKS), 8, async (desk, i) => {
    const staff = await signInStaff(port, benchCounsellorEmail(i), PASSWORD, clientAddress(i));
    const opened = await request(port, 'POST', `${SITE}/desk/open`, staff, { deskId: desk.id });
    if (opened.status !== 200) throw new Error(`desk open: ${opened.status} ${opened.body}`);
    return staff;
  });
}

export async function runLoad(seconds: number, thinkMs: number, log: (s: string) => void): Promise<LoadSummary | null> {
  const url = await freshPostgres(DB_NAME);
  if (!url) return null;
  // BENCH_CPU_PROF=<dir>: the server child writes a CPU profile there (open it in Chrome DevTools).
  const dir = process.env.BENCH_CPU_PROF;
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  const server = await serve('queue', { BENCH_DATABASE_URL: url }, profile);
  const port = server.port;
  const m = newMetrics();
  const run = { running: true };
  const streams: Stream[] = [];
  let issue: LoadResult;
  try {
    const manager = await signInStaff(port, 'manager@demo.atrium.example', PASSWORD);
    const reception = await signInStaff(port, 'reception@demo.atrium.example', PASSWORD);
    log('signing in 200 counsellors and opening their desks…');
    const desks = await desksAndStaff(port, manager);
    log(`issuing ${PHONES} tickets followed by phones…`);
    const tickets = await pool(Array.from({ length: PHONES + 120 }), 6, (_, i) => issueOne(port, reception, i, m));
    tickets.slice(0, PHONES).forEach((t, n) => {
      if (t) streams.push(phone(port, t.token, n, m, run));
    });
    for (let i = 0; i < DISPLAYS; i++) streams.push(display(port, manager, i, m, run));
    await Promise.all(streams.map((s) => s.opened));
    log(`${streams.length} subscribers connected; ${desks.length} desks working for ${seconds} s…`);
    const loops = [
      ...desks.map((staff) => deskLoop(port, staff, m, run, thinkMs)),
      ...Array.from({ length: 4 }, () => issuerLoop(port, reception, m, run, 300)),
    ];
    await new Promise((r) => setTimeout(r, seconds * 1000));
    await new Promise((r) => setTimeout(r, 300)); // let the last calls' deliveries arrive
    run.running = false;
    await Promise.all(loops);
    for (const s of streams) s.close();
    log('ticket issuing throughput (autocannon)…');
    issue = await post(
      `http://127.0.0.1:${port}${SITE}/tickets`,
      { cookie: reception.cookie, 'x-csrf-token': reception.csrf },
      5,
    );
  } finally {
    run.running = false;
    for (const s of streams) s.close();
    await server.stop();
  }
  const bare = await serve('bare');
  let bareResult: LoadResult;
  try {
    await post(`http://127.0.0.1:${bare.port}/bare`, {}, 1);
    bareResult = await post(`http://127.0.0.1:${bare.port}/bare`, {}, 5);
  } finally {
    await bare.stop();
  }
  await dropDatabase();
  const p = (values: number[], q: number) => round(percentile(values, q));
  return {
    seconds,
    thinkMs,
    metrics: m,
    callNext: { p50: p(m.callNextMs, 50), p95: p(m.callNextMs, 95), p99: p(m.callNextMs, 99) },
    display: { p50: p(m.displayMs, 50), p99: p(m.displayMs, 99) },
    phone: { p50: p(m.phoneMs, 50), p99: p(m.phoneMs, 99) },
    issue,
    bare: bareResult,
  };
}
