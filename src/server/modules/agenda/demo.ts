import { blockedRange, zonedInstant } from '../../../common/agenda/rules.js';
import type { EventType } from '../../../common/agenda/vocabulary.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { agendaEvents, roomBookings } from '../../db/schema/index.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import { listOrganisations } from '../sites/organisations.service.js';
import { roomsService } from '../sites/places.service.js';

type Texts = { fr: string; nl: string; en?: string };
type DemoEvent = {
  type: EventType;
  room: string;
  org: string;
  start: string;
  end: string;
  capacity: number;
  fields: string[];
  audiences: string[];
  language: 'fr' | 'nl' | 'en';
  title: Texts;
  description: Texts;
};

/** A fortnight of plausible activities, repeated from the day after seeding (weekdays only). */
const PLAN: DemoEvent[] = [
  {
    type: 'workshop',
    room: 'Atelier 1',
    org: 'actiris',
    start: '10:00',
    end: '12:00',
    capacity: 16,
    fields: ['work'],
    audiences: ['jobseeker', 'young'],
    language: 'fr',
    title: {
      fr: 'Atelier CV et lettre de motivation',
      nl: 'Workshop cv en motivatiebrief',
      en: 'CV and cover letter workshop',
    },
    description: {
      fr: 'Apportez votre CV : on le retravaille ensemble, en petit groupe.',
      nl: 'Breng je cv mee: we werken het samen bij, in een kleine groep.',
      en: 'Bring your CV: we improve it together in a small group.',
    },
  },
  {
    type: 'info_session',
    room: 'Agora',
    org: 'bruxelles-formation',
    start: '14:00',
    end: '15:30',
    capacity: 60,
    fields: ['train'],
    audiences: ['jobseeker', 'employed'],
    language: 'fr',
    title: { fr: 'Se former en alternance : séance d’information', nl: 'Duaal leren: infosessie' },
    description: {
      fr: 'Les formations en alternance à Bruxelles, qui peut y accéder, comment s’inscrire.',
      nl: 'Duaal leren in Brussel: voor wie en hoe inschrijven.',
    },
  },
  {
    type: 'workshop',
    room: 'Salle numérique',
    org: 'vdab',
    start: '13:30',
    end: '15:30',
    capacity: 14,
    fields: ['work', 'change'],
    audiences: ['jobseeker', 'employed'],
    language: 'nl',
    title: { fr: 'Chercher un emploi en ligne', nl: 'Online vacatures zoeken', en: 'Searching for jobs online' },
    description: {
      fr: 'Les sites d’offres et les alertes, pas à pas.',
      nl: 'Vacaturesites en jobalerts, stap voor stap.',
      en: 'Job sites and alerts, step by step.',
    },
  },
  {
    type: 'job_dating',
    room: 'Studio',
    org: 'sfpme',
    start: '10:00',
    end: '12:30',
    capacity: 40,
    fields: ['create', 'work'],
    audiences: ['young', 'student'],
    language: 'fr',
    title: {
      fr: 'Job dating apprentissage PME',
      nl: 'Jobdating leercontracten kmo',
      en: 'SME apprenticeship job dating',
    },
    description: {
      fr: 'Rencontrez des PME qui cherchent des apprentis.',
      nl: 'Ontmoet kmo’s die leerlingen zoeken.',
      en: 'Meet small businesses looking for apprentices.',
    },
  },
  {
    type: 'internal_meeting',
    room: 'Salle de réunion',
    org: 'actiris',
    start: '09:15',
    end: '10:00',
    capacity: 12,
    fields: [],
    audiences: [],
    language: 'fr',
    title: { fr: 'Réunion d’équipe', nl: 'Teamvergadering', en: 'Team meeting' },
    description: { fr: 'Coordination de la semaine.', nl: 'Coördinatie van de week.', en: 'Weekly coordination.' },
  },
];

/**
 * Demo bookings and events for the next two weeks (marked `demo`), approved and published, at the
 * rooms of the site. Called at the end of the demo seed, inside its transaction.
 */
export async function seedAgendaDemo(tx: DbOrTx, site: { id: string; timeZone: string }, now = new Date()) {
  const db = tx as Db;
  const siteId = trustedSiteId(site.id);
  const [roomList, orgs] = await Promise.all([roomsService.list(db, siteId), listOrganisations(db)]);
  const roomId = new Map(roomList.map((r) => [r.name, r.id]));
  const orgId = new Map(orgs.map((o) => [o.slug, o.id]));
  const bookings: (typeof roomBookings.$inferInsert & { plan: DemoEvent })[] = [];
  for (let d = 1; d <= 13; d++) {
    const date = new Date(now.getTime() + d * 86_400_000);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const iso = date.toISOString().slice(0, 10);
    PLAN.forEach((plan, i) => {
      if ((d + i) % 3 === 0) return;
      const room = roomId.get(plan.room);
      const org = orgId.get(plan.org);
      if (!room || !org) return;
      const startsAt = zonedInstant(iso, plan.start, site.timeZone);
      const endsAt = zonedInstant(iso, plan.end, site.timeZone);
      const blocked = blockedRange(startsAt, endsAt, 15, 15);
      bookings.push({
        siteId,
        roomId: room,
        organisationId: org,
        title: plan.title.fr,
        startsAt,
        endsAt,
        setupMinutes: 15,
        cleardownMinutes: 15,
        blockedFrom: blocked.from,
        blockedUntil: blocked.until,
        status: 'approved',
        decidedAt: now,
        demo: true,
        plan,
      });
    });
  }
  if (bookings.length === 0) return;
  const rows = await db
    .insert(roomBookings)
    .values(bookings.map(({ plan: _plan, ...b }) => b))
    .returning({ id: roomBookings.id });
  await db.insert(agendaEvents).values(
    rows.map((row, i) => {
      const b = bookings[i] as (typeof bookings)[number];
      return {
        siteId,
        bookingId: row.id,
        ownerOrganisationId: b.organisationId,
        organiserIds: [b.organisationId],
        type: b.plan.type,
        title: b.plan.title,
        description: b.plan.description,
        fields: b.plan.fields,
        audiences: b.plan.audiences,
        language: b.plan.language,
        capacity: b.plan.capacity,
        registrationMode: b.plan.type === 'info_session' ? 'open' : 'required',
        status: b.plan.type === 'internal_meeting' ? 'draft' : 'published',
        startsAt: b.startsAt as Date,
        endsAt: b.endsAt as Date,
        demo: true,
      };
    }),
  );
}
