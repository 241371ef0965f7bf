/**
 * Estimate accuracy: several simulated days (seeded), the estimate shown at ticket time against the
 * wait that followed, ours next to the naive baseline, on the same tickets. Tickets nobody present
 * could serve (no estimate) and tickets not served by closing are counted apart, not dropped silently.
 */
import { simulateDay, type History, type TicketRecord } from './queue-sim.js';
import { mean, percentile, round } from './stats.js';

export type EstimateSummary = {
  days: number;
  tickets: number;
  compared: number;
  noEstimate: number;
  notServed: number;
  meanPresent: number;
  meanWaitMin: number;
  ours: { maeMin: number; medianMin: number; p90Min: number; withinRange: number };
  baseline: { maeMin: number; medianMin: number; p90Min: number };
};

export function runEstimate(days = 20, firstSeed = 1): EstimateSummary {
  const history: History = new Map();
  simulateDay(firstSeed + 10_000, history); // a warm-up day: the server has recent sessions from earlier days
  const all: TicketRecord[] = [];
  let present = 0;
  for (let i = 0; i < days; i++) {
    const day = simulateDay(firstSeed + i, history);
    all.push(...day.records);
    present += day.meanPresent;
  }
  const compared = all.filter(
    (t): t is TicketRecord & { ours: number; baseline: number; waited: number } =>
      t.ours !== null && t.baseline !== null && t.waited !== null,
  );
  const ours = compared.map((t) => Math.abs(t.ours - t.waited));
  const base = compared.map((t) => Math.abs(t.baseline - t.waited));
  const within = compared.filter((t) => t.low !== null && t.high !== null && t.waited >= t.low && t.waited <= t.high);
  return {
    days,
    tickets: all.length,
    compared: compared.length,
    noEstimate: all.filter((t) => t.ours === null).length,
    notServed: all.filter((t) => t.ours !== null && t.waited === null).length,
    meanPresent: round(present / days),
    meanWaitMin: round(mean(compared.map((t) => t.waited))),
    ours: {
      maeMin: round(mean(ours), 2),
      medianMin: round(percentile(ours, 50)),
      p90Min: round(percentile(ours, 90)),
      withinRange: round((within.length / Math.max(1, compared.length)) * 100),
    },
    baseline: {
      maeMin: round(mean(base), 2),
      medianMin: round(percentile(base, 50)),
      p90Min: round(percentile(base, 90)),
    },
  };
}

export function printEstimate(s: EstimateSummary) {
  const col = (v: string | number, n = 10) => String(v).padStart(n);
  console.log(
    `\nWait-time estimate — ${s.days} simulated days, ${s.tickets} tickets, ≈${s.meanPresent} counsellors at a desk, mean wait ${s.meanWaitMin} min`,
  );
  console.log(
    `${'estimator'.padEnd(34)}${col('MAE min')}${col('median')}${col('p90')}${col('in range')}${col('tickets')}`,
  );
  console.log(
    `${'ours (policy replay, range centre)'.padEnd(34)}${col(s.ours.maeMin)}${col(s.ours.medianMin)}${col(s.ours.p90Min)}${col(`${s.ours.withinRange}%`)}${col(s.compared)}`,
  );
  console.log(
    `${'naive (ahead × mean ÷ counsellors)'.padEnd(34)}${col(s.baseline.maeMin)}${col(s.baseline.medianMin)}${col(s.baseline.p90Min)}${col('—')}${col(s.compared)}`,
  );
  console.log(
    `not compared: ${s.noEstimate} with no estimate (nobody present served the queue), ${s.notServed} not served by closing`,
  );
  console.log(
    `verdict: ${s.ours.maeMin < s.baseline.maeMin ? 'PASS' : 'MISS'} — ours must beat the baseline in the same run`,
  );
}
