/** The load table (figures next to the issue's targets, PASS/MISS) and the one-line JSON summary. */
import type { EstimateSummary } from './queue-estimate.js';
import type { LoadSummary } from './queue-load.js';
import { round } from './stats.js';

const TARGET = { callNextP99Ms: 50, deliveryP99Ms: 250, errors: 0, issueRatio: 0.25 };

const deliveryP99 = (l: LoadSummary) => Math.max(l.display.p99, l.phone.p99);
const ratio = (l: LoadSummary) => round(l.issue.requestsPerSecond / l.bare.requestsPerSecond, 3);
const errorCount = (l: LoadSummary) =>
  l.metrics.errors.length + l.metrics.phoneMissed + l.issue.errors + l.issue.non2xx + l.bare.errors + l.bare.non2xx;

export function printLoad(l: LoadSummary) {
  const m = l.metrics;
  const row = (name: string, figures: string, target: string, pass: boolean) =>
    console.log(`${name.padEnd(34)}${figures.padEnd(40)}${target.padEnd(14)}${pass ? 'PASS' : 'MISS'}`);
  console.log(
    `\nLoad on PostgreSQL — 200 desks (think ${l.thinkMs} ms between steps), ${m.displayMs.length > 0 ? 20 : 0} displays + 480 phones on SSE, ${l.seconds} s`,
  );
  console.log(`${'measure'.padEnd(34)}${'figures'.padEnd(40)}${'target'.padEnd(14)}verdict`);
  row(
    'call-next latency',
    `p50 ${l.callNext.p50} / p95 ${l.callNext.p95} / p99 ${l.callNext.p99} ms`,
    'p99 ≤ 50 ms',
    l.callNext.p99 <= TARGET.callNextP99Ms,
  );
  row(
    'call → display (ticket.called)',
    `p50 ${l.display.p50} / p99 ${l.display.p99} ms (n=${m.displayMs.length})`,
    'p99 ≤ 250 ms',
    l.display.p99 <= TARGET.deliveryP99Ms,
  );
  row(
    'call → phone (status: called)',
    `p50 ${l.phone.p50} / p99 ${l.phone.p99} ms (n=${m.phoneMs.length})`,
    'p99 ≤ 250 ms',
    l.phone.p99 <= TARGET.deliveryP99Ms,
  );
  row('errors', `${errorCount(l)} (phones never told "called": ${m.phoneMissed})`, '0', errorCount(l) === 0);
  row(
    'ticket issuing vs bare route',
    `${Math.round(l.issue.requestsPerSecond)} vs ${Math.round(l.bare.requestsPerSecond)} req/s = ${ratio(l)}`,
    '≥ 0.25',
    ratio(l) >= TARGET.issueRatio,
  );
  console.log(
    `work done: ${m.calls} calls (${round(m.calls / l.seconds)}/s), ${m.emptyCalls} empty calls, ${m.sessions} sessions ended, ${m.issued} tickets issued during setup+load; issuing p50/p99 ${l.issue.p50}/${l.issue.p99} ms`,
  );
  console.log(
    'delivery = subscriber receive time − the server’s calledAt stamp (set before the call’s transaction commits)',
  );
  if (m.errors.length > 0) console.log(`first errors: ${[...new Set(m.errors)].slice(0, 5).join(' | ')}`);
}

export function summaryJson(e: EstimateSummary, l: LoadSummary | null) {
  return {
    estimate: { maeMin: e.ours.maeMin, baselineMaeMin: e.baseline.maeMin },
    load: {
      desks: 200,
      subscribers: 500,
      callNextP99Ms: l ? l.callNext.p99 : null,
      deliveryP99Ms: l ? deliveryP99(l) : null,
      errors: l ? errorCount(l) : null,
      issueRatioToBare: l ? ratio(l) : null,
    },
  };
}
