import { asc, eq } from 'drizzle-orm';
import type { SiteInput } from '../../../common/schemas/sites/site.js';
import type { z } from 'zod';
import type { sitePatchSchema } from '../../../common/schemas/sites/site.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { sites, userSiteRoles } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import { DomainError, mapUniqueViolation, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { getOrSet } from '../../platform/get-or-set.js';
import { presentSite } from './presenters.js';

export type SiteRow = typeof sites.$inferSelect;

/**
 * Sites change rarely and are read on almost every request: each instance keeps them for a few
 * seconds. A change made through this instance is seen at once; through another, within the TTL.
 */
const SITE_TTL_MS = 5_000;
const siteCache = new WeakMap<Db, Map<string, { site: SiteRow; until: number }>>();

function cached(db: Db, key: string) {
  const entry = siteCache.get(db)?.get(key);
  return entry && entry.until > Date.now() ? entry.site : undefined;
}

function remember(db: Db, site: SiteRow) {
  const map = getOrSet(siteCache, db, () => new Map());
  const until = Date.now() + SITE_TTL_MS;
  map.set(`slug:${site.slug}`, { site, until });
  map.set(`id:${site.id}`, { site, until });
  return site;
}

const forget = (db: Db) => siteCache.delete(db);

/** Resolves a site slug from a URL; the returned id is the tenant scope for everything below it. */
export async function resolveSite(db: Db, slug: string): Promise<{ site: SiteRow; siteId: SiteId }> {
  let site = cached(db, `slug:${slug}`);
  if (!site) {
    [site] = await db.select().from(sites).where(eq(sites.slug, slug)).limit(1);
    if (!site) throw new DomainError('site.not_found');
    remember(db, site);
  }
  return { site, siteId: trustedSiteId(site.id) };
}

/** For a device or a ticket, whose site id is already trusted. */
export async function siteById(db: Db, siteId: SiteId): Promise<SiteRow> {
  let site = cached(db, `id:${siteId}`);
  if (!site) {
    [site] = await db.select().from(sites).where(eq(sites.id, siteId)).limit(1);
    if (!site) throw new DomainError('site.not_found');
    remember(db, site);
  }
  return site;
}

export async function listSites(db: Db) {
  return (await db.select().from(sites).orderBy(asc(sites.slug))).map(presentSite);
}

export async function createSite(db: Db, actor: StaffPrincipal, input: SiteInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sites)
      .values(input)
      .returning()
      .catch((e: unknown) => mapUniqueViolation(e, { sites_slug_unique: 'slug' }));
    if (!row) throw notFound();
    // The administrator who creates a site administers it.
    await tx.insert(userSiteRoles).values({ userId: actor.userId, siteId: row.id, role: 'admin' });
    await recordAudit(tx, actor, {
      action: 'site.create',
      targetType: 'site',
      targetId: row.id,
      siteId: trustedSiteId(row.id),
    });
    return presentSite(row);
  });
}

export async function updateSite(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  patch: z.infer<typeof sitePatchSchema>,
) {
  const updated = await db.transaction(async (tx) => {
    // An empty patch changes nothing (and an UPDATE with nothing to set is not valid SQL).
    const [row] =
      Object.keys(patch).length > 0
        ? await tx.update(sites).set(patch).where(eq(sites.id, siteId)).returning()
        : await tx.select().from(sites).where(eq(sites.id, siteId));
    if (!row) throw notFound();
    await recordAudit(tx, actor, {
      action: 'site.update',
      targetType: 'site',
      targetId: row.id,
      siteId,
      detail: { fields: Object.keys(patch) },
    });
    await recordEvent(tx, siteId, 'site.updated', { siteId });
    return presentSite(row);
  });
  forget(db);
  return updated;
}
