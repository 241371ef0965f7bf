import type { SiteId } from '../../../../common/ids.js';
import type { Db } from '../../../db/client.js';
import { eventRecords } from '../../agenda/attendance.service.js';

/**
 * Group activities (agenda module) and digital-space uses (space module) for a period, through their
 * modules' services. Space exposes only today's summary so far; `spaceFigures` returns null until the
 * space module provides `spaceUseTotals(db, siteId, from: string, to: string): Promise<{ uses: number;
 * hours: number; byOrganisation?: Record<string, number> }>` (service dates inclusive, site time).
 */
export type ActivityFigures = {
  events: number;
  participants: number;
  byOrganiser: Map<string, { events: number; participants: number }>;
};

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);
const nextDay = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

export async function activityFigures(
  db: Db,
  siteIds: SiteId[],
  from: string,
  to: string,
  now = new Date(),
): Promise<ActivityFigures> {
  const byOrganiser = new Map<string, { events: number; participants: number }>();
  let events = 0;
  let participants = 0;
  for (const siteId of siteIds) {
    for (const e of await eventRecords(db, siteId, dayStart(from), nextDay(to))) {
      if (new Date(e.startsAt) > now) continue;
      events += 1;
      participants += e.attendance;
      for (const slug of e.organisers) {
        const o = byOrganiser.get(slug) ?? { events: 0, participants: 0 };
        o.events += 1;
        o.participants += e.attendance;
        byOrganiser.set(slug, o);
      }
    }
  }
  return { events, participants, byOrganiser };
}

export async function spaceFigures(_db: Db, _siteIds: SiteId[], _from: string, _to: string) {
  return null as { uses: number; hours: number } | null;
}
