/**
 * The floor with its wait estimates, as one snapshot. Live readers (the phones' board, issuing
 * batches) share snapshots: a reader gets one loaded after it asked, and however many ask at once,
 * one load and one estimate run at a time per site.
 */
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { getOrSet } from '../../platform/get-or-set.js';
import type { SiteRow } from '../sites/sites.service.js';
import type { VisitSettings } from '../../../common/visits/schemas.js';
import type { ReplayTail } from '../../../common/visits/wait-estimate.js';
import { defaultSessionMinutes, floorReplay } from './estimates.js';
import { type Floor, loadFloor } from './floor.js';
import { getVisitSettings } from './settings.service.js';
import { FreshFlight } from './single-flight.js';

export type FloorSnapshot = {
  floor: Floor;
  estimates: Map<string, number | null>;
  /** Where the replay leaves each counsellor, and what it was computed with. */
  tails: ReplayTail[];
  now: number;
  settings: VisitSettings;
  defaultMinutes: number;
};

export async function floorSnapshot(db: DbOrTx, site: SiteRow, siteId: SiteId, now: Date): Promise<FloorSnapshot> {
  const settings = await getVisitSettings(db, siteId);
  const defaultMinutes = defaultSessionMinutes(site.timeLimits.counsellingMinutes);
  const floor = await loadFloor(db, siteId, serviceDate(now, site.timeZone), site, defaultMinutes);
  const { estimates, tails } = floorReplay(floor, now.getTime(), settings, defaultMinutes);
  return { floor, estimates, tails, now: now.getTime(), settings, defaultMinutes };
}

type Shared = { site: SiteRow; flight: FreshFlight<FloorSnapshot> };
const shared = new WeakMap<Db, Map<string, Shared>>();

/** A snapshot taken now or later (never one that started before this call), shared with concurrent readers. */
export function freshFloorSnapshot(db: Db, site: SiteRow, siteId: SiteId): Promise<FloorSnapshot> {
  const perSite = getOrSet(shared, db, () => new Map<string, Shared>());
  const entry = getOrSet(perSite, siteId, () => {
    const created: Shared = {
      site,
      flight: new FreshFlight(() => floorSnapshot(db, created.site, siteId, new Date())),
    };
    return created;
  });
  entry.site = site;
  return entry.flight.get();
}
