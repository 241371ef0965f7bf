import { and, asc, eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type {
  AbsenceInput,
  Availability,
  PreferencesInput,
  RecurringInput,
} from '../../../common/roster/plan-schemas.js';
import { ROSTER_LIMITS } from '../../../common/roster/plan-schemas.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { rosterAbsences, rosterPreferences, rosterRecurring } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { addDays, daysBetween, shiftsOf, weekdayOf } from './calendar.js';
import { presentAbsence, presentContract } from './presenters.js';
import { halfDaysFor, plannedStaff, type StaffRow, weekdaysOf } from './staff.js';

async function person(db: DbOrTx, siteId: SiteId, userId: string): Promise<StaffRow> {
  const [row] = await plannedStaff(db, siteId, userId);
  if (!row) throw new DomainError('roster.not_planned_staff');
  return row;
}

export async function availabilityOf(db: DbOrTx, siteId: SiteId, userId: string): Promise<Availability> {
  const who = await person(db, siteId, userId);
  const mine = (t: typeof rosterRecurring | typeof rosterAbsences) => and(eq(t.siteId, siteId), eq(t.userId, userId));
  const recurring = await db.select().from(rosterRecurring).where(mine(rosterRecurring));
  const absences = await db
    .select()
    .from(rosterAbsences)
    .where(mine(rosterAbsences))
    .orderBy(asc(rosterAbsences.fromDate));
  const [prefs] = await db
    .select()
    .from(rosterPreferences)
    .where(and(eq(rosterPreferences.siteId, siteId), eq(rosterPreferences.userId, userId)));
  return {
    userId,
    contract: who.contract ? presentContract(who.contract) : null,
    recurring: recurring.map((r) => ({
      weekday: r.weekday as Availability['recurring'][number]['weekday'],
      part: r.part === 'afternoon' ? 'afternoon' : 'morning',
      kind: r.kind as Availability['recurring'][number]['kind'],
    })),
    absences: absences.map(presentAbsence),
    preferences: { prefer: prefs?.prefer ?? [], avoid: prefs?.avoid ?? [] },
  };
}

const announce = async (tx: DbOrTx, actor: StaffPrincipal, siteId: SiteId, userId: string, what: string) => {
  await recordAudit(tx, actor, { action: `roster.${what}`, targetType: 'user', targetId: userId, siteId });
  await recordEvent(tx, siteId, 'roster.changed', { planId: null, kind: 'availability' });
};

/** Weekly away half-days: only opening half-days, and the contract's half-days must still fit. */
export async function setRecurring(
  db: Db,
  actor: StaffPrincipal,
  site: SiteRow,
  siteId: SiteId,
  userId: string,
  input: RecurringInput,
) {
  const open = shiftsOf(site.openingHours);
  const isOpen = (w: string, p: string) => open.some((s) => s.weekday === w && s.part === p);
  const bad = input.unavailable.findIndex((u) => !isOpen(u.weekday, u.part));
  if (bad >= 0) {
    throw new DomainError('roster.outside_opening_hours', {
      fieldErrors: [{ field: `unavailable.${bad}`, code: 'site_closed' }],
    });
  }
  return db.transaction(async (tx) => {
    const who = await person(tx, siteId, userId);
    if (who.contract) {
      const days = new Set(weekdaysOf(who.contract));
      const away = new Set(input.unavailable.map((u) => `${u.weekday}|${u.part}`));
      const available = open.filter((s) => days.has(s.weekday) && !away.has(`${s.weekday}|${s.part}`)).length;
      const needed = halfDaysFor(who.contract.hoursPerWeek);
      if (available < needed) {
        throw new DomainError('roster.availability_contradicts_contract', { params: { needed, available } });
      }
    }
    await tx.delete(rosterRecurring).where(and(eq(rosterRecurring.siteId, siteId), eq(rosterRecurring.userId, userId)));
    const unique = new Map(input.unavailable.map((u) => [`${u.weekday}|${u.part}`, u]));
    if (unique.size > 0) {
      await tx.insert(rosterRecurring).values([...unique.values()].map((u) => ({ siteId, userId, ...u })));
    }
    await announce(tx, actor, siteId, userId, 'availability');
    return availabilityOf(tx, siteId, userId);
  });
}

/** A dated absence: a real period with at least one opening half-day in it. */
export async function addAbsence(
  db: Db,
  actor: StaffPrincipal,
  site: SiteRow,
  siteId: SiteId,
  userId: string,
  input: AbsenceInput,
) {
  const span = daysBetween(input.from, input.to);
  if (span < 0 || span >= ROSTER_LIMITS.absenceDays.max) {
    throw new DomainError('roster.period_invalid', { fieldErrors: [{ field: 'to', code: 'invalid' }] });
  }
  const open = shiftsOf(site.openingHours);
  let anyOpen = false;
  for (let d = 0; d <= span && !anyOpen; d++) {
    const w = weekdayOf(addDays(input.from, d));
    anyOpen = open.some((s) => s.weekday === w && (input.part === 'day' || s.part === input.part));
  }
  if (!anyOpen) throw new DomainError('roster.outside_opening_hours');
  return db.transaction(async (tx) => {
    await person(tx, siteId, userId);
    const [row] = await tx
      .insert(rosterAbsences)
      .values({ siteId, userId, fromDate: input.from, toDate: input.to, part: input.part, kind: input.kind })
      .returning();
    if (!row) throw new Error('absence insert returned nothing');
    await announce(tx, actor, siteId, userId, 'absence');
    return presentAbsence(row);
  });
}

export async function removeAbsence(db: Db, actor: StaffPrincipal, siteId: SiteId, userId: string, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(rosterAbsences)
      .where(and(eq(rosterAbsences.id, id), eq(rosterAbsences.siteId, siteId), eq(rosterAbsences.userId, userId)))
      .returning({ id: rosterAbsences.id });
    if (!row) throw notFound();
    await announce(tx, actor, siteId, userId, 'absence_removed');
  });
}

export async function setPreferences(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  userId: string,
  input: PreferencesInput,
) {
  return db.transaction(async (tx) => {
    await person(tx, siteId, userId);
    await tx
      .insert(rosterPreferences)
      .values({ siteId, userId, prefer: input.prefer, avoid: input.avoid })
      .onConflictDoUpdate({
        target: [rosterPreferences.siteId, rosterPreferences.userId],
        set: { prefer: input.prefer, avoid: input.avoid },
      });
    await announce(tx, actor, siteId, userId, 'preferences');
    return availabilityOf(tx, siteId, userId);
  });
}
