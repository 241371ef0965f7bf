import { z } from 'zod';

/**
 * Why a feed row was rejected, and why a feed could not be read at all: stable codes with parameters, so
 * the browser words them in the reader's language (`locales/<lang>/offers.json` `report.reasons`, and
 * `errors.json` `validation` for the failures, which are also the field error codes of a refused upload or URL).
 */

/** What is wrong with one field of a row (zod's issues, reduced to what a coordinator can act on). */
export const FEED_FIELD_PROBLEMS = [
  'required',
  'too_long',
  'too_many',
  'not_a_date',
  'not_a_url',
  'not_allowed_value',
  'wrong_type',
  'bad_name',
  'invalid',
] as const;
export type FeedFieldProblem = (typeof FEED_FIELD_PROBLEMS)[number];

/** Text written before reasons had codes (stored reports and errors of feed URLs): shown as it is, in English. */
const untranslated = z.object({ code: z.literal('untranslated'), params: z.object({ text: z.string() }) });

export const feedRowReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('missing_source_id') }),
  /** The id was already used by an earlier row of the same file (that row counts, this one does not). */
  z.object({ code: z.literal('duplicate_id'), params: z.object({ firstRow: z.number() }) }),
  /** `field`: the offer field's path (`titles.fr`, `closesOn`, `details.apply_url`, `occupationUris.2`). */
  z.object({
    code: z.literal('invalid_field'),
    params: z.object({
      field: z.string(),
      problem: z.enum(FEED_FIELD_PROBLEMS),
      /** The limit passed (`too_long`: characters, `too_many`: items). */
      limit: z.number().optional(),
      /** The values allowed (`not_allowed_value`), as the file must spell them. */
      allowed: z.string().optional(),
    }),
  }),
  z.object({ code: z.literal('closing_date_past'), params: z.object({ closesOn: z.string() }) }),
  /** A JSON item whose schema.org @type is not an offer (`type` is empty when it has none). */
  z.object({ code: z.literal('unsupported_type'), params: z.object({ type: z.string() }) }),
  /** A NUL or a lone surrogate that PostgreSQL cannot store, in that field. */
  z.object({ code: z.literal('broken_character'), params: z.object({ field: z.string() }) }),
  z.object({ code: z.literal('refused_by_database') }),
  untranslated,
]);
export type FeedRowReason = z.infer<typeof feedRowReasonSchema>;

export const feedFailureSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('unknown_host'), params: z.object({ host: z.string() }) }),
  z.object({ code: z.literal('host_not_allowed'), params: z.object({ host: z.string() }) }),
  z.object({ code: z.literal('unsupported_protocol'), params: z.object({ protocol: z.string() }) }),
  z.object({ code: z.literal('no_answer_in_time'), params: z.object({ seconds: z.number() }) }),
  /** `detail`: the system's error code (ECONNREFUSED, CERT_HAS_EXPIRED, …), a technical word kept as it is. */
  z.object({ code: z.literal('connection_failed'), params: z.object({ detail: z.string() }) }),
  z.object({ code: z.literal('http_status'), params: z.object({ status: z.number() }) }),
  z.object({ code: z.literal('file_too_large'), params: z.object({ megabytes: z.number() }) }),
  z.object({ code: z.literal('not_utf8') }),
  z.object({ code: z.literal('too_many_redirects'), params: z.object({ max: z.number() }) }),
  /** `detail`: the CSV parser's own message (English), where it says which line and what. */
  z.object({ code: z.literal('unreadable_csv'), params: z.object({ detail: z.string() }) }),
  z.object({ code: z.literal('missing_columns'), params: z.object({ columns: z.string() }) }),
  z.object({ code: z.literal('broken_json') }),
  z.object({ code: z.literal('too_many_rows'), params: z.object({ max: z.number() }) }),
  untranslated,
]);
export type FeedFailure = z.infer<typeof feedFailureSchema>;

/** A failure's parameters as a field error's (`FieldError.params`). */
export const failureParams = (f: FeedFailure): Record<string, string | number> => ('params' in f ? f.params : {});
