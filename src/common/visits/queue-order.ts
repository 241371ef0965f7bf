/**
 * Which waiting ticket a desk gets when it presses "call next". Pure: the server applies it to the
 * heads of the queues the desk can serve, then locks the chosen ticket.
 */
import type { Field, Language } from '../domain.js';

export type RatioRule = { first: Field; second: Field; ratio: number };
export type QueueRules = { transferredFirst: boolean; ratios: RatioRule[] };
export const DEFAULT_QUEUE_RULES: QueueRules = { transferredFirst: true, ratios: [] };

export type Candidate = {
  id: string;
  field: Field;
  language: Language;
  /** Arrival time in ms; a transferred ticket keeps its first arrival. */
  priorityAt: number;
  transferred: boolean;
};

/** True when `first` is due under a ratio rule, given calls so far today (F F S F F S … for 2:1). */
export const firstIsDue = (rule: RatioRule, calls: Partial<Record<Field, number>>) =>
  (calls[rule.first] ?? 0) < rule.ratio * ((calls[rule.second] ?? 0) + 1);

const older = (a: Candidate, b: Candidate) => a.priorityAt - b.priorityAt || a.id.localeCompare(b.id);

/**
 * Picks the next ticket among candidates: transferred tickets first when the rule is on; ratio rules
 * between two fields when both have someone waiting; otherwise the longest-waiting ticket.
 */
export function chooseNext(
  candidates: readonly Candidate[],
  rules: QueueRules,
  callsToday: Partial<Record<Field, number>>,
): Candidate | undefined {
  if (candidates.length === 0) return undefined;
  let pool = [...candidates];
  if (rules.transferredFirst && pool.some((c) => c.transferred)) pool = pool.filter((c) => c.transferred);
  for (const rule of rules.ratios) {
    const hasFirst = pool.some((c) => c.field === rule.first);
    const hasSecond = pool.some((c) => c.field === rule.second);
    if (!hasFirst || !hasSecond) continue;
    const skip = firstIsDue(rule, callsToday) ? rule.second : rule.first;
    pool = pool.filter((c) => c.field !== skip);
  }
  return pool.sort(older)[0];
}
