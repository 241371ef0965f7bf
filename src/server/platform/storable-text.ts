import type { z } from 'zod';

// NUL and unpaired UTF-16 surrogates: PostgreSQL rejects the first in text and jsonb (a 500 if it gets that far)
// and silently replaces the second with U+FFFD. Neither belongs in anything a person typed.
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isUnstorable = (s: string) => s.includes('\u0000') || UNPAIRED_SURROGATE.test(s);

/** Issues for every string (or object key) in a request part that the database cannot store faithfully. */
export function unstorableTextIssues(data: unknown, path: PropertyKey[] = [], out: z.core.$ZodIssue[] = []) {
  if (typeof data === 'string') {
    if (isUnstorable(data)) out.push({ code: 'custom', path, message: 'invalid', input: data });
  } else if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) unstorableTextIssues(item, [...path, i], out);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (isUnstorable(key)) out.push({ code: 'custom', path: [...path, key], message: 'invalid', input: key });
      else unstorableTextIssues(value, [...path, key], out);
    }
  }
  return out;
}
