/**
 * Statistical disclosure control for count tables published outside the manager's live floor.
 *
 * The table is seen with its margins as one extended (rows + 1) × (columns + 1) grid: the last column
 * holds the row totals, the last row the column totals, the corner the grand total. Every line of that
 * grid is one linear equation (its cells add up to its total), so a hidden entry can be recomputed
 * from the published ones exactly when it is a *bridge* of the bipartite graph whose vertices are the
 * grid's lines and whose edges are the hidden entries. Secondary suppression therefore hides further
 * entries until no hidden entry is a bridge, and until no line's hidden cells are forced to zero by
 * non-negativity (hidden cells of a line that add up to 0 would all be known to be 0).
 *
 * 1. primary: every entry below the threshold (default 10), margins included, is hidden ("<10");
 * 2. secondary: while a hidden entry is a bridge (or a line's hidden cells sum to 0), hide the
 *    smallest published entry on one of its lines, preferring one that closes a cycle;
 * 3. optional rounding of the published entries to base 5 (never below the threshold).
 */
export type DisclosureOptions = { threshold?: number; roundTo?: 1 | 5 };
export type ProtectedCell = { hidden: true } | { hidden: false; value: number };
export type ProtectedTable = {
  cells: ProtectedCell[][];
  rowTotals: ProtectedCell[];
  columnTotals: ProtectedCell[];
  total: ProtectedCell;
  threshold: number;
  /** Entries hidden only to protect others (secondary suppression), for the footnote. */
  secondary: number;
};

export const DEFAULT_THRESHOLD = 10;

type Grid = { values: number[][]; hidden: boolean[][]; rows: number; cols: number };

function extend(cells: readonly (readonly number[])[]): Grid {
  const rows = cells.length + 1;
  const cols = (cells[0]?.length ?? 0) + 1;
  const values = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  cells.forEach((row, i) => {
    row.forEach((v, j) => {
      const line = values[i] as number[];
      const last = values[rows - 1] as number[];
      line[j] = v;
      line[cols - 1] = (line[cols - 1] ?? 0) + v;
      last[j] = (last[j] ?? 0) + v;
      last[cols - 1] = (last[cols - 1] ?? 0) + v;
    });
  });
  return { values, hidden: values.map((r) => r.map(() => false)), rows, cols };
}

const at = <T>(m: T[][], i: number, j: number) => (m[i] as T[])[j] as T;
const isHidden = (g: Grid, i: number, j: number) => at(g.hidden, i, j);
const hide = (g: Grid, i: number, j: number) => {
  (g.hidden[i] as boolean[])[j] = true;
};

/** The lines reachable from row i through hidden entries other than (i, j). */
function reachWithout(g: Grid, i: number, j: number) {
  const rows = new Array<boolean>(g.rows).fill(false);
  const cols = new Array<boolean>(g.cols).fill(false);
  const stack: [kind: 'r' | 'c', index: number][] = [['r', i]];
  rows[i] = true;
  while (stack.length > 0) {
    const [kind, k] = stack.pop() as ['r' | 'c', number];
    if (kind === 'r') {
      for (let c = 0; c < g.cols; c++) {
        if (!isHidden(g, k, c) || (k === i && c === j) || cols[c]) continue;
        cols[c] = true;
        stack.push(['c', c]);
      }
    } else {
      for (let r = 0; r < g.rows; r++) {
        if (!isHidden(g, r, k) || (r === i && k === j) || rows[r]) continue;
        rows[r] = true;
        stack.push(['r', r]);
      }
    }
  }
  return { rows, cols };
}

/** A hidden entry is recomputable when it is a bridge: row i and column j are disconnected without it. */
const isBridge = (g: Grid, i: number, j: number) => !reachWithout(g, i, j).cols[j];

/** The published entry that reconnects both sides of the bridge (i, j): a cell first, non-zero, smallest. */
function closeBridge(g: Grid, i: number, j: number): [number, number] | undefined {
  const side = reachWithout(g, i, j);
  let best: { at: [number, number]; score: number[] } | undefined;
  for (let r = 0; r < g.rows; r++) {
    for (let c = 0; c < g.cols; c++) {
      if (isHidden(g, r, c) || side.rows[r] === side.cols[c]) continue;
      const v = at(g.values, r, c);
      const score = [r === g.rows - 1 || c === g.cols - 1 ? 1 : 0, v === 0 ? 1 : 0, v];
      if (!best || lexLess(score, best.score)) best = { at: [r, c], score };
    }
  }
  return best?.at;
}

type Line = { kind: 'row' | 'col'; index: number };
const entriesOf = (g: Grid, line: Line): [number, number][] =>
  line.kind === 'row'
    ? Array.from({ length: g.cols }, (_, c) => [line.index, c])
    : Array.from({ length: g.rows }, (_, r) => [r, line.index]);

const allLines = (g: Grid): Line[] => [
  ...Array.from({ length: g.rows }, (_, index) => ({ kind: 'row' as const, index })),
  ...Array.from({ length: g.cols }, (_, index) => ({ kind: 'col' as const, index })),
];

/** A line whose total is published and whose hidden cells add up to 0 (so each is known to be 0). */
function zeroSumLine(g: Grid): Line | undefined {
  return allLines(g).find((line) => {
    const entries = entriesOf(g, line);
    const [ti, tj] = entries[entries.length - 1] as [number, number];
    if (isHidden(g, ti, tj)) return false;
    const hiddenCells = entries.slice(0, -1).filter(([r, c]) => isHidden(g, r, c));
    return hiddenCells.length > 0 && hiddenCells.every(([r, c]) => at(g.values, r, c) === 0);
  });
}

/** The published entry on `lines` whose hiding helps most: closes a cycle, is non-zero, is small. */
function complement(g: Grid, lines: Line[], avoid: [number, number]): [number, number] | undefined {
  let best: { at: [number, number]; score: [number, number, number] } | undefined;
  for (const line of lines) {
    for (const [r, c] of entriesOf(g, line)) {
      if (isHidden(g, r, c) || (r === avoid[0] && c === avoid[1])) continue;
      const other =
        line.kind === 'row' ? entriesOf(g, { kind: 'col', index: c }) : entriesOf(g, { kind: 'row', index: r });
      const closes = other.some(([a, b]) => isHidden(g, a, b)) ? 0 : 1;
      const score: [number, number, number] = [closes, at(g.values, r, c) === 0 ? 1 : 0, at(g.values, r, c)];
      if (!best || lexLess(score, best.score)) best = { at: [r, c], score };
    }
  }
  return best?.at;
}
const lexLess = (a: number[], b: number[]) => {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] as number) < (b[k] as number);
  return false;
};

function firstBridge(g: Grid): [number, number] | undefined {
  for (let i = 0; i < g.rows; i++)
    for (let j = 0; j < g.cols; j++) if (isHidden(g, i, j) && isBridge(g, i, j)) return [i, j];
  return undefined;
}

const roundValue = (v: number, roundTo: number, threshold: number) => {
  if (roundTo <= 1) return v;
  const rounded = Math.round(v / roundTo) * roundTo;
  return rounded >= threshold ? rounded : Math.ceil(threshold / roundTo) * roundTo;
};

/** Applies threshold, secondary suppression and rounding to a table of non-negative counts. */
export function protectTable(cells: readonly (readonly number[])[], options: DisclosureOptions = {}): ProtectedTable {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const g = extend(cells);
  for (let i = 0; i < g.rows; i++) for (let j = 0; j < g.cols; j++) if (at(g.values, i, j) < threshold) hide(g, i, j);
  const primary = g.hidden.flat().filter(Boolean).length;
  for (;;) {
    const bridge = firstBridge(g);
    if (bridge) {
      const [i, j] = bridge;
      const next = closeBridge(g, i, j);
      if (!next) break;
      hide(g, ...next);
      continue;
    }
    const zero = zeroSumLine(g);
    if (!zero) break;
    const next = complement(g, [zero], [-1, -1]) ?? complement(g, allLines(g), [-1, -1]);
    if (!next) break;
    hide(g, ...next);
  }
  const roundTo = options.roundTo ?? 1;
  const out = (i: number, j: number): ProtectedCell =>
    isHidden(g, i, j) ? { hidden: true } : { hidden: false, value: roundValue(at(g.values, i, j), roundTo, threshold) };
  const r = g.rows - 1;
  const c = g.cols - 1;
  return {
    cells: Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => out(i, j))),
    rowTotals: Array.from({ length: r }, (_, i) => out(i, c)),
    columnTotals: Array.from({ length: c }, (_, j) => out(r, j)),
    total: out(r, c),
    threshold,
    secondary: g.hidden.flat().filter(Boolean).length - primary,
  };
}

/** Protects a one-way distribution (e.g. sessions by field) with its total. */
export function protectColumn(values: readonly number[], options: DisclosureOptions = {}) {
  const table = protectTable(
    values.map((v) => [v]),
    options,
  );
  return { cells: table.cells.map((row) => row[0] as ProtectedCell), total: table.total, threshold: table.threshold };
}

/** The published text of a cell: the number, or "<10". */
export function cellText(cell: ProtectedCell, threshold: number, formatNumber: (n: number) => string = String) {
  return cell.hidden ? `<${formatNumber(threshold)}` : formatNumber(cell.value);
}

/** A figure published on its own (no margins to protect): hidden below the threshold, else rounded. */
export function protectSingle(value: number, options: DisclosureOptions = {}): ProtectedCell {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  return value < threshold
    ? { hidden: true }
    : { hidden: false, value: roundValue(value, options.roundTo ?? 1, threshold) };
}
