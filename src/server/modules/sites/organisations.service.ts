import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrganisationInput, organisationPatchSchema } from '../../../common/schemas/sites/organisation.js';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { mapUniqueViolation, notFound } from '../../platform/errors.js';
import { presentOrganisation } from './presenters.js';

export async function listOrganisations(db: Db) {
  return (await db.select().from(organisations).orderBy(asc(organisations.slug))).map(presentOrganisation);
}

export async function getOrganisation(db: Db, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  if (!row) throw notFound();
  return presentOrganisation(row);
}

export async function createOrganisation(db: Db, actor: StaffPrincipal, input: OrganisationInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organisations)
      .values(input)
      .returning()
      .catch((e: unknown) => mapUniqueViolation(e, { organisations_slug_unique: 'slug' }));
    if (!row) throw notFound();
    await recordAudit(tx, actor, { action: 'organisation.create', targetType: 'organisation', targetId: row.id });
    return presentOrganisation(row);
  });
}

export async function updateOrganisation(
  db: Db,
  actor: StaffPrincipal,
  id: string,
  patch: z.infer<typeof organisationPatchSchema>,
) {
  return db.transaction(async (tx) => {
    // An empty patch changes nothing (and an UPDATE with nothing to set is not valid SQL).
    const [row] =
      Object.keys(patch).length > 0
        ? await tx.update(organisations).set(patch).where(eq(organisations.id, id)).returning()
        : await tx.select().from(organisations).where(eq(organisations.id, id));
    if (!row) throw notFound();
    await recordAudit(tx, actor, {
      action: 'organisation.update',
      targetType: 'organisation',
      targetId: id,
      detail: { fields: Object.keys(patch) },
    });
    return presentOrganisation(row);
  });
}
