import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShiftBenchmark, RosterFormatError } from '../../src/common/roster/benchmark-parser.js';
import { parseInstanceJson } from '../../src/common/roster/instance-json.js';
import { repoRoot } from '../support/paths.js';

const fixture = (n: number) => readFileSync(path.join(repoRoot, `test/fixtures/roster/Instance${n}.txt`), 'utf8');
const errorOf = (run: () => unknown): RosterFormatError => {
  try {
    run();
  } catch (error) {
    if (error instanceof RosterFormatError) return error;
    throw error;
  }
  throw new Error('expected a RosterFormatError');
};

describe('Curtois–Qu instance parser', () => {
  it('reads instances 1–3 with their sizes', () => {
    const sizes = [1, 2, 3].map((n) => {
      const i = parseShiftBenchmark(fixture(n));
      return [i.horizonDays, i.staff.length, i.shifts.length, i.cover.length];
    });
    expect(sizes).toEqual([
      [14, 8, 1, 14],
      [14, 14, 2, 28],
      [14, 20, 3, 42],
    ]);
    const one = parseShiftBenchmark(fixture(1));
    expect(one.staff[0]).toEqual({
      id: 'A',
      maxShifts: { D: 14 },
      maxTotalMinutes: 4320,
      minTotalMinutes: 3360,
      maxConsecutiveShifts: 5,
      minConsecutiveShifts: 2,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
    });
    expect(one.shiftOffRequests[0]).toEqual({ staff: 'C', day: 12, shift: 'D', weight: 1 });
  });

  it('names the line of a malformed entry', () => {
    const lines = fixture(1).split('\n');
    const at = (needle: string) => lines.findIndex((l) => l.startsWith(needle));
    const broken = (index: number, text: string) => lines.map((l, i) => (i === index ? text : l)).join('\n');
    const staffLine = at('B,D=14');
    expect(errorOf(() => parseShiftBenchmark(broken(staffLine, 'B,D=14,4320,lots,5,2,2,1'))).line).toBe(staffLine + 1);
    expect(errorOf(() => parseShiftBenchmark(broken(staffLine, 'B,D=14,4320'))).message).toMatch(/needs 8/);
    const cover = at('3,D,4');
    expect(errorOf(() => parseShiftBenchmark(broken(cover, '3,N,4,100,1'))).message).toBe(
      `line ${cover + 1}: unknown shift N`,
    );
    expect(errorOf(() => parseShiftBenchmark(broken(cover, '30,D,4,100,1'))).message).toMatch(/outside the horizon/);
    expect(errorOf(() => parseShiftBenchmark(broken(staffLine, 'B,D=14,3000,3360,5,2,2,1'))).message).toMatch(
      /MinTotalMinutes is above MaxTotalMinutes/,
    );
    expect(errorOf(() => parseShiftBenchmark(broken(at('SECTION_COVER'), 'SECTION_NOPE'))).message).toMatch(
      /unknown section SECTION_NOPE/,
    );
    expect(errorOf(() => parseShiftBenchmark('A,1\n')).line).toBe(1);
    expect(errorOf(() => parseShiftBenchmark('')).message).toBe('missing SECTION_HORIZON');
  });

  it('reads the JSON instance format and names the path of a problem', () => {
    const instance = parseShiftBenchmark(fixture(2));
    expect(parseInstanceJson(JSON.stringify(instance))).toEqual(instance);
    expect(errorOf(() => parseInstanceJson('{')).message).toMatch(/not valid JSON/);
    expect(errorOf(() => parseInstanceJson(JSON.stringify({ ...instance, horizonDays: 0 }))).message).toMatch(
      /^horizonDays:/,
    );
    const stray = { ...instance, daysOff: [{ staff: 'ZZ', days: [1] }] };
    expect(errorOf(() => parseInstanceJson(JSON.stringify(stray))).message).toBe('daysOff[0]: unknown staff ZZ');
  });
});
