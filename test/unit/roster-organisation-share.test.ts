import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { type CentreProblem, organisationShares } from '../../src/common/roster/centre-model.js';
import { CENTRE_WEIGHTS } from '../../src/server/modules/roster/solver/centre-mip.js';
import { organisationShareRows } from '../../src/server/modules/roster/organisation-shares.js';
import { solveCentre } from '../../src/server/modules/roster/solver/centre-solve.js';

/**
 * One week, no coverage asked. Ana (organisation a) may work only the first five half-days and her
 * contract target is 2 of them, so 2 to 5 are all free; Bert (organisation b) works his full 5. Only
 * the organisations' agreed shares of the hours decide how many Ana gets.
 */
const problem = (shareOfA: number): CentreProblem => ({
  days: 5,
  staff: [
    {
      id: 'ana',
      organisation: 'a',
      role: 'counsellor',
      fields: ['work'],
      languages: ['fr'],
      halfDaysPerWeek: 5,
      maxDaysPerWeek: 5,
      workingWeekdays: [0, 1, 2, 3, 4],
      unavailableSlots: [5, 6, 7, 8, 9],
    },
    {
      id: 'bert',
      organisation: 'b',
      role: 'counsellor',
      fields: ['work'],
      languages: ['nl'],
      halfDaysPerWeek: 5,
      maxDaysPerWeek: 5,
      workingWeekdays: [0, 1, 2, 3, 4],
      unavailableSlots: [],
    },
  ],
  coverage: { fields: [], frenchOnFloor: 0, dutchOnFloor: 0, receptionFrench: 0, receptionDutch: 0, stewards: 0 },
  unpopularSlots: [],
  pins: [],
  organisationShares: [
    { organisation: 'a', share: shareOfA },
    { organisation: 'b', share: 1 - shareOfA },
  ],
  slotHours: Array.from({ length: 10 }, () => 4),
});

const halfDaysOf = (plan: { assignments: { staff: string }[] }, staff: string) =>
  plan.assignments.filter((a) => a.staff === staff).length;

describe('organisation shares of the planned hours', () => {
  it('gives the organisation with the larger agreed share the free half-days', async () => {
    const highs = await loadHighs();
    const plan = solveCentre(highs, problem(0.8), { timeLimitSeconds: 20 });
    expect(plan.status).toBe('optimal');
    expect(halfDaysOf(plan, 'ana')).toBe(5);
    expect(halfDaysOf(plan, 'bert')).toBe(5);
    // 20 h each of 40 h against agreed 32 h and 8 h: 12 h off on both sides. Cutting Bert's half-days
    // would bring the shares closer but leave him short of his contract, which costs more.
    expect(plan.objective).toBeCloseTo(24 * CENTRE_WEIGHTS.organisation, 6);
  });

  it('keeps them from the organisation whose share is small, but never below the contract', async () => {
    const highs = await loadHighs();
    const plan = solveCentre(highs, problem(0.2), { timeLimitSeconds: 20 });
    expect(plan.status).toBe('optimal');
    expect(halfDaysOf(plan, 'ana')).toBe(2);
    expect(halfDaysOf(plan, 'bert')).toBe(5);
    // 8 h of 28 h against agreed 5.6 h: 2.4 h off on both sides.
    expect(plan.objective).toBeCloseTo(4.8 * CENTRE_WEIGHTS.organisation, 6);
  });

  it('measures shares among the organisations with an agreed share and somebody to plan', () => {
    const staff = [{ organisation: 'a' }, { organisation: 'b' }, { organisation: 'c' }];
    const agreed = [
      { organisation: 'a', percent: 45 },
      { organisation: 'b', percent: 15 },
      { organisation: 'c', percent: null },
      { organisation: 'd', percent: 40 },
    ];
    expect(organisationShares(agreed, staff)).toEqual([
      { organisation: 'a', share: 0.75 },
      { organisation: 'b', share: 0.25 },
    ]);
    expect(organisationShares([{ organisation: 'a', percent: 0 }], staff)).toEqual([]);
  });

  it('shows each organisation’s planned hours against its agreed share, from the shifts’ lengths', () => {
    const shifts = [
      { weekday: 'mon' as const, part: 'morning' as const, start: '09:00', end: '13:00' },
      { weekday: 'mon' as const, part: 'afternoon' as const, start: '13:00', end: '19:00' },
    ];
    const people = [
      { userId: 'ana', organisationId: 'a' },
      { userId: 'bert', organisationId: 'b' },
      { userId: 'cleo', organisationId: 'c' },
    ];
    // 2027-03-01 is a Monday.
    const assignments = [
      { userId: 'ana', date: '2027-03-01', part: 'morning' },
      { userId: 'ana', date: '2027-03-01', part: 'afternoon' },
      { userId: 'bert', date: '2027-03-01', part: 'morning' },
      { userId: 'cleo', date: '2027-03-01', part: 'afternoon' },
    ];
    const agreed = [
      { organisation: 'a', percent: 30 },
      { organisation: 'b', percent: 10 },
      { organisation: 'c', percent: null },
    ];
    expect(organisationShareRows(assignments, people, shifts, agreed)).toEqual([
      {
        organisationId: 'a',
        agreedPercent: 30,
        targetPercent: 75,
        targetHours: 10.5,
        plannedHours: 10,
        plannedPercent: 71.4,
      },
      {
        organisationId: 'b',
        agreedPercent: 10,
        targetPercent: 25,
        targetHours: 3.5,
        plannedHours: 4,
        plannedPercent: 28.6,
      },
      {
        organisationId: 'c',
        agreedPercent: null,
        targetPercent: null,
        targetHours: null,
        plannedHours: 6,
        plannedPercent: null,
      },
    ]);
  });
});
