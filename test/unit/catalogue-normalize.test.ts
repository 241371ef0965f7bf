import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickLabel } from '../../src/common/catalogue/languages.js';
import { normalizeText } from '../../src/common/catalogue/normalize.js';
import { queryTerms } from '../../src/common/catalogue/query-terms.js';

describe('catalogue text normalisation', () => {
  it.each([
    ['Infirmière', 'infirmiere'],
    ['  BOULANGER/boulangère ', 'boulanger boulangere'],
    ["m'occuper d'œufs", 'm occuper d oeufs'],
    ['Straße', 'strasse'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent and leaves no accents, capitals or punctuation', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const n = normalizeText(s);
        expect(normalizeText(n)).toBe(n);
        expect(n).not.toMatch(/[\p{M}]|[^\p{L}\p{N} ]|^ | $| {2}/u);
        expect(n).toBe(n.toLowerCase());
      }),
    );
  });

  it('keeps only word characters in query terms, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('fr', 'nl', 'en' as const), (s, lang) => {
        for (const w of queryTerms(s, lang).meaningful) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
      }),
    );
  });

  it('drops intent words unless nothing else is left', () => {
    expect(queryTerms("je veux m'occuper d'animaux", 'fr').meaningful).toContain('animaux');
    expect(queryTerms("je veux m'occuper d'animaux", 'fr').meaningful).not.toContain('veux');
    expect(queryTerms('travail', 'fr').meaningful).toEqual(['travail']);
  });

  it('falls back nl → en → fr and says which language it used', () => {
    expect(pickLabel({ en: 'baker', fr: 'boulanger' }, 'nl')).toEqual({ text: 'baker', lang: 'en' });
    expect(pickLabel({ nl: 'bakker' }, 'fr')).toEqual({ text: 'bakker', lang: 'nl' });
    expect(pickLabel({}, 'en')).toBeUndefined();
  });
});
