/** Issuing a walk-in ticket: the open-queue check, one issuer per site, and the issuers' watch on floor changes. */
import type { SiteId } from '../../../common/ids.js';
import { openState } from '../../../common/site-time.js';
import type { IssueTicketBody } from '../../../common/visits/schemas.js';
import type { Db } from '../../db/client.js';
import { DomainError } from '../../platform/errors.js';
import type { EventHub } from '../../platform/events/hub.js';
import { getOrSet } from '../../platform/get-or-set.js';
import type { SiteRow } from '../sites/sites.service.js';
import { watched } from './issue-floor.js';
import { assertOffered, type Issuer } from './issue-request.js';
import { getVisitSettings } from './settings.service.js';
import { SiteIssuer } from './site-issuer.js';

const issuers = new WeakMap<Db, Map<string, SiteIssuer>>();

/** Issues a ticket (kiosk or reception) if the queue is open; returns what the ticket shows. */
export async function issueTicket(
  db: Db,
  site: SiteRow,
  siteId: SiteId,
  body: IssueTicketBody,
  issuer: Issuer,
  now = new Date(),
) {
  assertOffered(site, body);
  const settings = await getVisitSettings(db, siteId);
  const state = openState(site.openingHours, now, site.timeZone, settings.closeBeforeMinutes);
  if (!state.open || !state.issuing) throw new DomainError('queue.closed');
  const perSite = getOrSet(issuers, db, () => new Map<string, SiteIssuer>());
  return getOrSet(perSite, siteId, () => new SiteIssuer(db, siteId)).issue(site, body, issuer, now);
}

/** How a site's issuer answered so far: batches placed on the floor it had, batches that loaded it. */
export function issuingCounters(db: Db, siteId: string) {
  const counters = issuers.get(db)?.get(siteId)?.counters;
  return { placed: counters?.placed ?? 0, loaded: counters?.loaded ?? 0 };
}

/**
 * Lets this database's issuers hear every committed floor change (through the event hub, so other
 * instances' changes too): only then may issuing place tickets on a floor it loaded earlier.
 */
export function watchFloorChanges(db: Db, hub: EventHub) {
  watched.add(db);
  const unsubscribe = hub.subscribeAll((siteId, event) => issuers.get(db)?.get(siteId)?.onEvent(event));
  return () => {
    watched.delete(db);
    unsubscribe();
  };
}
