/**
 * `npm run bench:queue`: the walk-in queue's two figures. (1) Wait-time estimate accuracy over
 * simulated days, ours against the naive baseline. (2) A load scenario on PostgreSQL: 200 desks, 500
 * SSE subscribers, ticket issuing next to a bare route. `-- --json` ends with one JSON line.
 * BENCH_SECONDS (default 25) and BENCH_THINK_MS (default 1500) tune the load. With 1.5 s between a
 * desk's steps, 200 desks complete about 40 clients a second — a busy centre serves about 100 a day,
 * so this is thousands of times its real rate, and every call fans out to 500 subscribers.
 */
import { printEstimate, runEstimate } from './queue-estimate.js';
import { runLoad } from './queue-load.js';
import { printLoad, summaryJson } from './queue-report.js';

const json = process.argv.includes('--json');
const seconds = Number(process.env.BENCH_SECONDS ?? 25);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 1500);
const log = (s: string) => console.error(`· ${s}`);

async function main() {
  const estimate = runEstimate(20);
  printEstimate(estimate);
  const load = await runLoad(seconds, thinkMs, log);
  if (load) printLoad(load);
  else console.log('\nPostgreSQL is not reachable (BENCH_ADMIN_DATABASE_URL): the load scenario did not run.');
  if (json) console.log(JSON.stringify(summaryJson(estimate, load)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
