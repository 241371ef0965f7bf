/**
 * Builds the relevance set of the catalogue search (test/fixtures/relevance/queries.json) from
 * - titles.json: ~90 common occupations, chosen by hand as what people ask for at a career centre;
 *   for each, a deterministic generator writes (1) a title with a typo and accents removed, in one of
 *   the three languages, and (2) the title in another language than the interface;
 * - intents.json: "what I want to do" queries written by hand, each with the occupations (English
 *   preferred or alternative labels) that count as right.
 * Run: npx tsx bench/search-set-build.ts ../shared/data/esco
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const root = path.resolve(import.meta.dirname, '..');
const esco = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/esco'));
const fixtures = path.join(root, 'test/fixtures/relevance');
type Csv = Record<string, string>[];
const read = (f: string): Csv => parse(readFileSync(path.join(esco, f)), { columns: true, bom: true }) as Csv;

const en = read('en/occupations_en.csv');
const labels: Record<string, Record<string, string>> = {};
for (const lang of ['en', 'fr', 'nl']) {
  for (const r of read(`${lang}/occupations_${lang}.csv`)) {
    const uri = r.conceptUri as string;
    labels[uri] = { ...labels[uri], [lang]: r.preferredLabel as string };
  }
}
const byLabel = new Map<string, string>();
for (const r of en) byLabel.set((r.preferredLabel as string).toLowerCase(), r.conceptUri as string);
for (const r of en)
  for (const a of (r.altLabels ?? '').split('\n'))
    if (!byLabel.has(a.trim().toLowerCase())) byLabel.set(a.trim().toLowerCase(), r.conceptUri as string);
const resolve = (label: string) => {
  const uri = byLabel.get(label.toLowerCase());
  if (!uri) throw new Error(`no ESCO occupation labelled "${label}"`);
  return uri;
};

/** The masculine form of a French "x/y rest" label: "chargé/chargée d'accueil" → "chargé d'accueil". */
function oneForm(label: string): string {
  const m = /^([^/]+)\/(\S+)(.*)$/.exec(label.split('(')[0]?.trim() ?? label);
  if (!m) return label.split('(')[0]?.trim() ?? label;
  const [, first = '', , rest = ''] = m;
  return first.includes(' ') ? first.trim() : `${first}${rest}`.trim();
}
const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');
/** One deterministic typo in the longest word: drop, double or swap a letter, by position. */
function typo(s: string, seed: number): string {
  const first = oneForm(s);
  const ws = first.split(' ');
  const i = ws.reduce((best, w, k) => (w.length > (ws[best]?.length ?? 0) ? k : best), 0);
  const w = ws[i] ?? '';
  if (w.length < 5) return first;
  const p = 2 + (seed % (w.length - 3));
  const kind = seed % 3;
  const t =
    kind === 0
      ? w.slice(0, p) + w.slice(p + 1)
      : kind === 1
        ? w.slice(0, p) + w[p] + w.slice(p)
        : w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
  ws[i] = t;
  return ws.join(' ');
}

const LANGS = ['fr', 'nl', 'en'] as const;
const titles = JSON.parse(readFileSync(path.join(fixtures, 'titles.json'), 'utf8')) as string[];
type Query = { kind: 'typo' | 'cross' | 'intent'; q: string; lang: string; expect: string[] };
const queries: Query[] = [];
titles.forEach((title, n) => {
  const uri = resolve(title);
  const l = labels[uri] ?? {};
  const typed = LANGS[n % 3] as string;
  const source = l[typed] ?? l.en ?? title;
  queries.push({ kind: 'typo', q: stripAccents(typo(source, n * 7 + 3)).toLowerCase(), lang: typed, expect: [uri] });
  const iface = LANGS[(n + 1) % 3] as string;
  const other = l[LANGS[n % 3] as string] ?? l.en ?? title;
  queries.push({ kind: 'cross', q: oneForm(other), lang: iface, expect: [uri] });
});
const intents = JSON.parse(readFileSync(path.join(fixtures, 'intents.json'), 'utf8')) as {
  q: string;
  lang: string;
  expect: string[];
}[];
const unknown: string[] = [];
for (const it of intents) {
  // Labels written by hand that ESCO does not have are dropped (and listed); each query keeps at least one.
  for (const l of it.expect) if (!byLabel.has(l.toLowerCase())) unknown.push(l);
  const expect = it.expect.filter((l) => byLabel.has(l.toLowerCase())).map(resolve);
  if (expect.length === 0) throw new Error(`no known occupation for "${it.q}"`);
  queries.push({ kind: 'intent', q: it.q, lang: it.lang, expect: [...new Set(expect)] });
}
if (unknown.length > 0) console.log(`labels not in ESCO, ignored: ${[...new Set(unknown)].join('; ')}`);
writeFileSync(path.join(fixtures, 'queries.json'), `${JSON.stringify(queries, null, 1)}\n`);
const counts: Record<string, number> = {};
for (const q of queries) counts[q.kind] = (counts[q.kind] ?? 0) + 1;
console.log(`wrote ${queries.length} queries`, counts);
