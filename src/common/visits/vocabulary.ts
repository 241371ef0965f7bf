import type { Field } from '../domain.js';

/** Ticket letters by field, shown on tickets and the display ("W 042"). */
export const FIELD_LETTERS: Record<Field, string> = {
  choose: 'C',
  train: 'T',
  change: 'D',
  work: 'W',
  create: 'S',
  move: 'M',
};

export const formatTicketCode = (letter: string, number: number) => `${letter} ${String(number).padStart(3, '0')}`;

export const TICKET_STATUSES = [
  'waiting',
  'called',
  'in_session',
  'parked',
  'done',
  'transferred',
  'no_show',
  'cancelled',
  'not_served',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
/** A ticket a desk is working on. */
export const HELD_STATUSES: TicketStatus[] = ['called', 'in_session', 'parked'];

export const CHANNELS = ['friend', 'partner', 'poster', 'social', 'press', 'website', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const OUTCOME_TYPES = ['information', 'guidance', 'referral', 'follow_up'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];

export const DIRECTION_TARGETS = ['digital', 'documentation', 'event', 'partner', 'other'] as const;
export type DirectionTarget = (typeof DIRECTION_TARGETS)[number];

export const queueKey = (field: string, language: string) => `${field}:${language}`;
