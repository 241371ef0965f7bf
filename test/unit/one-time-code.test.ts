import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimBodySchema } from '../../src/common/schemas/sites/device.js';
import { normaliseCode, oneTimeCode, randomToken, sha256 } from '../../src/server/platform/auth/tokens.js';

describe('one-time codes', () => {
  it('look like K7QF-92MX, without look-alike characters', () => {
    for (let i = 0; i < 500; i++) expect(oneTimeCode()).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });

  it('are not repeated', () => {
    const codes = new Set(Array.from({ length: 2000 }, oneTimeCode));
    expect(codes.size).toBe(2000);
  });

  it('normalise back to the same value however they are typed', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '-', ' ', '  '), fc.boolean(), (separator, lower) => {
        const code = oneTimeCode();
        const typed = code.replace('-', separator);
        const entered = ` ${lower ? typed.toLowerCase() : typed} `;
        expect(normaliseCode(entered)).toBe(normaliseCode(code));
        expect(normaliseCode(code)).toHaveLength(8);
      }),
      { numRuns: 200 },
    );
  });

  it('are accepted by the claim schema in the forms people type', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (dash, lower) => {
        const code = oneTimeCode();
        const typed = dash ? code : code.replace('-', '');
        const parsed = claimBodySchema.safeParse({ code: ` ${lower ? typed.toLowerCase() : typed}\t` });
        expect(parsed.success).toBe(true);
        expect(normaliseCode(parsed.data?.code ?? '')).toBe(normaliseCode(code));
      }),
      { numRuns: 100 },
    );
  });

  it('normalising is idempotent and only keeps A–Z and digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const once = normaliseCode(s);
        expect(normaliseCode(once)).toBe(once);
        expect(once).toMatch(/^[A-Z0-9]*$/);
      }),
    );
  });

  it('tokens are 256-bit URL-safe strings; hashes are stable', () => {
    expect(randomToken()).toMatch(/^[\w-]{43}$/);
    expect(sha256('abc')).toBe(sha256('abc'));
    expect(sha256('abc')).not.toBe(sha256('abd'));
  });
});
