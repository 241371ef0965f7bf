import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';

/**
 * Adds `n` generated offer documents (trainings and vacancies, three languages) to the search index,
 * derived from occupation titles and descriptions so their words look like real offers.
 */
export async function generateOffers(db: Db, n: number): Promise<number> {
  if (n <= 0) return 0;
  await db.execute(sql`
    with occ as (select row_number() over (order by ref, lang) as i, * from catalogue_search_docs where kind = 'occupation'),
    total as (select count(*) as c from occ),
    gen as (select g, case when g % 2 = 0 then 'training' else 'vacancy' end as kind,
              (g % (select c from total)) + 1 as pick from generate_series(1, ${n}) g)
    insert into catalogue_search_docs (kind, ref, lang, title, title_lang, title_norm, labels_norm, tsv, simple_tsv, popularity)
    select gen.kind, 'bench-' || gen.g, occ.lang,
      occ.title || case when gen.kind = 'training' then ' – formation ' else ' – offre ' end || gen.g,
      occ.title_lang, occ.title_norm || ' ' || gen.g, occ.title_norm,
      setweight(to_tsvector('simple', occ.title_norm), 'A') || strip(occ.tsv), occ.simple_tsv, 0
    from gen join occ on occ.i = gen.pick`);
  await db.execute(sql`
    insert into catalogue_search_labels (kind, ref, label, preferred)
    select kind, ref, title_norm, 1 from catalogue_search_docs where ref like 'bench-%'`);
  return n;
}
