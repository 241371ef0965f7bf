import path from 'node:path';
import { benchCentre } from './roster-centre.js';
import { benchInstances, type InstanceRow } from './roster-instances.js';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const seconds = Number(option('--seconds', '60'));
const [first, last] = option('--instances', '1-12').split('-').map(Number);
const numbers = Array.from({ length: (last ?? first ?? 1) - (first ?? 1) + 1 }, (_, i) => (first ?? 1) + i);

const table = (rows: InstanceRow[]): string => {
  const lines = ['instance     objective  best-known   ratio  bound  feasible  seconds'];
  for (const r of rows) {
    lines.push(
      [
        r.instance.padEnd(11),
        String(r.objective ?? '—').padStart(10),
        String(r.bestKnown).padStart(11),
        (r.ratio === null ? '—' : r.ratio.toFixed(3)).padStart(7),
        String(r.bound ?? '—').padStart(6),
        (r.feasible ? 'yes' : 'NO').padStart(9),
        r.seconds.toFixed(1).padStart(8),
      ].join(' '),
    );
  }
  return lines.join('\n');
};

const main = async () => {
  const centre = await benchCentre();
  if (!json) {
    console.log(`Demo centre, 4 weeks × 10 half-days, ${centre.staff} staff (62 counsellors, 4 reception, 4 stewards)`);
    console.log(
      `  plan: ${centre.status} in ${centre.seconds.toFixed(2)} s (target ≤ 5 s), objective ${centre.objective}, bound ${centre.bound}, gap ${((centre.gap ?? 0) * 100).toFixed(2)} %, ${centre.assignments} assignments, ${centre.shortfalls} coverage gap(s)`,
    );
    console.log(
      `  sick-day re-plan (${centre.replan.sick}, week 2 Tuesday): ${centre.replan.status} in ${centre.replan.seconds.toFixed(2)} s, ${centre.replan.changed} assignments changed, ${centre.replan.shortfalls} coverage gap(s)`,
    );
  }
  const rows = await benchInstances(root, numbers, seconds);
  const ratios = rows.map((r) => r.ratio ?? Number.NaN);
  const meanRatio = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  if (!json) {
    console.log(`\nCurtois–Qu instances ${first}–${last}, ${seconds} s each`);
    console.log(table(rows));
    console.log(`mean ratio to best-known: ${meanRatio.toFixed(3)} (target ≤ 1.020)`);
  }
  if (json) console.log(JSON.stringify({ centre, instances: rows, meanRatio }));
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `bench:roster: ${error.message}` : error);
  process.exit(1);
});
