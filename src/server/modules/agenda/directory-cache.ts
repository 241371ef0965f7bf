import type { Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { resolveSite } from '../sites/sites.service.js';
import { roomNames } from './bookings.service.js';
import { organisationDirectory } from './organisers.js';

const TTL_MS = 15_000;
type Entry<T> = { at: number; value: Promise<T> };
const rooms = new WeakMap<Db, Map<string, Entry<Map<string, string>>>>();
const siteSlugs = new WeakMap<Db, Map<string, Entry<Awaited<ReturnType<typeof resolveSite>>>>>();
const orgs = new WeakMap<Db, Map<string, Entry<Awaited<ReturnType<typeof organisationDirectory>>>>>();

function cached<T>(store: WeakMap<Db, Map<string, Entry<T>>>, db: Db, key: string, load: () => Promise<T>): Promise<T> {
  let map = store.get(db);
  if (!map) {
    map = new Map();
    store.set(db, map);
  }
  const hit = map.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = load();
  map.set(key, { at: Date.now(), value });
  value.catch(() => map?.delete(key));
  return value;
}

/**
 * Room and organisation names for the public agenda, kept for 15 seconds: the agenda is the hot
 * public read, and a renamed room may show its old name that long.
 */
export const cachedRoomNames = (db: Db, siteId: SiteId) => cached(rooms, db, siteId, () => roomNames(db, siteId));
export const cachedOrganisations = (db: Db, language: Language) =>
  cached(orgs, db, language, () => organisationDirectory(db, language));

/** The site of a public URL, kept for 15 seconds (public reads only; staff routes resolve it every time). */
export const cachedSite = (db: Db, slug: string) => cached(siteSlugs, db, slug, () => resolveSite(db, slug));
