import { and, eq, sql } from 'drizzle-orm';
import type { Offer, OfferInput } from '../../../../common/catalogue/offer-schemas.js';
import type { DbOrTx } from '../../../db/client.js';
import { offers } from '../../../db/schema/catalogue.js';
import { recordAudit } from '../../../platform/audit.js';
import type { StaffPrincipal } from '../../../platform/auth/principal.js';
import { notFound } from '../../../platform/errors.js';
import { authorize, can } from '../policy.js';
import { syncOfferDocs } from './offer-docs.js';

type OfferRow = typeof offers.$inferSelect;

export const presentOffer = (o: OfferRow): Offer => ({
  id: o.id,
  kind: o.kind,
  status: o.status,
  organisationId: o.organisationId,
  titles: o.titles,
  descriptions: o.descriptions,
  languages: o.languages as Offer['languages'],
  occupationUris: o.occupationUris,
  skillUris: o.skillUris,
  details: Object.fromEntries(Object.entries(o.details).map(([k, v]) => [k, String(v ?? '')])),
  closesOn: o.closesOn,
  demo: o.demo === 1,
  updatedAt: o.updatedAt.toISOString(),
});

const values = (input: OfferInput) => ({
  kind: input.kind,
  titles: input.titles as Record<string, string>,
  descriptions: input.descriptions as Record<string, string>,
  languages: input.languages,
  occupationUris: input.occupationUris,
  skillUris: input.skillUris,
  details: input.details,
  closesOn: input.closesOn,
  status: input.status,
});

/** Creates an offer owned by the actor's organisation (one transaction: row, search documents, audit). */
export async function createOffer(db: DbOrTx, actor: StaffPrincipal, input: OfferInput): Promise<Offer> {
  authorize(actor, 'offer.create', { organisationId: actor.organisationId });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(offers)
      .values({ ...values(input), organisationId: actor.organisationId, createdBy: actor.userId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await syncOfferDocs(tx, row);
    await recordAudit(tx, actor, { action: 'offer.create', targetType: 'offer', targetId: row.id });
    return presentOffer(row);
  });
}

/** Replaces an offer; only its own organisation's coordinators (or the centre's managers) may. */
export async function updateOffer(db: DbOrTx, actor: StaffPrincipal, id: string, input: OfferInput): Promise<Offer> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(offers).where(eq(offers.id, id)).for('update');
    if (!current) throw notFound();
    authorize(actor, 'offer.edit', { organisationId: current.organisationId });
    const [row] = await tx
      .update(offers)
      .set({ ...values(input), updatedAt: sql`now()` })
      .where(eq(offers.id, id))
      .returning();
    if (!row) throw notFound();
    await syncOfferDocs(tx, row);
    await recordAudit(tx, actor, { action: 'offer.update', targetType: 'offer', targetId: id });
    return presentOffer(row);
  });
}

/** A published offer for everyone; a draft only for those who may edit it (others get 404). */
export async function getOffer(db: DbOrTx, actor: StaffPrincipal | null, id: string): Promise<Offer> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id));
  if (!row) throw notFound();
  if (row.status !== 'published' && !(actor && can(actor, 'offer.view_drafts', { organisationId: row.organisationId })))
    throw notFound();
  return presentOffer(row);
}

/** The actor's organisation's offers, every state. */
export async function listOwnOffers(db: DbOrTx, actor: StaffPrincipal): Promise<Offer[]> {
  const rows = await db
    .select()
    .from(offers)
    .where(eq(offers.organisationId, actor.organisationId))
    .orderBy(offers.updatedAt);
  return rows.map(presentOffer);
}

/** Vacancies past their closing date are unpublished. */
export async function expireOffers(db: DbOrTx): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(offers)
      .set({ status: 'expired', updatedAt: sql`now()` })
      .where(and(eq(offers.status, 'published'), sql`${offers.closesOn}::date < current_date`))
      .returning();
    for (const row of rows) await syncOfferDocs(tx, row);
    return rows.length;
  });
}
