import { and, eq, sql } from 'drizzle-orm';
import type { CatalogueLang } from '../../../../common/catalogue/languages.js';
import { pickLabel } from '../../../../common/catalogue/languages.js';
import type { CuratedTag, TagInput } from '../../../../common/catalogue/tag-schemas.js';
import type { DbOrTx } from '../../../db/client.js';
import { occupations, occupationTags } from '../../../db/schema/catalogue.js';
import { recordAudit } from '../../../platform/audit.js';
import { hasRole, type StaffPrincipal } from '../../../platform/auth/principal.js';
import { trustedSiteId } from '../../../platform/auth/scope.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { recordEvents } from '../../../platform/events/record.js';
import { authorize } from '../policy.js';

type TagKey = Pick<TagInput, 'occupationUri' | 'tag' | 'region'>;
const keyOf = (k: TagKey) =>
  and(
    eq(occupationTags.occupationUri, k.occupationUri),
    eq(occupationTags.tag, k.tag),
    eq(occupationTags.region, k.region),
  );

/**
 * Tags are the whole network's (the portal of every centre shows them); the change is announced on the
 * channels of the sites where the curator manages, so their open screens refresh.
 */
async function announce(tx: DbOrTx, actor: StaffPrincipal, data: Record<string, unknown>) {
  const sites = [...actor.roles.keys()].filter((siteId) => hasRole(actor, siteId, 'admin', 'manager'));
  for (const siteId of sites) await recordEvents(tx, trustedSiteId(siteId), [{ type: 'catalogue.changed', data }]);
}

/** Every curated tag, with the occupation's label in `lang` (falling back like everywhere else). */
export async function listTags(db: DbOrTx, actor: StaffPrincipal, lang: CatalogueLang): Promise<CuratedTag[]> {
  authorize(actor, 'tag.curate');
  const list = await db
    .select({ tag: occupationTags, labels: occupations.labels })
    .from(occupationTags)
    .leftJoin(occupations, eq(occupations.uri, occupationTags.occupationUri))
    .orderBy(occupationTags.tag, occupationTags.region, occupationTags.occupationUri);
  return list
    .map(({ tag, labels }) => {
      const title = pickLabel(labels ?? {}, lang) ?? { text: tag.occupationUri, lang: 'en' as const };
      return { ...tag, year: Number(tag.year), title: title.text, titleLang: title.lang };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag) || a.title.localeCompare(b.title, lang));
}

/** Adds a tag, or replaces the source and year of the same (occupation, tag, region). One transaction. */
export async function putTag(db: DbOrTx, actor: StaffPrincipal, input: TagInput): Promise<TagInput> {
  authorize(actor, 'tag.curate');
  return db.transaction(async (tx) => {
    const [occupation] = await tx
      .select({ uri: occupations.uri })
      .from(occupations)
      .where(eq(occupations.uri, input.occupationUri));
    if (!occupation)
      throw new DomainError('catalogue.occupation_unknown', {
        fieldErrors: [{ field: 'occupationUri', code: 'unknown' }],
      });
    const [row] = await tx
      .insert(occupationTags)
      .values(input)
      .onConflictDoUpdate({
        target: [occupationTags.occupationUri, occupationTags.tag, occupationTags.region],
        set: { source: input.source, year: input.year },
      })
      .returning({ created: sql<boolean>`(xmax = 0)` });
    const detail = { occupationUri: input.occupationUri, tag: input.tag, region: input.region };
    await recordAudit(tx, actor, {
      action: row?.created ? 'catalogue_tag.create' : 'catalogue_tag.update',
      targetType: 'occupation',
      targetId: input.occupationUri,
      detail: { ...detail, source: input.source, year: input.year },
    });
    await announce(tx, actor, { what: 'tag', ...detail });
    return input;
  });
}

/** Removes one tag; 404 when there is no such tag. One transaction with its audit entry and event. */
export async function removeTag(db: DbOrTx, actor: StaffPrincipal, key: TagKey): Promise<void> {
  authorize(actor, 'tag.curate');
  await db.transaction(async (tx) => {
    const removed = await tx.delete(occupationTags).where(keyOf(key)).returning({ uri: occupationTags.occupationUri });
    if (removed.length === 0) throw notFound();
    const detail = { occupationUri: key.occupationUri, tag: key.tag, region: key.region };
    await recordAudit(tx, actor, {
      action: 'catalogue_tag.delete',
      targetType: 'occupation',
      targetId: key.occupationUri,
      detail,
    });
    await announce(tx, actor, { what: 'tag', ...detail });
  });
}
