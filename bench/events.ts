/**
 * `npm run bench:events`: the public agenda's p95 latency with 5,000 events loaded (target ≤ 50 ms),
 * and a burst of 200 simultaneous registrations for the last 20 places of an event (exactly the free
 * places confirmed, the rest waitlisted, no errors). PGlite by default; BENCH_DATABASE_URL for
 * PostgreSQL. `-- --json` prints the results as one JSON object on the last line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { FIELDS, LANGUAGES } from '../src/common/domain.js';
import { root } from './lib.js';

const json = process.argv.includes('--json');
const EVENTS = 5000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 400);
const BURST = 200;
const PLACES = 20;

function start(): Promise<{ port: number; eventId: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/events-server.ts')], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`events server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /READY (\d+) (\S+)/.exec(chunk.toString());
      if (!match) return;
      child.removeAllListeners('exit');
      resolve({ port: Number(match[1]), eventId: match[2] as string, stop: () => child.kill('SIGTERM') });
    });
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** p95 of /healthz in the same run: how loaded the machine is (a baseline, not a target). */
async function healthLatency(base: string) {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    times.push(performance.now() - t0);
  }
  return percentile(times, 95);
}

async function agendaLatency(base: string) {
  const queries = [
    '',
    '?field=work',
    '?language=nl',
    '?audience=jobseeker&field=train',
    '?organiser=actiris',
    `?from=${new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)}`,
  ];
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < SAMPLES + 20; i++) {
    const q =
      i % 7 === 6 ? `?field=${FIELDS[i % FIELDS.length]}&language=${LANGUAGES[i % 3]}` : queries[i % queries.length];
    const t0 = performance.now();
    const response = await fetch(`${base}/api/sites/brussels/agenda${q}`);
    await response.arrayBuffer();
    if (!response.ok) errors++;
    if (i >= 20) times.push(performance.now() - t0); // the first 20 warm up
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), errors };
}

async function burst(base: string, eventId: string) {
  const results = await Promise.all(
    Array.from({ length: BURST }, (_, i) =>
      fetch(`${base}/api/sites/brussels/agenda/events/${eventId}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}` },
        body: JSON.stringify({ nickname: `burst${i}` }),
      })
        .then(async (r) => (r.status === 201 ? ((await r.json()) as { status: string }).status : 'error'))
        .catch(() => 'error'),
    ),
  );
  return {
    requests: BURST,
    places: PLACES,
    confirmed: results.filter((s) => s === 'confirmed').length,
    waitlisted: results.filter((s) => s === 'waitlisted').length,
    errors: results.filter((s) => s === 'error').length,
  };
}

async function main() {
  const server = await start();
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const health = await healthLatency(base);
    const agenda = await agendaLatency(base);
    const b = await burst(base, server.eventId);
    const backend = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
    console.log(`\nbench:events (${backend}, ${EVENTS} events)`);
    console.log(
      `public agenda: p50 ${agenda.p50.toFixed(1)} ms, p95 ${agenda.p95.toFixed(1)} ms over ${SAMPLES} requests (target ≤ 50 ms) ${agenda.p95 <= 50 ? 'OK' : 'OVER'}, errors ${agenda.errors}`,
    );
    console.log(`baseline: /healthz p95 ${health.toFixed(1)} ms in the same run`);
    console.log(
      `registration burst: ${b.requests} at once for the last ${b.places} places → ${b.confirmed} confirmed, ${b.waitlisted} waitlisted, ${b.errors} errors ${b.confirmed === b.places && b.waitlisted === b.requests - b.places && b.errors === 0 ? 'OK' : 'WRONG'}`,
    );
    if (json) {
      console.log(JSON.stringify({ events: EVENTS, agendaP95Ms: Number(agenda.p95.toFixed(1)), burst: b }));
    }
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
