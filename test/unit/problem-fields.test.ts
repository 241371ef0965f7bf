import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { staffInputSchema } from '../../src/common/schemas/sites/staff.js';
import { fieldErrorsFromIssues } from '../../src/server/platform/problem.js';

const errorsOf = (schema: z.ZodType, data: unknown) => {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected a validation failure');
  return fieldErrorsFromIssues(result.error.issues);
};

describe('field errors from zod issues', () => {
  const schema = z.strictObject({
    name: z.string().min(2).max(5),
    email: z.email(),
    site: z.url(),
    kind: z.enum(['a', 'b']),
    tags: z.array(z.strictObject({ code: z.string() })),
    when: z.string().regex(/^\d\d:\d\d$/),
    even: z.number().refine((n) => n % 2 === 0, { message: 'not_even' }),
  });
  const valid = {
    name: 'abc',
    email: 'a@b.example',
    site: 'https://x.example',
    kind: 'a',
    tags: [],
    when: '09:00',
    even: 2,
  };

  it.each([
    [{ ...valid, name: undefined }, [{ field: 'name', code: 'required' }]],
    [{ ...valid, name: 5 }, [{ field: 'name', code: 'invalid_type' }]],
    [{ ...valid, name: 'a' }, [{ field: 'name', code: 'too_small', params: { minimum: 2 } }]],
    [{ ...valid, name: 'abcdef' }, [{ field: 'name', code: 'too_big', params: { maximum: 5 } }]],
    [{ ...valid, email: 'nope' }, [{ field: 'email', code: 'invalid_email' }]],
    [{ ...valid, site: 'nope' }, [{ field: 'site', code: 'invalid_url' }]],
    [{ ...valid, when: '9h' }, [{ field: 'when', code: 'invalid_format' }]],
    [{ ...valid, kind: 'c' }, [{ field: 'kind', code: 'invalid_value' }]],
    [{ ...valid, kind: undefined }, [{ field: 'kind', code: 'required' }]],
    [{ ...valid, even: 3 }, [{ field: 'even', code: 'not_even' }]],
    [
      { ...valid, tags: [{ code: 'x', extra: 1 }] },
      [{ field: 'tags.0.extra', code: 'unrecognized_keys', params: { keys: 'extra' } }],
    ],
    [
      { ...valid, x: 1, y: 2 },
      [
        { field: 'x', code: 'unrecognized_keys', params: { keys: 'x' } },
        { field: 'y', code: 'unrecognized_keys', params: { keys: 'y' } },
      ],
    ],
  ])('%j → %j', (data, expected) => {
    expect(errorsOf(schema, data)).toEqual(expected);
  });

  it('names the whole body when it is not an object', () => {
    expect(errorsOf(schema, 'text')).toEqual([{ field: '(body)', code: 'invalid_type' }]);
    expect(errorsOf(schema, undefined)).toEqual([{ field: '(body)', code: 'required' }]);
  });

  it('reports every bad field of a real schema at once', () => {
    const fields = errorsOf(staffInputSchema, { displayName: '', email: 'x' }).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['displayName', 'email', 'organisationId', 'siteRoles']));
  });
});
