/**
 * A busy day in the digital space, compressed: arrivals peak at opening and late morning, walk-ins get
 * a free station of the kind they want from a steward or join the waiting list; a freed station is
 * offered to the next ticket, who claims it at the station screen; some people ask for help, some get
 * an extension. The local model mirrors the server's rules, so every request is expected to succeed.
 */
import { call } from './space-clients.js';

export type Station = { id: string; label: string; kind: 'computer' | 'tablet'; token: string };
export type Staff = { cookie: string; csrf: string };
type Outcome = { ok: number; errors: number; details: string[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Deterministic pseudo-random numbers, so every run simulates the same day. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

export async function simulateDay(
  base: string,
  stations: Station[],
  stewards: Staff[],
  realSeconds: number,
): Promise<Outcome> {
  const random = rng(42);
  const simMinutes = 10 * 60;
  const msPerSimMinute = (realSeconds * 1000) / simMinutes;
  const outcome: Outcome = { ok: 0, errors: 0, details: [] };
  let turn = 0;
  const staff = () => stewards[turn++ % stewards.length] as Staff;
  const expectOk = async (what: string, run: Promise<{ status: number; body: unknown }>) => {
    const r = await run;
    if (r.status >= 200 && r.status < 300) outcome.ok++;
    else {
      outcome.errors++;
      if (outcome.details.length < 5) outcome.details.push(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    }
    return r.body as Record<string, unknown>;
  };

  const busy = new Set<string>();
  const reserved = new Set<string>();
  const queues: Record<'computer' | 'tablet', string[]> = { computer: [], tablet: [] };
  const pending: Promise<unknown>[] = [];

  const occupy = (station: Station, useId: string) => {
    busy.add(station.id);
    const minutes = station.kind === 'tablet' ? 20 + random() * 10 : 30 + random() * 30;
    const helps = random() < 0.3;
    const extends_ = random() < 0.2;
    pending.push(
      (async () => {
        if (helps) {
          await sleep(minutes * 0.3 * msPerSimMinute);
          const help = await expectOk('help', call(base, 'POST', '/api/station/help', { bearer: station.token }));
          await sleep(3 * msPerSimMinute);
          const s = staff();
          await expectOk('acknowledge', call(base, 'POST', `/api/sites/brussels/space/help/${help.id}/acknowledge`, s));
          await sleep(5 * msPerSimMinute);
          await expectOk('resolve', call(base, 'POST', `/api/sites/brussels/space/help/${help.id}/resolve`, s));
        }
        if (extends_)
          await expectOk('extend', call(base, 'POST', `/api/sites/brussels/space/uses/${useId}/extend`, staff()));
        await sleep(minutes * msPerSimMinute);
        await expectOk('end', call(base, 'POST', `/api/sites/brussels/space/uses/${useId}/end`, staff()));
        busy.delete(station.id);
        const next = queues[station.kind].shift();
        if (next) {
          // The server offered this station to the next ticket: they walk over and type their code.
          reserved.add(station.id);
          await sleep(2 * msPerSimMinute);
          const use = await expectOk(
            'claim',
            call(base, 'POST', '/api/station/claim', { bearer: station.token }, { code: next }),
          );
          reserved.delete(station.id);
          if (use.id) occupy(station, use.id as string);
        }
      })(),
    );
  };

  const arrive = async (kind: 'computer' | 'tablet') => {
    const free = stations.find((s) => s.kind === kind && !busy.has(s.id) && !reserved.has(s.id));
    if (free && queues[kind].length === 0) {
      busy.add(free.id);
      const use = await expectOk(
        'start',
        call(base, 'POST', '/api/sites/brussels/space/uses', staff(), { stationId: free.id }),
      );
      if (use.id) occupy(free, use.id as string);
      else busy.delete(free.id);
    } else {
      const ticket = await expectOk(
        'issue',
        call(base, 'POST', '/api/sites/brussels/space-tickets', staff(), { kind }),
      );
      if (ticket.code) queues[kind].push(ticket.code as string);
    }
  };

  // Arrival times: a rush at opening and a late-morning peak, then a steady afternoon.
  const arrivals: { at: number; kind: 'computer' | 'tablet' }[] = [];
  for (let i = 0; i < 110; i++) {
    const r = random();
    const at = r < 0.35 ? random() * 30 : r < 0.7 ? 90 + random() * 120 : 240 + random() * 300;
    arrivals.push({ at, kind: random() < 0.3 ? 'tablet' : 'computer' });
  }
  arrivals.sort((a, b) => a.at - b.at);
  const started = Date.now();
  for (const a of arrivals) {
    const wait = started + a.at * msPerSimMinute - Date.now();
    if (wait > 0) await sleep(wait);
    await arrive(a.kind);
  }
  while (pending.length > 0) await Promise.all(pending.splice(0));
  return outcome;
}
