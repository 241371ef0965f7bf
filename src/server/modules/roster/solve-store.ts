import { and, eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { explainShortfall } from '../../../common/roster/explain-shortfall.js';
import type { Db } from '../../db/client.js';
import { rosterAssignments, rosterPlans, type StoredGap } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { recordEvent } from '../../platform/events/record.js';
import { planAssignments, planRow } from './plan-view.js';
import type { BuiltProblem } from './problem-builder.js';
import type { CentreResult } from './solver/centre-solve.js';

const CHUNK = 1000;

/** Ends a solve without touching the plan's assignments (only if it is still this solve). */
export async function endSolve(
  db: Db,
  siteId: SiteId,
  planId: string,
  startedAt: Date | null,
  set: { solveStatus: string; solveError?: string | null },
) {
  await db.transaction(async (tx) => {
    const plan = await planRow(tx, siteId, planId, true);
    if (plan.solveStatus !== 'running' || plan.solveStartedAt?.getTime() !== startedAt?.getTime()) return;
    await tx
      .update(rosterPlans)
      .set({ ...set, solveFinishedAt: new Date() })
      .where(eq(rosterPlans.id, planId));
    await recordEvent(tx, siteId, 'roster.changed', { planId, kind: 'solved' });
  });
}

/** Replaces the plan's assignments with the solver's, keeping pin flags, with the explained gaps. */
export async function storeSolve(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  planId: string,
  startedAt: Date,
  built: BuiltProblem,
  result: CentreResult,
) {
  const { grid, problem } = built;
  await db.transaction(async (tx) => {
    const plan = await planRow(tx, siteId, planId, true);
    if (plan.solveStatus !== 'running' || plan.solveStartedAt?.getTime() !== startedAt.getTime()) return;
    const pinned = new Set(
      (await planAssignments(tx, planId))
        .filter((a) => a.pinned)
        .map((a) => `${a.userId}|${a.date}|${a.part}|${a.activity}`),
    );
    await tx
      .delete(rosterAssignments)
      .where(and(eq(rosterAssignments.planId, planId), eq(rosterAssignments.siteId, siteId)));
    const rows = result.assignments.map((a) => {
      const { date, part } = grid.at(a.slot);
      return {
        planId,
        siteId,
        userId: a.staff,
        date,
        part,
        activity: a.activity,
        pinned: pinned.has(`${a.staff}|${date}|${part}|${a.activity}`),
      };
    });
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(rosterAssignments).values(rows.slice(i, i + CHUNK));
    const gaps: StoredGap[] = result.shortfalls.map((s) => ({
      ...grid.at(s.slot),
      rule: s.rule,
      missing: s.missing,
      why: explainShortfall(problem, result.assignments, s),
    }));
    await tx
      .update(rosterPlans)
      .set({
        solveStatus: result.status === 'optimal' ? 'optimal' : 'time_limit',
        solveFinishedAt: new Date(),
        objective: result.objective,
        bound: result.bound,
        gap: result.gap,
        seconds: Math.round(result.seconds * 100) / 100,
        gaps,
      })
      .where(eq(rosterPlans.id, planId));
    await recordAudit(tx, actor, {
      action: 'roster.solved',
      targetType: 'roster_plan',
      targetId: planId,
      siteId,
      detail: { status: result.status, assignments: rows.length, gaps: gaps.length },
    });
    await recordEvent(tx, siteId, 'roster.changed', { planId, kind: 'solved' });
  });
}
