import { type SQL, sql } from 'drizzle-orm';
import { type CatalogueLang, pickLabel } from '../../../../common/catalogue/languages.js';
import type { SearchFacets, SearchQuery } from '../../../../common/catalogue/schemas.js';

/**
 * Facets of partner offers and agenda events (the language it is given in, its field, its organisation).
 * Each search of them first lists its candidates in a CTE `described` with the columns `languages text[]`,
 * `fields text[]`, `org text` and `org_name jsonb`; the facets count those candidates, the filters keep some.
 */
type Count = { value: string; count: number };
export type FoundFacets = {
  language: Count[];
  field: Count[];
  organisation: (Count & { name: Record<string, string> })[];
};

export const NO_FACETS: FoundFacets = { language: [], field: [], organisation: [] };

export type FacetFilters = Pick<SearchQuery, 'language' | 'organisation' | 'field'>;

export const anyFacetChosen = (f: FacetFilters) => Boolean(f.language || f.organisation || f.field);

/** The SQL condition on a `described` row: it has the chosen language, organisation and field. */
export const chosen = (
  f: FacetFilters,
): SQL => sql`(${f.language ?? null}::text is null or ${f.language ?? null} = any(languages))
  and (${f.organisation ?? null}::text is null or org = ${f.organisation ?? null})
  and (${f.field ?? null}::text is null or ${f.field ?? null} = any(fields))`;

const counted = (
  column: string,
) => `(select coalesce(jsonb_agg(jsonb_build_object('value', v, 'count', n) order by v), '[]'::jsonb)
    from (select v, count(*)::int as n from described, unnest(${column}) v group by v) x)`;

/** One jsonb value (`FoundFacets`) counting the rows of `described`. */
export const facetsOfDescribed = sql.raw(`jsonb_build_object(
  'language', ${counted('languages')},
  'field', ${counted('fields')},
  'organisation', (select coalesce(jsonb_agg(jsonb_build_object('value', org, 'count', n, 'name', org_name) order by org),
      '[]'::jsonb)
    from (select org, org_name, count(*)::int as n from described where org is not null group by org, org_name) y))`);

function add(into: Map<string, Count>, counts: readonly Count[]) {
  for (const c of counts) {
    const seen = into.get(c.value);
    into.set(c.value, { value: c.value, count: (seen?.count ?? 0) + c.count });
  }
}

/** Offers' and events' facets together, organisations named in the interface language, by name. */
export function mergeFacets(parts: readonly FoundFacets[], lang: CatalogueLang): Omit<SearchFacets, 'type'> {
  const language = new Map<string, Count>();
  const field = new Map<string, Count>();
  const organisation = new Map<string, Count>();
  const names = new Map<string, string>();
  for (const p of parts) {
    add(language, p.language);
    add(field, p.field);
    add(organisation, p.organisation);
    for (const o of p.organisation) names.set(o.value, pickLabel(o.name, lang)?.text ?? o.value);
  }
  return {
    language: [...language.values()],
    field: [...field.values()],
    organisation: [...organisation.values()]
      .map((o) => ({ ...o, label: names.get(o.value) ?? o.value }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}
