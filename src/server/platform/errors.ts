import { ERROR_STATUS, type ErrorCode, type FieldError } from '../../common/errors.js';

/** An expected failure with a stable code. One place (`problem.ts`) turns it into problem+json. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors: FieldError[] | undefined;
  readonly params: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    options: { fieldErrors?: FieldError[]; params?: Record<string, string | number>; retryAfterSeconds?: number } = {},
  ) {
    super(code);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.fieldErrors = options.fieldErrors;
    this.params = options.params ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  readonly retryAfterSeconds: number | undefined;
}

export const notFound = () => new DomainError('resource.not_found');
export const forbidden = () => new DomainError('auth.forbidden');
export const duplicate = (field: string) =>
  new DomainError('resource.duplicate', { fieldErrors: [{ field, code: 'duplicate' }] });

/** Turns a PostgreSQL unique violation on a known constraint into a field error, or rethrows. */
export function mapUniqueViolation(error: unknown, constraintToField: Record<string, string>): never {
  const e = findPgError(error);
  if (e?.code === '23505' && e.constraint && constraintToField[e.constraint]) {
    throw duplicate(constraintToField[e.constraint] as string);
  }
  throw error;
}

type PgErrorLike = { code?: string; constraint?: string; cause?: unknown };

export function findPgError(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const e = current as PgErrorLike;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}
