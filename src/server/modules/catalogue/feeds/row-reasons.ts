import type { z } from 'zod';
import type { FeedFailure, FeedFieldProblem, FeedRowReason } from '../../../../common/catalogue/feed-reasons.js';

/** A row's first zod issue as a field and a problem code (zod's own message is English, and says less). */
export function invalidField(issue: z.core.$ZodIssue | undefined): FeedRowReason {
  const field = issue?.path.map(String).join('.') || 'row';
  const reason = (problem: FeedFieldProblem, extra: { limit?: number; allowed?: string } = {}): FeedRowReason => ({
    code: 'invalid_field',
    params: { field, problem, ...extra },
  });
  switch (issue?.code) {
    case 'invalid_type':
      return reason(issue.input === undefined ? 'required' : 'wrong_type');
    case 'too_small':
      // Every minimum in an offer is "at least one" (a title, a language): an empty value.
      return reason('required');
    case 'too_big':
      return reason(issue.origin === 'array' || issue.origin === 'set' ? 'too_many' : 'too_long', {
        limit: Number(issue.maximum),
      });
    case 'invalid_format':
      return reason(issue.format === 'date' ? 'not_a_date' : issue.format === 'url' ? 'not_a_url' : 'invalid');
    case 'invalid_value':
      return reason('not_allowed_value', { allowed: issue.values.map(String).join(', ') });
    case 'invalid_key':
      return reason('bad_name');
    case 'custom':
      return reason(issue.message === 'required' ? 'required' : 'invalid');
    default:
      return reason('invalid');
  }
}

/** A feed that cannot be read as a whole (file or address); `failure` says why, for the person and the log. */
export class FeedFailureError extends Error {
  constructor(readonly failure: FeedFailure) {
    super('params' in failure ? `${failure.code} ${JSON.stringify(failure.params)}` : failure.code);
  }
}
