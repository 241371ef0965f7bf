import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { PlanAssignment, PlanDetail, PlanSummary } from '../../../common/roster/plan-schemas.js';
import type { DbOrTx } from '../../db/client.js';
import { organisations, rosterAssignments, rosterPlans } from '../../db/schema/index.js';
import { notFound } from '../../platform/errors.js';
import type { SiteRow } from '../sites/sites.service.js';
import { shiftsOf } from './calendar.js';
import { organisationShareRows } from './organisation-shares.js';
import { presentStaff } from './presenters.js';
import { plannedStaff } from './staff.js';
import { presentGap } from './texts.js';

export type PlanRow = typeof rosterPlans.$inferSelect;
export type AssignmentRow = typeof rosterAssignments.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentSummary = (p: PlanRow, assignmentCount: number): PlanSummary => ({
  id: p.id,
  from: p.periodStart,
  to: p.periodEnd,
  status: p.status as PlanSummary['status'],
  basedOnPlanId: p.basedOnPlanId,
  publishedAt: iso(p.publishedAt),
  createdAt: p.createdAt.toISOString(),
  solve: {
    status: p.solveStatus as PlanSummary['solve']['status'],
    startedAt: iso(p.solveStartedAt),
    finishedAt: iso(p.solveFinishedAt),
    objective: p.objective,
    bound: p.bound,
    gap: p.gap,
    seconds: p.seconds,
    error: p.solveError,
  },
  assignmentCount,
  gapCount: p.gaps.length,
});

export const presentAssignment = (a: AssignmentRow): PlanAssignment => ({
  id: a.id,
  userId: a.userId,
  date: a.date,
  part: a.part === 'afternoon' ? 'afternoon' : 'morning',
  activity: a.activity as PlanAssignment['activity'],
  pinned: a.pinned,
});

/** A plan of the site (another site's plan is not found). */
export async function planRow(db: DbOrTx, siteId: SiteId, id: string, lock = false): Promise<PlanRow> {
  const query = db
    .select()
    .from(rosterPlans)
    .where(and(eq(rosterPlans.id, id), eq(rosterPlans.siteId, siteId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}

export async function summaryOf(db: DbOrTx, plan: PlanRow): Promise<PlanSummary> {
  const [n] = await db.select({ n: count() }).from(rosterAssignments).where(eq(rosterAssignments.planId, plan.id));
  return presentSummary(plan, Number(n?.n ?? 0));
}

export async function planAssignments(db: DbOrTx, planId: string): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(rosterAssignments)
    .where(eq(rosterAssignments.planId, planId))
    .orderBy(asc(rosterAssignments.date), asc(rosterAssignments.part));
}

/**
 * The board: assignments, explained gaps, organisations' shares of the hours, people and shifts;
 * `organisationId` narrows to one organisation.
 */
export async function planDetail(
  db: DbOrTx,
  site: SiteRow,
  siteId: SiteId,
  id: string,
  language: Language,
  organisationId?: string,
): Promise<PlanDetail> {
  const plan = await planRow(db, siteId, id);
  const everyone = await plannedStaff(db, siteId);
  const staff = everyone.filter((s) => !organisationId || s.organisationId === organisationId);
  const visible = new Set(staff.map((s) => s.userId));
  const all = await planAssignments(db, id);
  const shifts = shiftsOf(site.openingHours);
  const planned = everyone.filter((s) => s.contract !== null);
  const agreed = await db
    .select({ organisation: organisations.id, percent: organisations.fundingSharePercent })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(planned.map((s) => s.organisationId))]));
  const shares = organisationShareRows(all, planned, shifts, agreed);
  return {
    ...presentSummary(plan, all.length),
    assignments: all.filter((a) => visible.has(a.userId)).map(presentAssignment),
    gaps: plan.gaps.map((g) => presentGap(g, language, shifts)),
    organisationShares: shares.filter((s) => !organisationId || s.organisationId === organisationId),
    staff: staff.map(presentStaff),
    shifts,
  };
}
