/**
 * `npm run bench:space`: 80 station screens and 5 steward apps connected by SSE through a simulated busy
 * day (compressed). Screens behave like the real apps: they re-fetch their state only when an event
 * names them (stewards: one debounced snapshot per burst); nothing polls. Prints event delivery
 * percentiles (server event time → received), server CPU per connected screen (from the server child's
 * `process.cpuUsage()` over IPC), requests per screen per minute and errors. `--json` adds one line:
 * `{"screens":80,"deliveryP99Ms":…,"cpuMsPerScreenPerMinute":…,"errors":…}`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './lib.js';
import { call, percentile, Screen } from './space-clients.js';
import { type Staff, type Station, simulateDay } from './space-day.js';

const json = process.argv.includes('--json');
const daySeconds = Number(process.env.BENCH_SPACE_SECONDS ?? 60);
const idleSeconds = 15;
const STEWARDS = 5;

type Child = { port: number; child: ChildProcess; cpu: () => Promise<number> };

function startServer(): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/space-server.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const cpu = () =>
    new Promise<number>((resolve) => {
      child.once('message', (m) => {
        const { user, system } = (m as { cpu: NodeJS.CpuUsage }).cpu;
        resolve((user + system) / 1000);
      });
      child.send('cpu');
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /READY (\d+)/.exec(chunk.toString());
      if (match) resolve({ port: Number(match[1]), child, cpu });
    });
  });
}

async function signIn(base: string, email: string): Promise<Staff> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'atrium-demo-2026' }),
  });
  const cookie =
    (response.headers.getSetCookie().find((c) => c.startsWith('atrium_session=')) ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

/** Enrols and claims a station screen for every station (as the administrator would). */
async function enrolScreens(base: string, admin: Staff): Promise<Station[]> {
  const list = (await call(base, 'GET', '/api/sites/brussels/stations', admin)).body as Station[];
  const out: Station[] = [];
  for (const s of list) {
    const enrolled = await call(base, 'POST', '/api/sites/brussels/devices', admin, {
      kind: 'station',
      label: `Screen ${s.label}`,
      stationId: s.id,
    });
    if (enrolled.status !== 201)
      throw new Error(`enrol ${s.label}: ${enrolled.status} ${JSON.stringify(enrolled.body)}`);
    const code = (enrolled.body as { code: string }).code;
    const claim = await call(base, 'POST', '/api/devices/claim', { ip: `10.0.0.${out.length + 1}` }, { code });
    if (claim.status !== 201) throw new Error(`claim ${s.label}: ${claim.status} ${JSON.stringify(claim.body)}`);
    out.push({ id: s.id, label: s.label, kind: s.kind, token: (claim.body as { token: string }).token });
  }
  return out;
}

async function main() {
  const server = await startServer();
  const base = `http://127.0.0.1:${server.port}`;
  const screens: Screen[] = [];
  try {
    const admin = await signIn(base, 'admin@demo.atrium.example');
    const stations = await enrolScreens(base, admin);
    const stewards = await Promise.all(
      Array.from({ length: STEWARDS }, () => signIn(base, 'steward@demo.atrium.example')),
    );
    let refetchErrors = 0;
    const refetch = async (run: Promise<{ status: number }>) => {
      if ((await run).status !== 200) refetchErrors++;
    };
    for (const s of stations) {
      const screen: Screen = new Screen(
        base,
        `/api/sites/brussels/stream?access_token=${s.token}`,
        {},
        (type, data) => {
          const ids = data.stationIds;
          if (type.startsWith('space.') && (data.all === true || (Array.isArray(ids) && ids.includes(s.id)))) {
            screen.requests++;
            void refetch(call(base, 'GET', '/api/station', { bearer: s.token }));
          }
        },
      );
      screens.push(screen);
    }
    for (const st of stewards) {
      let timer: NodeJS.Timeout | undefined;
      const screen: Screen = new Screen(base, '/api/sites/brussels/stream', { cookie: st.cookie }, (type) => {
        if (!type.startsWith('space.')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          screen.requests++;
          void refetch(call(base, 'GET', '/api/sites/brussels/space', st));
        }, 150);
      });
      screens.push(screen);
    }
    await Promise.all(screens.map((s) => s.connect()));

    const idleStart = await server.cpu();
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    const idleCpu = (await server.cpu()) - idleStart;

    const dayStart = await server.cpu();
    const started = Date.now();
    const day = await simulateDay(base, stations, stewards, daySeconds);
    await new Promise((r) => setTimeout(r, 500));
    const minutes = (Date.now() - started) / 60_000;
    const dayCpu = (await server.cpu()) - dayStart;

    const latencies = screens.flatMap((s) => s.deliveries.map((d) => d.latencyMs));
    const stationScreens = screens.slice(0, stations.length);
    const disconnects = screens.reduce((n, s) => n + s.disconnects, 0);
    const errors = day.errors + refetchErrors + disconnects;
    const result = {
      screens: stationScreens.length,
      deliveryP99Ms: percentile(latencies, 99),
      cpuMsPerScreenPerMinute: Math.round((dayCpu / stationScreens.length / minutes) * 10) / 10,
      errors,
    };
    const perScreenRequests = stationScreens.reduce((n, s) => n + s.requests, 0) / stationScreens.length / minutes;
    console.log(`\nDigital space — ${stationScreens.length} station screens + ${STEWARDS} steward apps on SSE, PGlite`);
    console.log(`simulated day: 10 h in ${minutes.toFixed(2)} min real time; ${day.ok} steward/station actions`);
    console.log(`events delivered      ${latencies.length}`);
    console.log(
      `delivery p50 / p95 / p99 / max (ms)   ${percentile(latencies, 50)} / ${percentile(latencies, 95)} / ${result.deliveryP99Ms} / ${percentile(latencies, 100)}`,
    );
    console.log(
      `server CPU, busy day  ${result.cpuMsPerScreenPerMinute} ms per connected screen per minute (${Math.round(dayCpu)} ms total)`,
    );
    console.log(
      `server CPU, idle      ${Math.round((idleCpu / stationScreens.length / (idleSeconds / 60)) * 10) / 10} ms per connected screen per minute (heartbeats only)`,
    );
    console.log(
      `requests per station screen per minute  ${perScreenRequests.toFixed(2)} (event-driven re-fetches; no polling)`,
    );
    console.log(
      `errors                ${errors} (actions ${day.errors}, re-fetches ${refetchErrors}, stream drops ${disconnects})`,
    );
    for (const d of day.details) console.log(`  ${d}`);
    console.log(
      `targets: delivery p99 <= 250 ms ${result.deliveryP99Ms <= 250 ? 'met' : 'MISSED'}, zero errors ${errors === 0 ? 'met' : 'MISSED'}`,
    );
    if (json) console.log(JSON.stringify(result));
  } finally {
    for (const s of screens) s.close();
    server.child.kill('SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
