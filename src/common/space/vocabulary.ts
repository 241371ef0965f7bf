import type { StationKind } from '../domain.js';

/** How a station use began: a steward started it, or a digital-space ticket claimed it. */
export const USE_STARTS = ['steward', 'ticket'] as const;
export type UseStart = (typeof USE_STARTS)[number];

/** A digital-space ticket on the waiting list. */
export const SPACE_TICKET_STATUSES = ['waiting', 'offered', 'seated', 'expired', 'cancelled', 'closed'] as const;
export type SpaceTicketStatus = (typeof SPACE_TICKET_STATUSES)[number];

/** What the steward grid shows for a station. */
export const STATION_STATES = ['free', 'reserved', 'in_use', 'over_time', 'help', 'out_of_order'] as const;
export type StationState = (typeof STATION_STATES)[number];

export const HELP_STATUSES = ['raised', 'acknowledged', 'resolved', 'cancelled'] as const;
export type HelpStatus = (typeof HELP_STATUSES)[number];

/** Minutes before the end at which the station screen warns. */
export const WARNING_MINUTES = [10, 5, 1] as const;

/** Digital-space ticket codes use their own letter so they never clash with counselling codes. */
export const SPACE_TICKET_LETTER: Record<StationKind, string> = { computer: 'D', tablet: 'T' };

export const formatSpaceCode = (kind: StationKind, n: number) =>
  `${SPACE_TICKET_LETTER[kind]} ${String(n).padStart(3, '0')}`;

/** "d007", "D 007", "d-7" all name the same ticket. */
export function normalizeSpaceCode(input: string): string | null {
  const m = /^\s*([a-z])[\s-]*0*(\d{1,4})\s*$/i.exec(input);
  if (!m) return null;
  return `${(m[1] as string).toUpperCase()} ${String(Number(m[2])).padStart(3, '0')}`;
}
