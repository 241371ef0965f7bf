/** The floor as issuing last loaded it, kept to place the next batches without a replay, and what invalidates it. */
import type { Field } from '../../../common/domain.js';
import type { ReplayTail } from '../../../common/visits/wait-estimate.js';
import type { Db } from '../../db/client.js';

/**
 * How long issuing may place newcomers on a floor it loaded (when nothing else changed) before loading
 * it again: estimates count from the load, so they may be this much older than the ticket.
 */
export const issuingFloor = { reuseMs: 1_000 };
/** Events that change what issuing must know of the floor; another instance's `ticket.issued` is one. */
export const FLOOR_EVENTS = (type: string) =>
  type.startsWith('ticket.') || type === 'desk_session.changed' || type === 'queues.settings_changed';

/**
 * The floor as issuing last loaded it, with the tickets this instance issued since placed at the
 * back of their queues (`appendWaits`): valid while no other change reached the floor.
 */
export type IssueFloor = {
  day: string;
  loadedAt: number;
  lastEventId: number;
  tails: ReplayTail[];
  counts: Map<string, number>;
  duration: (field: Field) => number;
  zone: string | null;
};

/** Databases whose events reach the issuers (see `watchFloorChanges`); without it, every batch loads the floor. */
export const watched = new WeakSet<Db>();
