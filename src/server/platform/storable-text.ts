import type { z } from 'zod';

// NUL and unpaired UTF-16 surrogates: PostgreSQL rejects the first in text and jsonb (a 500 if it gets that far)
// and silently replaces the second with U+FFFD. Neither belongs in anything a person typed.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Issues for every string (or object key) in a request part that the database cannot store faithfully. */
export function unstorableTextIssues(data: unknown, path: PropertyKey[] = [], out: z.core.$ZodIssue[] = []) {
  if (typeof data === 'string') {
    if (UNSTORABLE.test(data)) out.push({ code: 'custom', path, message: 'invalid', input: data });
  } else if (Array.isArray(data)) {
    data.forEach((item, i) => unstorableTextIssues(item, [...path, i], out));
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (UNSTORABLE.test(key)) out.push({ code: 'custom', path: [...path, key], message: 'invalid', input: key });
      else unstorableTextIssues(value, [...path, key], out);
    }
  }
  return out;
}
