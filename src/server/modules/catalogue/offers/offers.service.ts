import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { catalogueToday, effectiveStatus, isPastClosing } from '../../../../common/catalogue/offer-dates.js';
import type { Offer, OfferInput } from '../../../../common/catalogue/offer-schemas.js';
import type { DbOrTx } from '../../../db/client.js';
import { offers } from '../../../db/schema/catalogue.js';
import { recordAudit } from '../../../platform/audit.js';
import type { StaffPrincipal } from '../../../platform/auth/principal.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { authorize, can } from '../policy.js';
import { syncOfferDocs } from './offer-docs.js';

type OfferRow = typeof offers.$inferSelect;

/** `today` decides whether a published offer is already past its closing date (the round may not have run yet). */
export const presentOffer = (o: OfferRow, today = catalogueToday()): Offer => ({
  id: o.id,
  kind: o.kind,
  status: effectiveStatus(o.status, o.closesOn, today),
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

/** Publishing something that already closed would show nothing to anyone: say so at the field. */
function checkClosing(input: OfferInput, today: string) {
  if (input.status === 'published' && isPastClosing(input.closesOn, today))
    throw new DomainError('validation.failed', { fieldErrors: [{ field: 'closesOn', code: 'date_in_past' }] });
}

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
export async function createOffer(
  db: DbOrTx,
  actor: StaffPrincipal,
  input: OfferInput,
  now = new Date(),
): Promise<Offer> {
  authorize(actor, 'offer.create', { organisationId: actor.organisationId });
  checkClosing(input, catalogueToday(now));
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
export async function updateOffer(
  db: DbOrTx,
  actor: StaffPrincipal,
  id: string,
  input: OfferInput,
  now = new Date(),
): Promise<Offer> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(offers).where(eq(offers.id, id)).for('update');
    if (!current) throw notFound();
    authorize(actor, 'offer.edit', { organisationId: current.organisationId });
    checkClosing(input, catalogueToday(now));
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
export async function getOffer(db: DbOrTx, actor: StaffPrincipal | null, id: string, now = new Date()): Promise<Offer> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id));
  if (!row) throw notFound();
  const offer = presentOffer(row, catalogueToday(now));
  if (
    offer.status !== 'published' &&
    !(actor && can(actor, 'offer.view_drafts', { organisationId: row.organisationId }))
  )
    throw notFound();
  return offer;
}

/** The actor's organisation's offers, every state. */
export async function listOwnOffers(db: DbOrTx, actor: StaffPrincipal, now = new Date()): Promise<Offer[]> {
  const today = catalogueToday(now);
  const rows = await db
    .select()
    .from(offers)
    .where(eq(offers.organisationId, actor.organisationId))
    .orderBy(desc(offers.updatedAt));
  return rows.map((row) => presentOffer(row, today));
}

/**
 * The jobs round: published offers (vacancies, and anything else with a closing date) past their closing
 * date in Brussels become expired and leave the search index; one transaction with its audit entry.
 */
export async function expireOffers(db: DbOrTx, now = new Date()): Promise<number> {
  const today = catalogueToday(now);
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(offers)
      .set({ status: 'expired', updatedAt: sql`now()` })
      .where(and(eq(offers.status, 'published'), lt(offers.closesOn, today)))
      .returning();
    for (const row of rows) await syncOfferDocs(tx, row);
    if (rows.length > 0)
      await recordAudit(tx, null, {
        action: 'offer.expire',
        targetType: 'offer',
        detail: { today, offers: rows.map((r) => r.id) },
      });
    return rows.length;
  });
}
