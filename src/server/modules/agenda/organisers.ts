import type { Db } from '../../db/client.js';
import { listOrganisations } from '../sites/organisations.service.js';
import type { OrganisationRef } from './presenters.js';

/** Organisation names for presenting events, in one language (the request's). */
export async function organisationDirectory(db: Db, language: 'fr' | 'nl' | 'en') {
  const all = await listOrganisations(db);
  const byId = new Map<string, OrganisationRef>(
    all.map((o) => [o.id, { id: o.id, slug: o.slug, name: o.name[language] }]),
  );
  return {
    refs: (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []),
    idOfSlug: (slug: string) => all.find((o) => o.slug === slug)?.id ?? null,
    exists: (id: string) => byId.has(id),
  };
}
