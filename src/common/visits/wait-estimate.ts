/**
 * Wait-time estimate by replaying the call-next policy forward in time: each present counsellor
 * becomes free when their current session is expected to end, takes the ticket the policy would
 * give them from the queues they serve, and is busy for the field's recent mean duration. A
 * ticket's estimate is when it would be called. This counts counsellors shared between queues,
 * sessions in progress and priority rules, which "queue length × duration ÷ counsellors" does not.
 */
import type { Field } from '../domain.js';
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

/** Minutes until each waiting ticket is called; null when nobody present can serve it. */
export function estimateWaits(input: EstimateInput): Map<string, number | null> {
  const result = new Map<string, number | null>(input.waiting.map((t) => [t.id, null]));
  const remaining = new Map(input.waiting.map((t) => [t.id, t]));
  const calls = { ...input.callsToday };
  const desks = input.counsellors.map((c) => ({ queues: new Set(c.queues), freeAt: Math.max(c.freeAt, input.now) }));
  const duration = (field: Field) => (input.meanMinutes[field] ?? input.defaultMinutes) * 60_000;

  while (remaining.size > 0 && desks.length > 0) {
    let index = 0;
    for (let i = 1; i < desks.length; i++) if ((desks[i]?.freeAt ?? 0) < (desks[index]?.freeAt ?? 0)) index = i;
    const desk = desks[index];
    if (!desk) break;
    const candidates = [...remaining.values()].filter((t) => desk.queues.has(queueKey(t.field, t.language)));
    const next = chooseNext(candidates, input.rules, calls);
    if (!next) {
      desks.splice(index, 1);
      continue;
    }
    result.set(next.id, (desk.freeAt - input.now) / 60_000);
    remaining.delete(next.id);
    calls[next.field] = (calls[next.field] ?? 0) + 1;
    desk.freeAt += duration(next.field);
  }
  return result;
}

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
