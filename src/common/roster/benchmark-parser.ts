import type { CoverRequirement, RosterInstance, ShiftRequest, StaffContract } from './instance.js';
import { checkReferences } from './instance-schema.js';

/** A malformed benchmark file: `line` is 1-based (0 when the problem is not on one line). */
export class RosterFormatError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(line > 0 ? `line ${line}: ${message}` : message);
    this.name = 'RosterFormatError';
    this.line = line;
  }
}

const SECTIONS = [
  'SECTION_HORIZON',
  'SECTION_SHIFTS',
  'SECTION_STAFF',
  'SECTION_DAYS_OFF',
  'SECTION_SHIFT_ON_REQUESTS',
  'SECTION_SHIFT_OFF_REQUESTS',
  'SECTION_COVER',
] as const;
type Section = (typeof SECTIONS)[number];
type Line = { number: number; fields: string[] };

const int = (line: Line, index: number, what: string): number => {
  const raw = line.fields[index];
  if (raw === undefined || !/^-?\d+$/.test(raw)) {
    throw new RosterFormatError(line.number, `${what} must be a whole number, got "${raw ?? ''}"`);
  }
  return Number(raw);
};

const field = (line: Line, index: number, what: string): string => {
  const raw = line.fields[index];
  if (raw === undefined || raw === '') throw new RosterFormatError(line.number, `${what} is missing`);
  return raw;
};

const expectFields = (line: Line, count: number, what: string): void => {
  if (line.fields.length < count) {
    throw new RosterFormatError(
      line.number,
      `${what} needs ${count} comma-separated fields, got ${line.fields.length}`,
    );
  }
};

const shiftLine = (line: Line) => {
  expectFields(line, 2, 'a shift');
  const cannotFollow = (line.fields[2] ?? '').split('|').filter((s) => s !== '');
  return { id: field(line, 0, 'shift id'), minutes: int(line, 1, 'shift length'), cannotFollow };
};

const staffLine = (line: Line): StaffContract => {
  expectFields(line, 8, 'a staff line');
  const maxShifts: Record<string, number> = {};
  for (const part of field(line, 1, 'MaxShifts')
    .split('|')
    .filter((p) => p !== '')) {
    const [id, max] = part.split('=');
    if (!id || max === undefined || !/^\d+$/.test(max)) {
      throw new RosterFormatError(line.number, `MaxShifts entry "${part}" must look like D=14`);
    }
    maxShifts[id] = Number(max);
  }
  return {
    id: field(line, 0, 'staff id'),
    maxShifts,
    maxTotalMinutes: int(line, 2, 'MaxTotalMinutes'),
    minTotalMinutes: int(line, 3, 'MinTotalMinutes'),
    maxConsecutiveShifts: int(line, 4, 'MaxConsecutiveShifts'),
    minConsecutiveShifts: int(line, 5, 'MinConsecutiveShifts'),
    minConsecutiveDaysOff: int(line, 6, 'MinConsecutiveDaysOff'),
    maxWeekends: int(line, 7, 'MaxWeekends'),
  };
};

const requestLine = (line: Line): ShiftRequest => {
  expectFields(line, 4, 'a request');
  return {
    staff: field(line, 0, 'staff id'),
    day: int(line, 1, 'day'),
    shift: field(line, 2, 'shift id'),
    weight: int(line, 3, 'weight'),
  };
};

const coverLine = (line: Line): CoverRequirement => {
  expectFields(line, 5, 'a cover line');
  return {
    day: int(line, 0, 'day'),
    shift: field(line, 1, 'shift id'),
    requirement: int(line, 2, 'requirement'),
    underWeight: int(line, 3, 'weight for under'),
    overWeight: int(line, 4, 'weight for over'),
  };
};

/** Splits the text into sections of non-comment lines, checking their names and order. */
const sections = (text: string): Map<Section, Line[]> => {
  const out = new Map<Section, Line[]>();
  let current: Line[] | null = null;
  let lastIndex = -1;
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    if (content.startsWith('SECTION_')) {
      const index = SECTIONS.indexOf(content as Section);
      if (index < 0) throw new RosterFormatError(i + 1, `unknown section ${content}`);
      if (index <= lastIndex) throw new RosterFormatError(i + 1, `${content} is out of order or repeated`);
      lastIndex = index;
      current = [];
      out.set(content as Section, current);
      return;
    }
    if (!current) throw new RosterFormatError(i + 1, 'data before the first SECTION_ line');
    current.push({ number: i + 1, fields: content.split(',').map((f) => f.trim()) });
  });
  return out;
};

/** Parses a Curtois–Qu benchmark instance; throws RosterFormatError with the line of the first problem. */
export const parseShiftBenchmark = (text: string): RosterInstance => {
  const parts = sections(text);
  for (const name of ['SECTION_HORIZON', 'SECTION_SHIFTS', 'SECTION_STAFF', 'SECTION_COVER'] as const) {
    if (!parts.has(name)) throw new RosterFormatError(0, `missing ${name}`);
  }
  const [horizon, extra] = parts.get('SECTION_HORIZON') ?? [];
  if (!horizon || extra) throw new RosterFormatError(extra?.number ?? 0, 'SECTION_HORIZON holds one number');
  const horizonDays = int(horizon, 0, 'the horizon');
  if (horizonDays < 1) throw new RosterFormatError(horizon.number, 'the horizon must be at least one day');
  const of = (name: Section) => parts.get(name) ?? [];
  const instance: RosterInstance = {
    horizonDays,
    shifts: of('SECTION_SHIFTS').map(shiftLine),
    staff: of('SECTION_STAFF').map(staffLine),
    daysOff: of('SECTION_DAYS_OFF').map((line) => ({
      staff: field(line, 0, 'staff id'),
      days: line.fields
        .slice(1)
        .filter((f) => f !== '')
        .map((_, i) => int(line, i + 1, 'day index')),
    })),
    shiftOnRequests: of('SECTION_SHIFT_ON_REQUESTS').map(requestLine),
    shiftOffRequests: of('SECTION_SHIFT_OFF_REQUESTS').map(requestLine),
    cover: of('SECTION_COVER').map(coverLine),
  };
  const lineOf = (section: Section, index: number): number => of(section)[index]?.number ?? 0;
  const problem = checkReferences(instance)[0];
  if (problem) throw new RosterFormatError(lineOf(problem.section, problem.index), problem.message);
  return instance;
};
