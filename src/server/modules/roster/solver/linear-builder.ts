/** A sparse linear model built row by row, handed to HiGHS as CSR arrays (never as LP text). */
export type Term = readonly [column: number, coefficient: number];

export type SparseModel = {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  offset: number;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
};

export class LinearBuilder {
  readonly cost: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly integer: number[] = [];
  private readonly rowLower: number[] = [];
  private readonly rowUpper: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];
  offset = 0;

  addVar(cost: number, lower: number, upper: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  /** Adds `lower <= sum(terms) + constant <= upper`; a row without variables is dropped. */
  addRow(terms: readonly Term[], constant: number, lower: number, upper: number): void {
    const merged = new Map<number, number>();
    for (const [col, coef] of terms) merged.set(col, (merged.get(col) ?? 0) + coef);
    let count = 0;
    for (const [col, coef] of merged) {
      if (coef === 0) continue;
      this.indices.push(col);
      this.values.push(coef);
      count++;
    }
    if (count === 0) return;
    this.rowLower.push(lower - constant);
    this.rowUpper.push(upper - constant);
    this.starts.push(this.indices.length);
  }

  build(): SparseModel {
    return {
      numCols: this.cost.length,
      numRows: this.rowLower.length,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      integrality: Int32Array.from(this.integer),
      rowLower: Float64Array.from(this.rowLower),
      rowUpper: Float64Array.from(this.rowUpper),
      offset: this.offset,
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.indices),
      values: Float64Array.from(this.values),
    };
  }
}
