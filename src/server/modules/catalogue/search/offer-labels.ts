import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { rows } from '../rows.js';
import { perVersion } from '../versioned-cache.js';
import { buildTrigramIndex, similarLabels, type TrigramIndex } from './trigram.js';

/** The titles of published partner offers (every language), in memory for typo-tolerant look-ups. */
export type OfferLabels = { kinds: string[]; refs: string[]; trigram: TrigramIndex };

export type OfferMatch = { kind: string; ref: string; t: number };

async function load(db: DbOrTx): Promise<OfferLabels> {
  const labels = await rows<{ kind: string; ref: string; label: string }>(
    db,
    sql`select kind, ref, label from catalogue_search_labels where kind not in ('occupation', 'skill')`,
  );
  return {
    kinds: labels.map((l) => l.kind),
    refs: labels.map((l) => l.ref),
    trigram: buildTrigramIndex(labels.map((l) => l.label)),
  };
}

async function offerLabelsVersion(db: DbOrTx): Promise<string> {
  const [row] = await rows<{ v: number }>(db, sql`select offer_labels as v from catalogue_search_version where id = 1`);
  return String(row?.v ?? 0);
}

/**
 * This database's offer labels, read again when the counter that the labels' trigger raises has moved
 * (migration 0013): one primary-key read per search.
 */
export const offerLabels: (db: DbOrTx) => Promise<OfferLabels> = perVersion(offerLabelsVersion, load);

/**
 * Offers with a title at least `threshold` similar to the query (pg_trgm's similarity of the whole title), the
 * best `limit`, of one kind or any.
 */
export function similarOffers(
  index: OfferLabels,
  query: string,
  kind: string | null,
  threshold: number,
  limit: number,
): OfferMatch[] {
  const best = new Map<string, OfferMatch>();
  for (const [id, t] of similarLabels(index.trigram, query, threshold)) {
    const k = index.kinds[id] ?? '';
    if (kind !== null && k !== kind) continue;
    const ref = index.refs[id] ?? '';
    const key = `${k} ${ref}`;
    const seen = best.get(key);
    if (!seen || t > seen.t) best.set(key, { kind: k, ref, t });
  }
  return [...best.values()].sort((a, b) => b.t - a.t || (a.ref < b.ref ? -1 : 1)).slice(0, limit);
}
