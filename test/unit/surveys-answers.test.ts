import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, maskPersonalData } from '../../src/common/privacy/personal-data.js';
import { checkAnswers, overallRating } from '../../src/common/surveys/answers.js';
import type { Question } from '../../src/common/surveys/schemas.js';

const name = fc.constantFrom('Loi', 'Louise', 'Neuve', 'Midi', 'Sainte-Catherine', 'Wavre', 'Haute', 'Anspach');
const frType = fc.constantFrom('rue', 'Rue', 'avenue', 'Avenue', 'boulevard', 'chaussée', 'place', 'quai');
const connector = fc.constantFrom('', 'de ', 'du ', 'de la ', 'des ');
const nlStem = fc.constantFrom('Kerk', 'Nieuw', 'Hoog', 'Lange Lozana', 'Stations', 'Dorps', 'Leuvense');
const nlType = fc.constantFrom('straat', 'laan', 'steenweg', 'plein', 'dreef');
const houseNumber = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('', 'a', 'B', ' bte 3', ' bus 12'));
const postcode = fc.constantFrom('', ', 1000 Bruxelles', ' 1050 Ixelles', ', 9000 Gent');

const addressArb = fc.oneof(
  fc.tuple(frType, connector, name, houseNumber, postcode).map(([t, c, n, [h, s], p]) => `${t} ${c}${n} ${h}${s}${p}`),
  fc.tuple(nlStem, nlType, houseNumber, postcode).map(([n, t, [h, s], p]) => `${n}${t} ${h}${s}${p}`),
);
const before = fc.constantFrom('', 'J’habite ', 'ik woon in de ', 'My address: ', 'Merci, ');
const after = fc.constantFrom('', ' merci.', ' — bedankt!', '. Thanks');
/** Everyday feedback without digits cannot hold a street address. */
const plainText = fc.stringMatching(/^[A-Za-zÀ-ÿ ,.'!?-]{0,120}$/);

describe('street address detection', () => {
  it('finds and masks a street address wherever it sits in a sentence', () => {
    fc.assert(
      fc.property(before, addressArb, after, (b, address, a) => {
        const masked = maskPersonalData(`${b}${address}${a}`);
        expect(masked.kinds).toContain('address');
        expect(masked.text).toBe(`${b}[…]${a}`);
      }),
      { numRuns: 500 },
    );
  });

  it('flags nothing in text without a number', () => {
    fc.assert(
      fc.property(plainText, (t) => {
        expect(findPersonalData(t)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves ordinary sentences with numbers alone', () => {
    for (const t of [
      'Je cherche une place de stage pour 3 mois',
      'ik werk 3 dagen per week',
      'super service, 10/10',
      'waited 20 minutes',
    ])
      expect(findPersonalData(t)).toEqual([]);
  });
});

const label = { fr: 'x', nl: 'x', en: 'x' };
const questions: Question[] = [
  { key: 'overall', type: 'rating', label, required: false },
  { key: 'helped', type: 'yes_no', label, required: false },
  {
    key: 'next',
    type: 'single',
    label,
    required: false,
    options: [
      { key: 'a', label },
      { key: 'b', label },
    ],
  },
  {
    key: 'topics',
    type: 'multiple',
    label,
    required: false,
    options: [
      { key: 'a', label },
      { key: 'b', label },
    ],
  },
  { key: 'comment', type: 'text', label, required: false },
];

describe('answers', () => {
  it('accepts any subset of valid answers (voluntary) and masks free text', () => {
    const r = checkAnswers(questions, { overall: 4, topics: ['b'], comment: 'mail me at jan@example.be' });
    expect(r.problems).toEqual([]);
    expect(r.answers).toEqual({ overall: 4, topics: ['b'], comment: 'mail me at […]' });
    expect(r.masked).toEqual(['email']);
    expect(overallRating(questions, r.answers)).toBe(4);
    expect(checkAnswers(questions, {}).problems).toEqual([]);
  });

  it('names each wrong answer', () => {
    const r = checkAnswers(questions, { overall: true, next: 'c', topics: ['a', 'a'], ghost: 1 });
    expect(r.problems).toEqual([
      { key: 'ghost', reason: 'unknown' },
      { key: 'overall', reason: 'invalid' },
      { key: 'next', reason: 'invalid' },
      { key: 'topics', reason: 'invalid' },
    ]);
  });
});
