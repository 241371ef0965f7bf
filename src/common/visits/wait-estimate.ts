/**
 * Wait-time estimate by replaying the call-next policy forward in time: each present counsellor
 * becomes free when their current session is expected to end, takes the ticket the policy would
 * give them from the queues they serve, and is busy for the field's recent mean duration. A
 * ticket's estimate is when it would be called. This counts counsellors shared between queues,
 * sessions in progress and priority rules, which "queue length × duration ÷ counsellors" does not.
 */
import type { Field } from '../domain.js';
import { MinHeap } from './min-heap.js';
import { type Candidate, chooseNext, type QueueRules } from './queue-order.js';
import { queueKey } from './vocabulary.js';

export type EstimateCounsellor = {
  /** Queue keys (`field:language`) this counsellor serves. */
  queues: readonly string[];
  /** When they are expected to be free (ms); `now` or earlier when idle. */
  freeAt: number;
};

export type EstimateInput = {
  now: number;
  waiting: readonly Candidate[];
  counsellors: readonly EstimateCounsellor[];
  /** Recent mean session length per field, minutes. */
  meanMinutes: Partial<Record<Field, number>>;
  defaultMinutes: number;
  rules: QueueRules;
  callsToday: Partial<Record<Field, number>>;
};

export type Estimate = { minutes: number; low: number; high: number } | null;

/**
 * Minutes until each waiting ticket is called; null when nobody present can serve it.
 * Like call-next on the server, the policy only looks at the head of each queue (one head for
 * transferred tickets, one for the others): that gives the same choice as looking at every waiting
 * ticket, but each step costs the desk's queues instead of the whole waiting list.
 */
export function estimateWaits(input: EstimateInput): Map<string, number | null> {
  return replayWaits(input).estimates;
}

/**
 * Where the replay leaves a counsellor once everyone waiting has been placed: the queues they serve
 * and when they would be free again (ms). `order` breaks ties as the replay does.
 */
export type ReplayTail = { queues: readonly string[]; freeAt: number; order: number };

/** The replay's estimates, and each counsellor's tail (see `appendWaits`). */
export function replayWaits(input: EstimateInput): { estimates: Map<string, number | null>; tails: ReplayTail[] } {
  const result = new Map<string, number | null>(input.waiting.map((t) => [t.id, null]));
  const groups = new Map<string, { list: Candidate[]; next: number }>();
  for (const t of [...input.waiting].sort(older)) {
    const key = groupKey(queueKey(t.field, t.language), t.transferred);
    const group = groups.get(key) ?? { list: [], next: 0 };
    group.list.push(t);
    groups.set(key, group);
  }
  let remaining = input.waiting.length;
  const calls = { ...input.callsToday };
  // The counsellor free first takes the next ticket; ties go to the one listed first.
  const desks = new MinHeap<{ keys: string[]; queues: string[]; freeAt: number; order: number }>(
    (a, b) => a.freeAt < b.freeAt || (a.freeAt === b.freeAt && a.order < b.order),
  );
  for (const [order, c] of input.counsellors.entries()) {
    const queues = [...new Set(c.queues)];
    desks.push({
      keys: queues.flatMap((q) => [groupKey(q, false), groupKey(q, true)]),
      queues,
      freeAt: Math.max(c.freeAt, input.now),
      order,
    });
  }
  const duration = (field: Field) => (input.meanMinutes[field] ?? input.defaultMinutes) * 60_000;
  const tails: ReplayTail[] = [];

  while (remaining > 0) {
    const desk = desks.pop();
    if (!desk) break;
    const heads: Candidate[] = [];
    for (const key of desk.keys) {
      const group = groups.get(key);
      const head = group?.list[group.next];
      if (head) heads.push(head);
    }
    const next = chooseNext(heads, input.rules, calls);
    if (!next) {
      // Nothing left this counsellor can serve: they are free from here on.
      tails.push({ queues: desk.queues, freeAt: desk.freeAt, order: desk.order });
      continue;
    }
    const group = groups.get(groupKey(queueKey(next.field, next.language), next.transferred));
    if (group) group.next++;
    remaining--;
    result.set(next.id, (desk.freeAt - input.now) / 60_000);
    calls[next.field] = (calls[next.field] ?? 0) + 1;
    desk.freeAt += duration(next.field);
    desks.push(desk);
  }
  for (let desk = desks.pop(); desk; desk = desks.pop()) {
    tails.push({ queues: desk.queues, freeAt: desk.freeAt, order: desk.order });
  }
  return { estimates: result, tails: tails.sort((a, b) => a.order - b.order) };
}

/**
 * Estimates for tickets joining the back of their queues, from a replay's tails, without replaying
 * the floor again. A newcomer (not transferred, arriving after everyone waiting) is only taken by a
 * counsellor who has nobody older left in any of their queues, so it goes to the counsellor serving
 * its queue whose tail comes first; everyone already waiting keeps their estimate. This equals a full
 * replay when no ratio rule applies (a ratio rule can prefer a newcomer to an older ticket): callers
 * replay in full when there are ratio rules. `tails` is updated in place; give it a copy to try.
 */
export function appendWaits(
  tails: ReplayTail[],
  newcomers: readonly { id: string; field: Field; language: string }[],
  now: number,
  duration: (field: Field) => number,
): Map<string, number | null> {
  const result = new Map<string, number | null>();
  for (const t of newcomers) {
    const queue = queueKey(t.field, t.language);
    let best: ReplayTail | undefined;
    for (const tail of tails) {
      if (!tail.queues.includes(queue)) continue;
      if (!best || tail.freeAt < best.freeAt || (tail.freeAt === best.freeAt && tail.order < best.order)) best = tail;
    }
    if (!best) {
      result.set(t.id, null);
      continue;
    }
    const start = Math.max(best.freeAt, now);
    result.set(t.id, (start - now) / 60_000);
    best.freeAt = start + duration(t.field);
  }
  return result;
}

const groupKey = (queue: string, transferred: boolean) => `${queue}|${transferred ? 't' : 'w'}`;
const older = (a: Candidate, b: Candidate) => a.priorityAt - b.priorityAt || a.id.localeCompare(b.id);

/** A range around the estimate: people trust "10–15 min" more than a precise minute. */
export function toRange(minutes: number | null | undefined): Estimate {
  if (minutes === null || minutes === undefined) return null;
  const m = Math.max(0, minutes);
  return { minutes: Math.round(m), low: Math.max(0, Math.floor(m * 0.8)), high: Math.ceil(m * 1.25 + 2) };
}

/** The naive baseline the benchmark compares with: queue length × mean duration ÷ counsellors. */
export function naiveEstimate(ahead: number, meanMinutes: number, counsellors: number): number | null {
  return counsellors > 0 ? (ahead * meanMinutes) / counsellors : null;
}

/** Shrinks a small sample's mean towards a prior, so two quick sessions don't make estimates jump. */
export function blendedMean(samples: readonly number[], prior: number, weight = 3): number {
  const sum = samples.reduce((a, b) => a + b, 0);
  return (sum + prior * weight) / (samples.length + weight);
}
