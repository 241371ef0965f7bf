import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { openState, serviceDate } from '../../../common/site-time.js';
import type { QueuesSnapshot, QueueSummary } from '../../../common/visits/schemas.js';
import { toRange } from '../../../common/visits/wait-estimate.js';
import { queueKey } from '../../../common/visits/vocabulary.js';
import type { Db } from '../../db/client.js';
import { desks, domainEvents, tickets, zones } from '../../db/schema/index.js';
import type { SiteRow } from '../sites/sites.service.js';
import { defaultSessionMinutes, floorEstimates } from './estimates.js';
import { loadFloor } from './floor.js';
import { getVisitSettings } from './settings.service.js';

const PHANTOM = '~next';

/**
 * Every queue (field × language) of the site: who waits, the longest wait, how many counsellors can
 * serve it now, and the estimate for someone taking a ticket now; plus the latest calls for the display.
 */
export async function queuesSnapshot(db: Db, site: SiteRow, siteId: SiteId, now = new Date()): Promise<QueuesSnapshot> {
  const settings = await getVisitSettings(db, siteId);
  const day = serviceDate(now, site.timeZone);
  const defaultMinutes = defaultSessionMinutes(site.timeLimits.counsellingMinutes);
  const [lastEvent] = await db
    .select({ id: domainEvents.id })
    .from(domainEvents)
    .where(eq(domainEvents.siteId, siteId))
    .orderBy(desc(domainEvents.id))
    .limit(1);
  const floor = await loadFloor(db, siteId, day, site, defaultMinutes);
  const state = openState(site.openingHours, now, site.timeZone, settings.closeBeforeMinutes);
  const t = now.getTime();

  const queues: QueueSummary[] = [];
  for (const field of site.fields as Field[]) {
    for (const language of site.languages as Language[]) {
      const key = queueKey(field, language);
      const waiting = floor.waiting.filter((w) => w.field === field && w.language === language);
      const phantom = { id: PHANTOM, field, language, priorityAt: t, issuedAt: t, transferred: false, code: '' };
      const estimates = floorEstimates({ ...floor, waiting: [...floor.waiting, phantom] }, t, settings, defaultMinutes);
      const oldest = waiting[0];
      queues.push({
        field,
        language,
        waiting: waiting.length,
        longestWaitMinutes: oldest ? Math.round((t - oldest.issuedAt) / 60_000) : null,
        estimate: toRange(estimates.get(PHANTOM)),
        counsellors: floor.desks.filter((d) => d.status === 'available' && d.queues.includes(key)).length,
      });
    }
  }

  const calls = await db
    .select({
      code: tickets.code,
      language: tickets.language,
      calledAt: tickets.calledAt,
      recalls: tickets.recalls,
      desk: { id: desks.id, number: desks.number, label: desks.label, zoneCode: zones.code },
    })
    .from(tickets)
    .innerJoin(desks, eq(desks.id, tickets.deskId))
    .leftJoin(zones, eq(zones.id, desks.zoneId))
    .where(and(eq(tickets.siteId, siteId), eq(tickets.serviceDate, day), isNotNull(tickets.calledAt)))
    .orderBy(desc(tickets.calledAt))
    .limit(8);

  return {
    at: now.toISOString(),
    open: state.open,
    issuing: state.open && state.issuing,
    closeBeforeMinutes: settings.closeBeforeMinutes,
    queues,
    recentCalls: calls.map((c) => ({
      code: c.code,
      language: c.language as Language,
      desk: c.desk,
      calledAt: c.calledAt?.toISOString() ?? now.toISOString(),
      recalls: c.recalls,
    })),
    lastEventId: String(lastEvent?.id ?? 0),
  };
}
