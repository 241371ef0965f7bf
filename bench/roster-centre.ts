import loadHighs from 'highs';
import { changedAssignments, solveCentre } from '../src/server/modules/roster/solver/centre-solve.js';
import { demoCentreProblem } from './roster-demo-centre.js';

export type CentreBench = {
  staff: number;
  status: string;
  seconds: number;
  objective: number | null;
  bound: number | null;
  gap: number | null;
  assignments: number;
  shortfalls: number;
  replan: { sick: string; seconds: number; status: string; changed: number; shortfalls: number };
};

/** The demo centre's four weeks to a proven optimum (or the gap at 30 s), then a sick-day re-plan. */
export const benchCentre = async (): Promise<CentreBench> => {
  const highs = await loadHighs();
  const problem = demoCentreProblem();
  const plan = solveCentre(highs, problem, { timeLimitSeconds: 30 });
  // Week 2, Tuesday: the first counsellor working both half-days calls in sick.
  const sickSlots = [12, 13];
  const busy = plan.assignments.filter((a) => sickSlots.includes(a.slot) && a.activity.startsWith('counselling:'));
  const sick =
    busy.find((a) => busy.some((b) => b.staff === a.staff && b.slot !== a.slot))?.staff ?? busy[0]?.staff ?? '';
  const replanned = solveCentre(
    highs,
    {
      ...problem,
      staff: problem.staff.map((s) =>
        s.id === sick ? { ...s, unavailableSlots: [...s.unavailableSlots, ...sickSlots] } : s,
      ),
      previous: plan.assignments,
    },
    { timeLimitSeconds: 30 },
  );
  return {
    staff: problem.staff.length,
    status: plan.status,
    seconds: Math.round(plan.seconds * 100) / 100,
    objective: plan.objective,
    bound: plan.bound,
    gap: plan.gap,
    assignments: plan.assignments.length,
    shortfalls: plan.shortfalls.length,
    replan: {
      sick,
      seconds: Math.round(replanned.seconds * 100) / 100,
      status: replanned.status,
      changed: changedAssignments(plan.assignments, replanned.assignments),
      shortfalls: replanned.shortfalls.length,
    },
  };
};
