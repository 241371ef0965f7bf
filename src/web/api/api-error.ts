import type { Problem } from '../../common/schemas/problem.js';

/** A failed API call, carrying the server's problem+json (title in the person's language, field errors). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.title);
    this.status = status;
    this.problem = problem;
  }

  get code() {
    return this.problem.code;
  }

  /** Field errors keyed by their dotted path ("name.fr", "openingHours.mon.0.close"). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.field] ??= e.message;
    return out;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Turns a non-JSON or unexpected failure into a problem the screens can show. */
export function networkProblem(status: number, title: string): Problem {
  return { type: 'about:blank', title, status, code: status === 0 ? 'network' : 'internal' };
}
