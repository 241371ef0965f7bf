import { serviceDate, siteParts } from '../../../common/site-time.js';
import { type LiveFloor, REFERENCE_DAY } from '../../../common/stats/schemas.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import type { SiteRow } from '../sites/sites.service.js';
import { spaceSummary } from '../space/summary.service.js';
import { queuesSnapshot } from '../visits/queues.service.js';
import { rows } from './rows.js';
import { activityFigures } from './sources/activities.js';
import { walkInToday } from './sources/walk-in-rollup.js';

/**
 * The live floor for the manager, from the other modules' services: queues and waits (visits),
 * stations and help requests (space), today's events (agenda), and today's counts against the
 * centre's reference day (about 250 clients: 100 digital, 100 counselling, 50 group).
 */
export async function liveFloor(db: Db, site: SiteRow, siteId: SiteId, now = new Date()): Promise<LiveFloor> {
  const day = serviceDate(now, site.timeZone);
  const hour = `${String(Math.floor(siteParts(now, site.timeZone).minutes / 60)).padStart(2, '0')}:00`;
  const [queues, space, events, walkIn] = await Promise.all([
    queuesSnapshot(db, site, siteId, now),
    spaceSummary(db, site, siteId, now),
    activityFigures(db, [siteId], day, day, now),
    rows<{ clients: number; held: number }>(db, walkInToday(siteId, day)),
  ]);
  const waiting = queues.queues.reduce((a, q) => a + q.waiting, 0);
  return {
    at: now.toISOString(),
    queues: queues.queues
      .filter((q) => q.waiting > 0 || q.counsellors > 0)
      .map((q) => ({
        field: q.field,
        language: q.language,
        waiting: q.waiting,
        longestWaitMinutes: q.longestWaitMinutes,
      })),
    waiting,
    inSession: walkIn[0]?.held ?? 0,
    space: {
      stationsInUse: space.occupancy.find((o) => o.hour === hour)?.stationsInUse ?? 0,
      uses: space.uses,
      helpRequests: space.helpRequests,
    },
    eventsToday: events.events,
    today: { counselling: walkIn[0]?.clients ?? 0, digital: space.uses, group: events.participants },
    reference: { ...REFERENCE_DAY },
  };
}
