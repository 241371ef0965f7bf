/**
 * Finds personal data in free text that staff or clients type (handover notes, survey answers):
 * e-mail addresses, phone numbers, Belgian national register numbers (with their check digits) and
 * IBANs (mod-97), and street addresses where they are recognisable (French and Dutch street words
 * followed by a house number, English "12 Baker Street"; a following Belgian postcode and town too). Pure and shared, so forms can warn before sending and the server can refuse or mask.
 */
export const PERSONAL_DATA_KINDS = ['email', 'phone', 'national_number', 'iban', 'address'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];
export type PersonalDataMatch = { kind: PersonalDataKind; start: number; end: number };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const NATIONAL_NUMBER = /(?<!\+)\b(\d{2})[.\s-]?(\d{2})[.\s-]?(\d{2})[.\s-]?(\d{3})[.\s-]?(\d{2})\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/gi;
const NAME_WORD = String.raw`(?:(?:de|du|des|la|le|les|l'|l’|d'|d’|aux?|van|der|den|ter|het)\s*)*\p{Lu}[\p{L}'’.-]*`;
const HOUSE = String.raw`\s*,?\s+\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s*(?:/|bte|boîte|bus|box)\s*\d{1,4})?`;
const POSTCODE = String.raw`(?:\s*,?\s*[1-9]\d{3}\s+\p{Lu}[\p{L}-]+)?`;
const FR_STREET = String.raw`(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Cc]haussée|[Pp]lace|[Ss]quare|[Qq]uai|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Dd]rève|[Cc]los|[Pp]arvis|[Gg]alerie)`;
const NL_STREET =
  '(?:straat|laan|steenweg|plein|lei|dreef|kaai|markt|baan|gracht|dijk|vest|singel|Straat|Laan|Plein|Markt|Steenweg)';
const ADDRESS = new RegExp(
  [
    String.raw`\b${FR_STREET}\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,4}${HOUSE}${POSTCODE}`,
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}-]*\s)?[\p{L}-]{2,}${NL_STREET}${HOUSE}${POSTCODE}`,
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}-]*\s)?\p{Lu}[\p{L}-]*\s${NL_STREET}${HOUSE}${POSTCODE}`,
    String.raw`\b\d{1,4}[a-zA-Z]?\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Lane|Square)\b`,
  ].join('|'),
  'gu',
);
const PHONE = /(?:\+|00)\d{2,3}[\s./-]?\(?\d\)?(?:[\s./-]?\d){6,11}|\b0[1-9](?:[\s./-]?\d){7,9}\b/g;

/** Belgian national register number: 97 − (first nine digits mod 97), with a leading 2 for births from 2000. */
export function isNationalNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const month = Number(digits.slice(2, 4));
  if (month > 12 && !(month >= 20 && month <= 32) && !(month >= 40 && month <= 52)) return false;
  return 97 - (base % 97) === check || 97 - (Number(`2${digits.slice(0, 9)}`) % 97) === check;
}

/** IBAN check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function isIban(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const add = (kind: PersonalDataKind, m: RegExpMatchArray) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!found.some((f) => start < f.end && end > f.start)) found.push({ kind, start, end });
  };
  for (const m of text.matchAll(EMAIL)) add('email', m);
  for (const m of text.matchAll(IBAN)) if (isIban(m[0])) add('iban', m);
  for (const m of text.matchAll(NATIONAL_NUMBER))
    if (isNationalNumber(m.slice(1, 6).join(''))) add('national_number', m);
  for (const m of text.matchAll(ADDRESS)) add('address', m);
  for (const m of text.matchAll(PHONE)) add('phone', m);
  return found.sort((a, b) => a.start - b.start);
}

/** Replaces every match with "[…]" (the kind is kept for the note shown to the person). */
export function maskPersonalData(text: string): { text: string; kinds: PersonalDataKind[] } {
  const matches = findPersonalData(text);
  let out = '';
  let cursor = 0;
  for (const m of matches) {
    out += `${text.slice(cursor, m.start)}[…]`;
    cursor = m.end;
  }
  return { text: out + text.slice(cursor), kinds: [...new Set(matches.map((m) => m.kind))] };
}
