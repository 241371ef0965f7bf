import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  isIban,
  isNationalNumber,
  maskPersonalData,
  type PersonalDataKind,
} from '../../src/common/privacy/personal-data.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const mod97 = (digits: string) => [...digits].reduce((r, d) => (r * 10 + Number(d)) % 97, 0);

/** A valid Belgian national register number (11 digits) for a birth date and a sequence number. */
const nationalNumberArb = fc
  .record({
    year: fc.integer({ min: 1920, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    seq: fc.integer({ min: 1, max: 998 }),
    bis: fc.constantFrom(0, 20, 40),
  })
  .map(({ year, month, day, seq, bis }) => {
    const base = `${pad(year % 100, 2)}${pad(month + bis, 2)}${pad(day, 2)}${pad(seq, 3)}`;
    const check = 97 - mod97(year >= 2000 ? `2${base}` : base);
    return `${base}${pad(check, 2)}`;
  });
const nnSpellings = (d: string) => [
  d,
  `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`,
  `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 9)} ${d.slice(9)}`,
  `${d.slice(0, 6)}-${d.slice(6, 9)}-${d.slice(9)}`,
];

const alnum = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), minLength: n, maxLength: n });
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const letters = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: n, maxLength: n });
const ibanNumeric = (s: string) => [...s].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
const withCheck = (country: string, bban: string) =>
  `${country}${pad(98 - mod97(ibanNumeric(`${bban}${country}00`)), 2)}${bban}`;
/** Valid IBANs in Belgian, Dutch and French formats. */
const ibanArb = fc.oneof(
  digits(12).map((b) => withCheck('BE', b)),
  fc.tuple(letters(4), digits(10)).map(([bank, acct]) => withCheck('NL', `${bank}${acct}`)),
  fc.tuple(digits(10), alnum(11), digits(2)).map(([bank, acct, key]) => withCheck('FR', `${bank}${acct}${key}`)),
);
const ibanSpellings = (iban: string) => [iban, iban.replace(/(.{4})(?=.)/g, '$1 '), iban.toLowerCase()];

const emailArb = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}[a-z0-9]$/),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
    fc.constantFrom('be', 'com', 'org', 'brussels', 'fr'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

/** Belgian mobile and Brussels landline numbers in the spellings people use. */
const phoneArb = fc.oneof(
  digits(6).chain((rest) =>
    fc.constantFrom(4, 5, 6, 7, 8, 9).chain((op) => {
      const [a, b, c] = [rest.slice(0, 2), rest.slice(2, 4), rest.slice(4)];
      const m = `4${op}${pad(Math.abs(Number(rest[0])), 1)}`;
      return fc.constantFrom(
        `0${m} ${a} ${b} ${c}`,
        `0${m}/${a}.${b}.${c}`,
        `0${m}-${a}-${b}-${c}`,
        `0${m}${a}${b}${c}`,
        `+32 ${m} ${a} ${b} ${c}`,
        `+32${m}${a}${b}${c}`,
        `0032 ${m} ${a} ${b} ${c}`,
        `+32 (0)${m} ${a} ${b} ${c}`,
      );
    }),
  ),
  digits(7).chain((d) =>
    fc.constantFrom(
      `02 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`,
      `02/${d}`,
      `+32 2 ${d.slice(0, 3)} ${d.slice(3)}`,
    ),
  ),
);

const word = fc.constantFrom(
  'formation',
  'emploi',
  'CV',
  'lettre de motivation',
  'opleiding',
  'vacature',
  'interview',
  'soudeur',
  'boulanger',
  'verpleegkundige',
  'Actiris',
  'VDAB',
  'Bruxelles Formation',
  'orientation',
  'stage',
  'revoir',
  'demain',
  'atelier',
  'néerlandais',
  'permis B',
);
const harmless = fc.oneof(
  word,
  fc.integer({ min: 0, max: 9999 }).map(String),
  fc.tuple(fc.constantFrom(...'CTDWSM'), fc.integer({ min: 1, max: 999 })).map(([l, n]) => `${l} ${pad(n, 3)}`),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${pad(h, 2)}:${pad(m, 2)}`),
  fc.tuple(fc.integer({ min: 7, max: 19 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}h${pad(m, 2)}`),
  fc.integer({ min: 1, max: 90 }).map((n) => `${n} min`),
  fc.integer({ min: 1, max: 100 }).map((n) => `${n} %`),
  fc.constantFrom('1000 Bruxelles', '1080 Molenbeek', 'niveau B2', 'bac +3', 'CP 200', 'ISCO 7212'),
);
/** Notes as people write them: numbers, codes and times between words (a bare run of digits is a phone). */
const sentence = fc
  .array(fc.tuple(harmless, word), { minLength: 1, maxLength: 8 })
  .map((pairs) => `${pairs.map(([a, b]) => `${a} ${b}`).join(' ')}.`);

function expectFound(text: string, secret: string, kind: PersonalDataKind) {
  const start = text.indexOf(secret);
  const matches = findPersonalData(text);
  const covering = matches.find((m) => m.start <= start && m.end >= start + secret.length);
  expect(covering, `${kind} not found in «${text}»: ${JSON.stringify(matches)}`).toBeDefined();
  expect(covering?.kind).toBe(kind);
  const masked = maskPersonalData(text);
  expect(masked.text).not.toContain(secret);
  expect(masked.kinds).toContain(kind);
}

describe('personal data in free text', () => {
  it('finds and masks valid national register numbers, born before and after 2000, in any spelling', () => {
    expect(isNationalNumber('85073003328')).toBe(true);
    expect(isNationalNumber('85073003329')).toBe(false);
    fc.assert(
      fc.property(nationalNumberArb, sentence, fc.nat(3), (nn, before, i) => {
        expect(isNationalNumber(nn)).toBe(true);
        const spelled = nnSpellings(nn)[i] as string;
        expectFound(`${before} NN ${spelled} merci`, spelled, 'national_number');
      }),
      { numRuns: 500 },
    );
  });

  it('finds and masks valid IBANs (BE, NL, FR), compact, grouped or in lower case', () => {
    expect(isIban('BE68 5390 0754 7034')).toBe(true);
    expect(isIban('BE68 5390 0754 7035')).toBe(false);
    fc.assert(
      fc.property(ibanArb, sentence, fc.nat(2), (iban, before, i) => {
        expect(isIban(iban)).toBe(true);
        const spelled = ibanSpellings(iban)[i] as string;
        expectFound(`${before} compte ${spelled}, ok`, spelled, 'iban');
      }),
      { numRuns: 500 },
    );
  });

  it('finds and masks e-mail addresses', () => {
    fc.assert(
      fc.property(emailArb, sentence, (email, before) =>
        expectFound(`${before} écrire à ${email} svp`, email, 'email'),
      ),
    );
  });

  it('finds and masks Belgian phone numbers in several spellings', () => {
    fc.assert(
      fc.property(phoneArb, sentence, (phone, before) => expectFound(`${before} tel ${phone} (soir)`, phone, 'phone')),
      { numRuns: 500 },
    );
  });

  it('never flags job-related sentences, ticket codes, times or small numbers', () => {
    expect(findPersonalData('Ticket W 042 au bureau 7 à 14:30, revoir le CV, 3 offres, 1000 Bruxelles')).toEqual([]);
    // "00" is the international prefix, never the start of a Belgian number in national format.
    expect(findPersonalData('C 001 1000 00:00 formation')).toEqual([]);
    expect(findPersonalData('tickets W 001 2 3 4 5 et W 002')).toEqual([]);
    fc.assert(
      fc.property(sentence, (text) => {
        expect(findPersonalData(text), text).toEqual([]);
        expect(maskPersonalData(text)).toEqual({ text, kinds: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('masks several kinds at once and keeps the rest of the text', () => {
    const text = 'Mail jan.peeters@example.be, gsm 0470 12 34 56, IBAN BE68 5390 0754 7034, voir atelier';
    expect(maskPersonalData(text)).toEqual({
      text: 'Mail […], gsm […], IBAN […], voir atelier',
      kinds: ['email', 'phone', 'iban'],
    });
  });
});
