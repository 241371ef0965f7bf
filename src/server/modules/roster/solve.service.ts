import { eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { ROSTER_LIMITS, type SolveInput } from '../../../common/roster/plan-schemas.js';
import type { Db } from '../../db/client.js';
import { rosterPlans } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { type BuiltProblem, buildProblem } from './problem-builder.js';
import { endSolve, storeSolve } from './solve-store.js';
import { planAssignments, planRow, summaryOf } from './plan-view.js';
import { solveCentreInWorker } from './solver/centre-in-worker.js';
import type { CentreResult } from './solver/centre-solve.js';

type Job = { abort: AbortController; done: Promise<void> };
/** A running solve whose process died is taken as over this long after its deadline. */
const STALE_MS = 30_000;
const PROGRESS_EVERY_MS = 500;

/**
 * Solves plans off the event loop (a worker thread per solve), one at a time per plan. Progress goes out as
 * `roster.changed` events; only a finished solve replaces the plan's assignments, in one transaction, so a
 * failed or cancelled solve leaves the previous assignments untouched.
 */
export class RosterSolver {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly db: Db,
    private readonly log: (error: unknown) => void,
  ) {}

  async start(actor: StaffPrincipal, site: SiteRow, siteId: SiteId, planId: string, input: SolveInput) {
    const seconds = input.timeLimitSeconds ?? ROSTER_LIMITS.timeLimitSeconds.default;
    const { built, startedAt } = await this.db.transaction(async (tx) => {
      const plan = await planRow(tx, siteId, planId, true);
      if (plan.status !== 'draft') throw new DomainError('roster.plan_published');
      const stale = (plan.solveDeadline?.getTime() ?? 0) + STALE_MS < Date.now();
      if (plan.solveStatus === 'running' && (this.jobs.has(planId) || !stale))
        throw new DomainError('roster.solve_running');
      const current = await planAssignments(tx, planId);
      const previous = plan.basedOnPlanId ? await planAssignments(tx, plan.basedOnPlanId) : undefined;
      const period = { from: plan.periodStart, to: plan.periodEnd };
      const built = await buildProblem(
        tx,
        site,
        siteId,
        period,
        current.filter((a) => a.pinned),
        previous,
      );
      const startedAt = new Date();
      await tx
        .update(rosterPlans)
        .set({
          solveStatus: 'running',
          solveStartedAt: startedAt,
          solveFinishedAt: null,
          solveError: null,
          solveDeadline: new Date(startedAt.getTime() + seconds * 1000),
        })
        .where(eq(rosterPlans.id, planId));
      await recordAudit(tx, actor, { action: 'roster.solve', targetType: 'roster_plan', targetId: planId, siteId });
      await recordEvent(tx, siteId, 'roster.changed', { planId, kind: 'plan' });
      return { built, startedAt };
    });
    const abort = new AbortController();
    const job: Job = { abort, done: Promise.resolve() };
    job.done = this.run(actor, siteId, planId, startedAt, built, { ...input, timeLimitSeconds: seconds }, abort.signal)
      .catch(this.log)
      .finally(() => this.jobs.delete(planId));
    this.jobs.set(planId, job);
    return summaryOf(this.db, await planRow(this.db, siteId, planId));
  }

  /** Stops a running solve; the plan keeps the assignments it had before. */
  async cancel(actor: StaffPrincipal, siteId: SiteId, planId: string) {
    const plan = await planRow(this.db, siteId, planId);
    const job = this.jobs.get(planId);
    if (job) {
      job.abort.abort();
      await job.done;
    } else if (plan.solveStatus === 'running') {
      await endSolve(this.db, siteId, planId, plan.solveStartedAt, { solveStatus: 'cancelled' });
    }
    await recordAudit(this.db, actor, { action: 'roster.cancel', targetType: 'roster_plan', targetId: planId, siteId });
    return summaryOf(this.db, await planRow(this.db, siteId, planId));
  }

  /** Waits for a plan's solve in this process (tests, shutdown). */
  async settled(planId: string) {
    await this.jobs.get(planId)?.done;
  }

  async close() {
    for (const job of this.jobs.values()) job.abort.abort();
    await Promise.all([...this.jobs.values()].map((j) => j.done));
  }

  private async run(
    actor: StaffPrincipal,
    siteId: SiteId,
    planId: string,
    startedAt: Date,
    built: BuiltProblem,
    input: SolveInput & { timeLimitSeconds: number },
    signal: AbortSignal,
  ) {
    let progress = Promise.resolve();
    let last = 0;
    let result: CentreResult;
    try {
      result = await solveCentreInWorker(built.problem, {
        timeLimitSeconds: input.timeLimitSeconds,
        relativeGap: input.relativeGap ?? 0,
        signal,
        onProgress: (p) => {
          if (Date.now() - last < PROGRESS_EVERY_MS) return;
          last = Date.now();
          const data = {
            planId,
            kind: 'solve_progress',
            progress: { objective: p.objective, bound: p.bound, gap: p.gap },
          };
          progress = progress
            .then(() => recordEvent(this.db, siteId, 'roster.changed', data).then(() => undefined))
            .catch(this.log);
        },
      });
    } catch (error) {
      await progress;
      await endSolve(this.db, siteId, planId, startedAt, {
        solveStatus: 'failed',
        solveError: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    await progress;
    if (signal.aborted || result.status === 'interrupted') {
      await endSolve(this.db, siteId, planId, startedAt, { solveStatus: 'cancelled' });
    } else if (result.status === 'infeasible' || result.status === 'no_solution') {
      await endSolve(this.db, siteId, planId, startedAt, {
        solveStatus: result.status === 'infeasible' ? 'failed' : 'no_solution',
        solveError: result.status === 'infeasible' ? 'infeasible' : null,
      });
    } else {
      await storeSolve(this.db, actor, siteId, planId, startedAt, built, result);
    }
  }
}
