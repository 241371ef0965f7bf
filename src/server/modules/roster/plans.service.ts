import { and, desc, eq, gte, lte } from 'drizzle-orm';
import { activitiesOf } from '../../../common/roster/centre-model.js';
import type { SiteId } from '../../../common/ids.js';
import {
  type CreatePlanInput,
  type PinInput,
  type PlanDiff,
  type PlanSummary,
  ROSTER_LIMITS,
} from '../../../common/roster/plan-schemas.js';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { rosterAssignments, rosterPlans } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { daysBetween, periodGrid } from './calendar.js';
import { planAssignments, planRow, presentAssignment, summaryOf } from './plan-view.js';
import { plannedStaff, primaryRole } from './staff.js';

const changed = async (tx: DbOrTx, actor: StaffPrincipal, siteId: SiteId, planId: string, what: string) => {
  await recordAudit(tx, actor, { action: `roster.${what}`, targetType: 'roster_plan', targetId: planId, siteId });
  await recordEvent(tx, siteId, 'roster.changed', {
    planId,
    kind: what === 'publish' ? 'published' : what === 'plan' ? 'plan' : 'pins',
  });
};

export function checkPeriod(from: string, to: string) {
  const span = daysBetween(from, to);
  if (span < 0 || span >= ROSTER_LIMITS.periodDays.max) {
    throw new DomainError('roster.period_invalid', { fieldErrors: [{ field: 'to', code: 'invalid' }] });
  }
}

export async function listPlans(db: Db, siteId: SiteId): Promise<PlanSummary[]> {
  const rows = await db
    .select()
    .from(rosterPlans)
    .where(eq(rosterPlans.siteId, siteId))
    .orderBy(desc(rosterPlans.periodStart), desc(rosterPlans.createdAt));
  return Promise.all(rows.map((r) => summaryOf(db, r)));
}

export async function createPlan(db: Db, actor: StaffPrincipal, siteId: SiteId, input: CreatePlanInput) {
  checkPeriod(input.from, input.to);
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(rosterPlans)
      .values({ siteId, periodStart: input.from, periodEnd: input.to })
      .returning();
    if (!plan) throw new Error('plan insert returned nothing');
    await changed(tx, actor, siteId, plan.id, 'plan');
    return summaryOf(tx, plan);
  });
}

const editable = async (tx: Tx, siteId: SiteId, id: string) => {
  const plan = await planRow(tx, siteId, id, true);
  if (plan.status !== 'draft') throw new DomainError('roster.plan_published');
  if (plan.solveStatus === 'running') throw new DomainError('roster.solve_running');
  return plan;
};

/** Fixes a person to an activity in a half-day of a draft plan; every re-solve keeps it. */
export async function pin(db: Db, actor: StaffPrincipal, site: SiteRow, siteId: SiteId, id: string, input: PinInput) {
  return db.transaction(async (tx) => {
    const plan = await editable(tx, siteId, id);
    const grid = periodGrid(plan.periodStart, plan.periodEnd, site.openingHours);
    const slot = grid.slotOf(input.date, input.part);
    if (slot === null || grid.closed.includes(slot)) throw new DomainError('roster.outside_opening_hours');
    const [person] = await plannedStaff(tx, siteId, input.userId);
    if (!person?.contract) throw new DomainError('roster.not_planned_staff');
    const allowed = activitiesOf({ role: primaryRole(person), fields: person.fields } as Parameters<
      typeof activitiesOf
    >[0]);
    if (!allowed.includes(input.activity)) throw new DomainError('roster.activity_not_allowed');
    const values = {
      planId: id,
      siteId,
      userId: input.userId,
      date: input.date,
      part: input.part,
      activity: input.activity,
      pinned: true,
    };
    const [row] = await tx
      .insert(rosterAssignments)
      .values(values)
      .onConflictDoUpdate({
        target: [rosterAssignments.planId, rosterAssignments.userId, rosterAssignments.date, rosterAssignments.part],
        set: { activity: input.activity, pinned: true },
      })
      .returning();
    if (!row) throw new Error('pin returned nothing');
    await changed(tx, actor, siteId, id, 'pin');
    return presentAssignment(row);
  });
}

export async function unpin(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string, assignmentId: string) {
  return db.transaction(async (tx) => {
    await editable(tx, siteId, id);
    const [row] = await tx
      .update(rosterAssignments)
      .set({ pinned: false })
      .where(and(eq(rosterAssignments.id, assignmentId), eq(rosterAssignments.planId, id)))
      .returning();
    if (!row) throw notFound();
    await changed(tx, actor, siteId, id, 'unpin');
    return presentAssignment(row);
  });
}

/** Publishes a computed draft; published plans of the site over the same dates are superseded. */
export async function publish(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  return db.transaction(async (tx) => {
    const plan = await editable(tx, siteId, id);
    const rows = await planAssignments(tx, id);
    if (rows.length === 0) throw new DomainError('roster.plan_empty');
    await tx
      .update(rosterPlans)
      .set({ status: 'superseded' })
      .where(
        and(
          eq(rosterPlans.siteId, siteId),
          eq(rosterPlans.status, 'published'),
          lte(rosterPlans.periodStart, plan.periodEnd),
          gte(rosterPlans.periodEnd, plan.periodStart),
        ),
      );
    const [done] = await tx
      .update(rosterPlans)
      .set({ status: 'published', publishedAt: new Date() })
      .where(eq(rosterPlans.id, id))
      .returning();
    await changed(tx, actor, siteId, id, 'publish');
    return summaryOf(tx, done ?? plan);
  });
}

/** A draft re-plan of a published plan: same period, its assignments (and pins) copied as the start. */
export async function createReplan(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  return db.transaction(async (tx) => {
    const base = await planRow(tx, siteId, id, true);
    if (base.status !== 'published') throw new DomainError('roster.plan_not_published');
    const [plan] = await tx
      .insert(rosterPlans)
      .values({ siteId, periodStart: base.periodStart, periodEnd: base.periodEnd, basedOnPlanId: base.id })
      .returning();
    if (!plan) throw new Error('plan insert returned nothing');
    const rows = await planAssignments(tx, base.id);
    if (rows.length > 0) {
      await tx.insert(rosterAssignments).values(rows.map(({ id: _, planId: __, ...a }) => ({ ...a, planId: plan.id })));
    }
    await changed(tx, actor, siteId, plan.id, 'plan');
    return plan;
  });
}

/** What a re-plan changes against the plan it is based on: per person and half-day, before and after. */
export async function planDiff(db: Db, siteId: SiteId, id: string): Promise<PlanDiff> {
  const plan = await planRow(db, siteId, id);
  const after = await planAssignments(db, id);
  const before = plan.basedOnPlanId ? await planAssignments(db, plan.basedOnPlanId) : [];
  const key = (a: { userId: string; date: string; part: string }) => `${a.userId}|${a.date}|${a.part}`;
  const was = new Map(before.map((a) => [key(a), a]));
  const now = new Map(after.map((a) => [key(a), a]));
  const keys = [...new Set([...was.keys(), ...now.keys()])].filter(
    (k) => was.get(k)?.activity !== now.get(k)?.activity,
  );
  const ids = [...new Set(keys.map((k) => k.split('|')[0] as string))];
  const names = new Map(
    (await plannedStaff(db, siteId)).filter((s) => ids.includes(s.userId)).map((s) => [s.userId, s.displayName]),
  );
  const changes = keys.sort().map((k) => {
    const [userId = '', date = '', part = ''] = k.split('|');
    return {
      userId,
      displayName: names.get(userId) ?? '',
      date,
      part: part === 'afternoon' ? ('afternoon' as const) : ('morning' as const),
      before: (was.get(k)?.activity ?? null) as PlanDiff['changes'][number]['before'],
      after: (now.get(k)?.activity ?? null) as PlanDiff['changes'][number]['after'],
    };
  });
  return { planId: id, basedOnPlanId: plan.basedOnPlanId, changes, peopleAffected: ids.length };
}
