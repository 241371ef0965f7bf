import { eq } from 'drizzle-orm';
import type { FieldError } from '../../../common/errors.js';
import type { SiteId } from '../../../common/ids.js';
import type { ContractInput, RosterStaff } from '../../../common/roster/plan-schemas.js';
import type { Db } from '../../db/client.js';
import { rosterContracts, users } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { shiftsOf } from './calendar.js';
import { presentStaff } from './presenters.js';
import { halfDaysFor, plannedStaff } from './staff.js';

/** What makes a contract impossible: hours that do not fit its days, working days when the site is closed. */
export function contractProblems(site: SiteRow, input: ContractInput): FieldError[] {
  const errors: FieldError[] = [];
  const days = new Set(input.workingWeekdays);
  if (days.size !== input.workingWeekdays.length) errors.push({ field: 'workingWeekdays', code: 'duplicate' });
  const open = new Set(shiftsOf(site.openingHours).map((s) => s.weekday));
  if ([...days].some((d) => !open.has(d))) errors.push({ field: 'workingWeekdays', code: 'site_closed' });
  const needed = halfDaysFor(input.hoursPerWeek);
  const fit = 2 * Math.min(input.maxDaysPerWeek, days.size);
  if (needed > fit) errors.push({ field: 'hoursPerWeek', code: 'hours_do_not_fit', params: { needed, fit } });
  return errors;
}

export async function listStaff(db: Db, siteId: SiteId, organisationId?: string): Promise<RosterStaff[]> {
  const staff = await plannedStaff(db, siteId);
  return staff.filter((s) => !organisationId || s.organisationId === organisationId).map(presentStaff);
}

/** Sets a planned person's contract at the site (one transaction, audited, announced). */
export async function setContract(
  db: Db,
  actor: StaffPrincipal,
  site: SiteRow,
  siteId: SiteId,
  userId: string,
  input: ContractInput,
): Promise<RosterStaff> {
  const errors = contractProblems(site, input);
  if (errors.length > 0) throw new DomainError('roster.contract_contradictory', { fieldErrors: errors });
  return db.transaction(async (tx) => {
    const [person] = await plannedStaff(tx, siteId, userId);
    if (!person) throw notFound();
    const values = {
      hoursPerWeek: input.hoursPerWeek,
      workingWeekdays: input.workingWeekdays,
      maxDaysPerWeek: input.maxDaysPerWeek,
      maxConsecutiveDays: input.maxConsecutiveDays,
      updatedAt: new Date(),
    };
    await tx
      .insert(rosterContracts)
      .values({ siteId, userId, ...values })
      .onConflictDoUpdate({ target: [rosterContracts.siteId, rosterContracts.userId], set: values });
    if (input.trainedOn !== undefined)
      await tx.update(users).set({ trainedOn: input.trainedOn }).where(eq(users.id, userId));
    await recordAudit(tx, actor, { action: 'roster.contract', targetType: 'user', targetId: userId, siteId });
    await recordEvent(tx, siteId, 'roster.changed', { planId: null, kind: 'contracts' });
    const [updated] = await plannedStaff(tx, siteId, userId);
    return presentStaff(updated ?? person);
  });
}
