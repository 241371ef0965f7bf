import { and, eq, gt, isNotNull, isNull, lte, lt, sql } from 'drizzle-orm';
import { AGENDA_LIMITS } from '../../../common/agenda/vocabulary.js';
import type { Db } from '../../db/client.js';
import { agendaEvents, eventRegistrations } from '../../db/schema/index.js';
import type { AgendaNotifier } from './notify.js';

/**
 * The reminder round: e-mails confirmed registrants of events starting within 24 hours (once each),
 * then erases the e-mail addresses of events that have ended. Idempotent; run it every few minutes.
 */
export async function agendaRound(db: Db, notifier: AgendaNotifier, now = new Date()) {
  const horizon = new Date(now.getTime() + AGENDA_LIMITS.reminderHours * 3_600_000);
  const due = await db
    .select({ registration: eventRegistrations, event: agendaEvents })
    .from(eventRegistrations)
    .innerJoin(agendaEvents, eq(agendaEvents.id, eventRegistrations.eventId))
    .where(
      and(
        isNotNull(eventRegistrations.email),
        isNull(eventRegistrations.reminderSentAt),
        eq(eventRegistrations.status, 'confirmed'),
        eq(agendaEvents.status, 'published'),
        gt(agendaEvents.startsAt, now),
        lte(agendaEvents.startsAt, horizon),
      ),
    )
    .limit(500);
  let reminded = 0;
  for (const { registration, event } of due) {
    // Claim first, so two instances never send the same reminder.
    const [claimed] = await db
      .update(eventRegistrations)
      .set({ reminderSentAt: now })
      .where(and(eq(eventRegistrations.id, registration.id), isNull(eventRegistrations.reminderSentAt)))
      .returning({ id: eventRegistrations.id });
    if (!claimed) continue;
    await notifier.registrationMail('reminder', registration, event);
    reminded++;
  }
  const purged = await db
    .update(eventRegistrations)
    .set({ email: null })
    .where(
      and(
        isNotNull(eventRegistrations.email),
        sql`${eventRegistrations.eventId} in (select ${agendaEvents.id} from ${agendaEvents} where ${lt(agendaEvents.endsAt, now)})`,
      ),
    )
    .returning({ id: eventRegistrations.id });
  return { reminded, purged: purged.length };
}
