import { sql } from 'drizzle-orm';
import { CATALOGUE_LANGS, pickLabel, TS_CONFIG } from '../../../../common/catalogue/languages.js';
import { normalizeText } from '../../../../common/catalogue/normalize.js';
import type { DbOrTx } from '../../../db/client.js';
import type { offers } from '../../../db/schema/catalogue.js';

type OfferRow = typeof offers.$inferSelect;

/** Keeps an offer's search documents in step with it: indexed while published, removed otherwise. */
export async function syncOfferDocs(tx: DbOrTx, offer: OfferRow) {
  await tx.execute(sql`delete from catalogue_search_docs where kind = ${offer.kind} and ref = ${offer.id}`);
  await tx.execute(sql`delete from catalogue_search_labels where kind = ${offer.kind} and ref = ${offer.id}`);
  if (offer.status !== 'published') return;
  const all = normalizeText(Object.values(offer.titles).join(' '));
  for (const lang of CATALOGUE_LANGS) {
    const title = pickLabel(offer.titles, lang);
    if (!title) continue;
    const description = pickLabel(offer.descriptions, lang)?.text ?? '';
    const details = Object.values(offer.details).join(' ');
    const cfg = TS_CONFIG[lang];
    await tx.execute(sql`
      insert into catalogue_search_docs (kind, ref, lang, title, title_lang, title_norm, labels_norm, tsv, simple_tsv, organisation_id)
      values (${offer.kind}, ${offer.id}, ${lang}, ${title.text}, ${title.lang}, ${normalizeText(title.text)}, ${all},
        setweight(to_tsvector(${cfg}::regconfig, ${normalizeText(title.text)}), 'A')
          || setweight(to_tsvector(${cfg}::regconfig, ${normalizeText(details)}), 'C')
          || setweight(to_tsvector(${cfg}::regconfig, ${normalizeText(description)}), 'D'),
        to_tsvector('simple', ${all}), ${offer.organisationId})`);
  }
  for (const label of new Set(Object.values(offer.titles).map(normalizeText)))
    await tx.execute(
      sql`insert into catalogue_search_labels (kind, ref, label, preferred) values (${offer.kind}, ${offer.id}, ${label}, 1)`,
    );
}
