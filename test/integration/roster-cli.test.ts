import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

const run = promisify(execFile);
const atrium = (...args: string[]) =>
  run(process.execPath, [path.join(repoRoot, 'bin/atrium.js'), ...args], { cwd: repoRoot }).then(
    (out) => ({ code: 0, ...out }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('atrium roster solve', () => {
  it('solves a JSON instance and prints objective, bound, gap, violations per rule and assignments', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
    const file = path.join(dir, 'tiny.json');
    writeFileSync(
      file,
      JSON.stringify({
        horizonDays: 7,
        shifts: [{ id: 'D', minutes: 480, cannotFollow: [] }],
        staff: ['A', 'B'].map((id) => ({
          id,
          maxShifts: { D: 7 },
          maxTotalMinutes: 2400,
          minTotalMinutes: 960,
          maxConsecutiveShifts: 5,
          minConsecutiveShifts: 1,
          minConsecutiveDaysOff: 1,
          maxWeekends: 1,
        })),
        shiftOffRequests: [{ staff: 'A', day: 0, shift: 'D', weight: 5 }],
        cover: [0, 1, 2, 3, 4].map((day) => ({ day, shift: 'D', requirement: 1, underWeight: 100, overWeight: 1 })),
      }),
    );
    const { code, stdout } = await atrium('roster', 'solve', file, '--time-limit', '10');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ status: 'optimal', objective: 0, bound: 0, gap: 0, feasible: true });
    expect(result.violations.max_consecutive_shifts).toBe(0);
    for (const day of [0, 1, 2, 3, 4]) {
      expect(result.assignments.filter((a: { day: number }) => a.day === day)).toHaveLength(1);
    }
    expect(result.assignments).not.toContainEqual({ staff: 'A', day: 0, shift: 'D' });
  });

  it('refuses a malformed benchmark file with its line, and a bad option, without a stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
    const file = path.join(dir, 'broken.txt');
    const text = readFileSync(path.join(repoRoot, 'test/fixtures/roster/Instance1.txt'), 'utf8').replace(
      'B,5',
      'B,five',
    );
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.trim() === 'B,five') + 1;
    const broken = await atrium('roster', 'solve', file, '--format', 'shift-benchmark');
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toBe(`atrium: ${file}: line ${line}: day index must be a whole number, got "five"`);
    const option = await atrium('roster', 'solve', file, '--time-limit', '0');
    expect(option.code).toBe(1);
    expect(option.stderr.trim()).toBe('atrium: --time-limit must be between 1 and 86400');
  });
});
