import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, protectColumn, protectTable, type ProtectedTable } from '../../src/common/stats/disclosure.js';
import { reportingFigure } from '../../src/common/stats/outcome.js';

/** Counts as real tables have them: many small cells, some zeros, some large. */
const countArb = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.integer({ min: 0, max: 40 }),
  fc.integer({ min: 100, max: 900 }),
);
const tableArb = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, cols }) =>
    fc.array(fc.array(countArb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

type Entry = { i: number; j: number; value: number; hidden: boolean };

/** The extended grid (cells, row totals in the last column, column totals in the last row). */
function grid(cells: number[][], table: ProtectedTable): Entry[][] {
  const rowSum = (i: number) => (cells[i] ?? []).reduce((a, b) => a + b, 0);
  const colSum = (j: number) => cells.reduce((a, row) => a + (row[j] ?? 0), 0);
  const all = cells.reduce((a, _, i) => a + rowSum(i), 0);
  const rows = cells.map((row, i) => [
    ...row.map((value, j) => ({ i, j, value, hidden: table.cells[i]?.[j]?.hidden ?? false })),
    { i, j: row.length, value: rowSum(i), hidden: table.rowTotals[i]?.hidden ?? false },
  ]);
  const last = (cells[0] ?? []).map((_, j) => ({
    i: cells.length,
    j,
    value: colSum(j),
    hidden: table.columnTotals[j]?.hidden ?? false,
  }));
  return [...rows, [...last, { i: cells.length, j: last.length, value: all, hidden: table.total.hidden }]];
}

/**
 * Solves for every hidden entry from the published ones: one equation per line of the grid (its cells
 * add up to its total). Returns the hidden entries that the equations pin down to a single value.
 */
function recomputable(g: Entry[][]): Entry[] {
  const unknowns = g.flat().filter((e) => e.hidden);
  const index = new Map(unknowns.map((e, k) => [`${e.i},${e.j}`, k]));
  const equations: number[][] = [];
  const line = (entries: Entry[]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    entries.forEach((e, k) => {
      const u = index.get(`${e.i},${e.j}`);
      if (u !== undefined) eq[u] = k === entries.length - 1 ? -1 : 1;
    });
    if (eq.some((x) => x !== 0)) equations.push(eq);
  };
  for (const row of g) line(row);
  for (let j = 0; j < (g[0]?.length ?? 0); j++) line(g.map((row) => row[j] as Entry));
  // Reduced row echelon form; an unknown is determined iff its pivot row has no free column.
  const m = equations.map((r) => [...r]);
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < m.length; c++) {
    const p = m.findIndex((row, k) => k >= r && Math.abs(row[c] ?? 0) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p] as number[], m[r] as number[]];
    const pr = m[r] as number[];
    const f = pr[c] as number;
    for (let k = 0; k < pr.length; k++) pr[k] = (pr[k] as number) / f;
    for (const [k, row] of m.entries()) {
      if (k === r) continue;
      const factor = row[c] as number;
      if (Math.abs(factor) > 1e-9)
        for (let x = 0; x < row.length; x++) row[x] = (row[x] as number) - factor * (pr[x] as number);
    }
    pivots.push(c);
    r++;
  }
  return pivots
    .filter((c, k) => (m[k] as number[]).every((v, x) => x === c || Math.abs(v) < 1e-9))
    .map((c) => unknowns[c] as Entry);
}

describe('disclosure control', () => {
  it('publishes no cell or total below the threshold, and publishes true values', () => {
    fc.assert(
      fc.property(tableArb, fc.integer({ min: 3, max: 15 }), (cells, threshold) => {
        const t = protectTable(cells, { threshold });
        for (const e of grid(cells, t).flat()) {
          if (e.value < threshold) expect(e.hidden).toBe(true);
        }
        for (const [i, row] of t.cells.entries()) {
          for (const [j, c] of row.entries()) if (!c.hidden) expect(c.value).toBe(cells[i]?.[j]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no hidden cell recomputable from the published row, column and grand totals', () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        const g = grid(cells, protectTable(cells));
        expect(recomputable(g)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('never leaves a line whose hidden cells must all be zero', () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        const g = grid(cells, protectTable(cells));
        const lines = [...g, ...(g[0] ?? []).map((_, j) => g.map((row) => row[j] as Entry))];
        for (const line of lines) {
          const total = line[line.length - 1] as Entry;
          const hidden = line.slice(0, -1).filter((e) => e.hidden);
          if (!total.hidden && hidden.length > 0) expect(hidden.reduce((a, e) => a + e.value, 0)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('rounds published entries to base 5, never below the threshold, hiding the same entries', () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        const exact = protectTable(cells);
        const rounded = protectTable(cells, { roundTo: 5 });
        const pairs = [
          ...exact.cells.flatMap((row, i) => row.map((c, j) => [c, rounded.cells[i]?.[j]] as const)),
          ...exact.rowTotals.map((c, i) => [c, rounded.rowTotals[i]] as const),
          ...exact.columnTotals.map((c, j) => [c, rounded.columnTotals[j]] as const),
          [exact.total, rounded.total] as const,
        ];
        for (const [e, r] of pairs) {
          expect(r?.hidden).toBe(e.hidden);
          if (!e.hidden && r && !r.hidden) {
            expect(r.value % 5).toBe(0);
            expect(r.value).toBeGreaterThanOrEqual(10);
            expect(Math.abs(r.value - e.value)).toBeLessThanOrEqual(2);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('protects a one-way distribution: a single small cell takes a second one with it', () => {
    const col = protectColumn([120, 4, 55, 300]);
    expect(col.cells.map((c) => c.hidden)).toEqual([false, true, true, false]);
    expect(col.total).toEqual({ hidden: false, value: 479 });
    expect(cellText(col.cells[1] ?? { hidden: true }, col.threshold)).toBe('<10');
  });

  it('publishes a table with no small cells unchanged', () => {
    const t = protectTable([
      [10, 20],
      [30, 40],
    ]);
    expect(t.secondary).toBe(0);
    expect(t.total).toEqual({ hidden: false, value: 100 });
  });
});

describe('outcome sentence figures', () => {
  it('are round, strictly below the count, and absent below ten', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), (n) => {
        const f = reportingFigure(n);
        if (n < 10) expect(f).toBeNull();
        else if (f !== null) {
          expect(f).toBeLessThan(n);
          expect(f).toBeGreaterThanOrEqual(n * 0.5);
          expect(f % 10).toBe(0);
        }
      }),
    );
    expect(reportingFigure(10_437)).toBe(10_000);
    expect(reportingFigure(8_612)).toBe(8_500);
    expect(reportingFigure(10_000)).toBe(9_500);
  });
});
