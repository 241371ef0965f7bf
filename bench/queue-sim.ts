/**
 * One simulated day at the centre, event by event. Desks take clients with the real call-next policy
 * (`chooseNext`); at each arrival the estimate is computed as the server computes it (`floorEstimates`
 * over what a server knows then: who waits, which desks are open and available, what they hold,
 * recent session lengths), next to the naive baseline; the wait that followed is recorded.
 */
import type { Field, Language } from '../src/common/domain.js';
import { type Candidate, chooseNext, DEFAULT_QUEUE_RULES } from '../src/common/visits/queue-order.js';
import { blendedMean, naiveEstimate, toRange } from '../src/common/visits/wait-estimate.js';
import { queueKey } from '../src/common/visits/vocabulary.js';
import { defaultSessionMinutes, floorEstimates } from '../src/server/modules/visits/estimates.js';
import type { Floor, OpenDesk, WaitingTicket } from '../src/server/modules/visits/floor.js';
import { DEFAULT_VISIT_SETTINGS } from '../src/server/modules/visits/settings.service.js';
import {
  arrivals,
  type Counsellor,
  DAY_MINUTES,
  NO_SHOW_SHARE,
  type Rng,
  roster,
  rng,
  sessionMinutes,
  walkMinutes,
} from './queue-sim-model.js';

export type TicketRecord = {
  field: Field;
  language: Language;
  issuedAt: number;
  /** Our estimate as shown (the range's central minutes); null when nobody present serves the queue. */
  ours: number | null;
  low: number | null;
  high: number | null;
  baseline: number | null;
  /** Minutes until called; null when not served by closing. */
  waited: number | null;
};

/** Recent session lengths per field, most recent last; carried from day to day like the server's 14 days. */
export type History = Map<Field, number[]>;

type Held = { ticket: WaitingTicket; calledAt: number; startedAt: number | null };
type Desk = { c: Counsellor; inPeriod: boolean; held: Held | null; idleSince: number };
type SimEvent = { at: number; seq: number; run: () => void };

const DEFAULT_MINUTES = defaultSessionMinutes(30); // 0.6 × the 30-minute limit
const MS = 60_000;
const EPOCH = Date.UTC(2026, 0, 5, 8, 0); // 09:00 Brussels

export function simulateDay(seed: number, history: History) {
  const r: Rng = rng(seed);
  const desks: Desk[] = roster(r).map((c) => ({ c, inPeriod: false, held: null, idleSince: 0 }));
  const events: SimEvent[] = [];
  let seq = 0;
  const at = (t: number, run: () => void) => {
    const e = { at: t, seq: seq++, run };
    let i = events.length;
    while (i > 0 && (events[i - 1] as SimEvent).at > t) i--;
    events.splice(i, 0, e);
  };

  const waiting: WaitingTicket[] = [];
  const records = new Map<string, TicketRecord>();
  const callsToday: Partial<Record<Field, number>> = {};
  const meanMinutes = () => {
    const out: Partial<Record<Field, number>> = {};
    for (const [field, list] of history) out[field] = blendedMean(list.slice(-20), DEFAULT_MINUTES);
    return out;
  };
  const serves = (d: Desk, t: { field: Field; language: Language }) =>
    d.c.fields.includes(t.field) && d.c.languages.includes(t.language);
  // What the server sees: desks open and available — in a period, or finishing a client before leaving.
  const visible = () => desks.filter((d) => d.inPeriod || d.held !== null);
  let now = 0;

  const floorNow = (): Floor => ({
    waiting: [...waiting],
    desks: visible().map(
      (d): OpenDesk => ({
        sessionId: d.c.id,
        deskId: d.c.id,
        status: 'available',
        queues: d.c.fields.flatMap((f) => d.c.languages.map((l) => queueKey(f, l))),
        holding: d.held
          ? {
              field: d.held.ticket.field,
              calledAt: EPOCH + d.held.calledAt * MS,
              startedAt: d.held.startedAt === null ? null : EPOCH + d.held.startedAt * MS,
            }
          : null,
      }),
    ),
    meanMinutes: meanMinutes(),
    callsToday: { ...callsToday },
    lastEventId: 0,
    waitingZone: null,
  });

  const dispatch = () => {
    if (now >= DAY_MINUTES) return;
    const idle = desks.filter((d) => d.inPeriod && d.held === null).sort((a, b) => a.idleSince - b.idleSince);
    for (const d of idle) {
      const candidates: Candidate[] = waiting.filter((t) => serves(d, t));
      const next = chooseNext(candidates, DEFAULT_QUEUE_RULES, callsToday);
      if (!next) continue;
      const ticket = waiting.splice(
        waiting.findIndex((t) => t.id === next.id),
        1,
      )[0] as WaitingTicket;
      callsToday[ticket.field] = (callsToday[ticket.field] ?? 0) + 1;
      const record = records.get(ticket.id);
      if (record) record.waited = now - record.issuedAt;
      const held: Held = { ticket, calledAt: now, startedAt: null };
      d.held = held;
      if (r() < NO_SHOW_SHARE) {
        at(now + 3, () => release(d));
        continue;
      }
      at(now + walkMinutes(r), () => {
        held.startedAt = now;
        const length = sessionMinutes(r, ticket.field);
        at(now + length, () => {
          const list = history.get(ticket.field) ?? [];
          list.push(length);
          if (list.length > 40) list.shift();
          history.set(ticket.field, list);
          release(d);
        });
      });
    }
  };
  const release = (d: Desk) => {
    d.held = null;
    d.idleSince = now;
  };

  for (const d of desks) {
    for (const [from, to] of d.c.periods) {
      at(from, () => {
        d.inPeriod = true;
        d.idleSince = now;
      });
      at(to, () => {
        d.inPeriod = false;
      });
    }
  }
  arrivals(r).forEach((a, i) => {
    at(a.at, () => {
      const id = `t${String(i).padStart(4, '0')}`;
      const t = EPOCH + now * MS;
      const ticket: WaitingTicket = { ...a, id, code: id, priorityAt: t, issuedAt: t, transferred: false };
      const ahead = waiting.filter((w) => w.field === a.field && w.language === a.language).length;
      waiting.push(ticket);
      const floor = floorNow();
      const ours = toRange(floorEstimates(floor, t, DEFAULT_VISIT_SETTINGS, DEFAULT_MINUTES).get(id));
      const serving = floor.desks.filter((d) => d.queues.includes(queueKey(a.field, a.language))).length;
      const mean = floor.meanMinutes[a.field] ?? DEFAULT_MINUTES;
      records.set(id, {
        field: a.field,
        language: a.language,
        issuedAt: now,
        ours: ours?.minutes ?? null,
        low: ours?.low ?? null,
        high: ours?.high ?? null,
        baseline: naiveEstimate(ahead, mean, serving),
        waited: null,
      });
    });
  });

  let present = 0;
  let samples = 0;
  for (let t = 15; t < DAY_MINUTES; t += 15) {
    at(t, () => {
      present += desks.filter((d) => d.inPeriod).length;
      samples++;
    });
  }

  while (events.length > 0) {
    const e = events.shift() as SimEvent;
    now = e.at;
    e.run();
    dispatch();
  }
  return { records: [...records.values()], meanPresent: present / samples };
}
