/**
 * The state of the walk-in floor a service needs to order queues and estimate waits: who is waiting,
 * which counsellors are at a desk and what they hold, recent session lengths, calls so far today.
 */
import { and, count, desc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { Candidate } from '../../../common/visits/queue-order.js';
import { blendedMean, type EstimateCounsellor } from '../../../common/visits/wait-estimate.js';
import { queueKey } from '../../../common/visits/vocabulary.js';
import type { DbOrTx } from '../../db/client.js';
import { deskSessions, tickets } from '../../db/schema/index.js';

export type WaitingTicket = Candidate & { code: string; issuedAt: number };
export type OpenDesk = {
  sessionId: string;
  deskId: string;
  status: 'available' | 'away';
  queues: string[];
  holding: { field: Field; startedAt: number | null; calledAt: number | null } | null;
};
export type Floor = {
  waiting: WaitingTicket[];
  desks: OpenDesk[];
  meanMinutes: Partial<Record<Field, number>>;
  callsToday: Partial<Record<Field, number>>;
};

/** Queues a desk session serves: its fields × languages, limited to what the site offers. */
export function sessionQueues(
  fields: readonly string[],
  languages: readonly string[],
  site: { fields: readonly string[]; languages: readonly string[] },
) {
  return fields
    .filter((f) => site.fields.includes(f))
    .flatMap((f) => languages.filter((l) => site.languages.includes(l)).map((l) => queueKey(f, l)));
}

export async function loadFloor(
  db: DbOrTx,
  siteId: SiteId,
  day: string,
  site: { fields: readonly string[]; languages: readonly string[] },
  defaultMinutes: number,
): Promise<Floor> {
  const waitingRows = await db
    .select({
      id: tickets.id,
      field: tickets.field,
      language: tickets.language,
      priorityAt: tickets.priorityAt,
      issuedAt: tickets.issuedAt,
      previousId: tickets.previousId,
      code: tickets.code,
    })
    .from(tickets)
    .where(and(eq(tickets.siteId, siteId), eq(tickets.status, 'waiting'), eq(tickets.serviceDate, day)))
    .orderBy(tickets.priorityAt);

  const deskRows = await db
    .select()
    .from(deskSessions)
    .where(and(eq(deskSessions.siteId, siteId), isNull(deskSessions.closedAt)));
  const held =
    deskRows.length === 0
      ? []
      : await db
          .select({
            deskSessionId: tickets.deskSessionId,
            field: tickets.field,
            startedAt: tickets.startedAt,
            calledAt: tickets.calledAt,
          })
          .from(tickets)
          .where(
            and(
              eq(tickets.siteId, siteId),
              inArray(tickets.status, ['called', 'in_session']),
              inArray(
                tickets.deskSessionId,
                deskRows.map((d) => d.id),
              ),
            ),
          );

  const recent = await db
    .select({
      field: tickets.field,
      minutes: sql<number>`extract(epoch from (${tickets.endedAt} - ${tickets.startedAt})) / 60`.mapWith(Number),
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.siteId, siteId),
        isNotNull(tickets.startedAt),
        isNotNull(tickets.endedAt),
        gt(tickets.endedAt, sql`now() - interval '14 days'`),
      ),
    )
    .orderBy(desc(tickets.endedAt))
    .limit(300);

  const calls = await db
    .select({ field: tickets.field, n: count() })
    .from(tickets)
    .where(and(eq(tickets.siteId, siteId), eq(tickets.serviceDate, day), isNotNull(tickets.calledAt)))
    .groupBy(tickets.field);

  const samples = new Map<string, number[]>();
  for (const r of recent) {
    const list = samples.get(r.field) ?? [];
    if (list.length < 20) list.push(r.minutes);
    samples.set(r.field, list);
  }
  const meanMinutes: Partial<Record<Field, number>> = {};
  for (const field of site.fields) meanMinutes[field as Field] = blendedMean(samples.get(field) ?? [], defaultMinutes);

  return {
    waiting: waitingRows.map((r) => ({
      id: r.id,
      field: r.field as Field,
      language: r.language as Language,
      priorityAt: r.priorityAt.getTime(),
      issuedAt: r.issuedAt.getTime(),
      transferred: r.previousId !== null,
      code: r.code,
    })),
    desks: deskRows.map((d) => {
      const h = held.find((x) => x.deskSessionId === d.id);
      return {
        sessionId: d.id,
        deskId: d.deskId,
        status: d.status as 'available' | 'away',
        queues: sessionQueues(d.fields, d.languages, site),
        holding: h
          ? {
              field: h.field as Field,
              startedAt: h.startedAt?.getTime() ?? null,
              calledAt: h.calledAt?.getTime() ?? null,
            }
          : null,
      };
    }),
    meanMinutes,
    callsToday: Object.fromEntries(calls.map((c) => [c.field, c.n])),
  };
}

/** Counsellors as the estimator sees them: present, not away, free when their current client is expected to leave. */
export function estimateCounsellors(floor: Floor, now: number, defaultMinutes: number): EstimateCounsellor[] {
  return floor.desks
    .filter((d) => d.status === 'available')
    .map((d) => {
      if (!d.holding) return { queues: d.queues, freeAt: now };
      const mean = (floor.meanMinutes[d.holding.field] ?? defaultMinutes) * 60_000;
      const start = d.holding.startedAt ?? now + 60_000;
      // A session already past its mean is expected to end soon, not to have ended.
      return { queues: d.queues, freeAt: Math.max(start + mean, now + 2 * 60_000) };
    });
}
