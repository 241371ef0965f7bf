import { RosterFormatError } from './benchmark-parser.js';
import type { RosterInstance } from './instance.js';
import { checkReferences, rosterInstanceSchema } from './instance-schema.js';

/** Reads the JSON instance format; throws RosterFormatError naming the first problem's path. */
export const parseInstanceJson = (text: string): RosterInstance => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RosterFormatError(0, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = rosterInstanceSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    throw new RosterFormatError(0, `${path}: ${issue?.message ?? 'invalid'}`);
  }
  const problem = checkReferences(parsed.data)[0];
  if (problem) {
    const list = { SECTION_SHIFTS: 'shifts', SECTION_STAFF: 'staff', SECTION_DAYS_OFF: 'daysOff' } as const;
    const key = problem.section in list ? list[problem.section as keyof typeof list] : problem.section;
    throw new RosterFormatError(0, `${key}[${problem.index}]: ${problem.message}`);
  }
  return parsed.data;
};
