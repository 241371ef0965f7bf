import { and, asc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { AgendaQuery, PublicEvent } from '../../../common/agenda/schemas.js';
import { PUBLIC_EVENT_TYPES } from '../../../common/agenda/vocabulary.js';
import type { Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { agendaEvents, roomBookings } from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import { cachedOrganisations, cachedRoomNames } from './directory-cache.js';
import { type EventRow, presentPublicEvent } from './presenters.js';

const publicOnly = (siteId: SiteId) => [
  eq(agendaEvents.siteId, siteId),
  eq(agendaEvents.status, 'published'),
  inArray(agendaEvents.type, [...PUBLIC_EVENT_TYPES]),
];

type Located = { event: EventRow; roomId: string };

/** Events with the room of their booking, in one query. */
const located = (db: Db) =>
  db
    .select({ event: agendaEvents, roomId: roomBookings.roomId })
    .from(agendaEvents)
    .innerJoin(roomBookings, eq(roomBookings.id, agendaEvents.bookingId));

async function presentAll(db: Db, siteId: SiteId, rows: Located[], language: Language): Promise<PublicEvent[]> {
  if (rows.length === 0) return [];
  const [names, orgs] = await Promise.all([cachedRoomNames(db, siteId), cachedOrganisations(db, language)]);
  return rows.map(({ event, roomId }) =>
    presentPublicEvent(event, names.get(roomId) ?? '', orgs.refs(event.organiserIds)),
  );
}

/** The public agenda: published, public events from a day on, filtered; upcoming first. */
export async function publicAgenda(db: Db, siteId: SiteId, query: AgendaQuery, language: Language, now = new Date()) {
  const where: SQL[] = publicOnly(siteId);
  where.push(gte(agendaEvents.endsAt, query.from ? new Date(`${query.from}T00:00:00Z`) : now));
  if (query.to) where.push(lt(agendaEvents.startsAt, new Date(`${query.to}T23:59:59Z`)));
  if (query.field) where.push(sql`${agendaEvents.fields} @> array[${query.field}]::text[]`);
  if (query.audience) where.push(sql`${agendaEvents.audiences} @> array[${query.audience}]::text[]`);
  if (query.language) where.push(eq(agendaEvents.language, query.language));
  if (query.organiser) {
    const orgId = (await cachedOrganisations(db, language)).idOfSlug(query.organiser);
    if (!orgId) return [];
    where.push(sql`${agendaEvents.organiserIds} @> array[${orgId}]::uuid[]`);
  }
  const rows = await located(db)
    .where(and(...where))
    .orderBy(asc(agendaEvents.startsAt))
    .limit(query.limit);
  return presentAll(db, siteId, rows, language);
}

export async function publicEvent(db: Db, siteId: SiteId, id: string, language: Language) {
  const [row] = await located(db).where(and(eq(agendaEvents.id, id), ...publicOnly(siteId)));
  if (!row) throw notFound();
  const [view] = await presentAll(db, siteId, [row], language);
  if (!view) throw notFound();
  return view;
}

/** Public events, optionally of one organisation, for the calendar feeds. */
export async function feedEvents(db: Db, siteId: SiteId, organisationId: string | null, now = new Date()) {
  const where: SQL[] = publicOnly(siteId);
  where.push(gte(agendaEvents.endsAt, new Date(now.getTime() - 30 * 86_400_000)));
  if (organisationId) where.push(sql`${agendaEvents.organiserIds} @> array[${organisationId}]::uuid[]`);
  const rows = await located(db)
    .where(and(...where))
    .orderBy(asc(agendaEvents.startsAt))
    .limit(1000);
  return presentAll(db, siteId, rows, 'fr');
}
