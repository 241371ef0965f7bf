import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../../../common/domain.js';
import { formatLongDate, formatTimeRange } from '../../../common/format.js';
import { describeShortfall, type Translate } from '../../../common/roster/explain-shortfall.js';
import type { CoverageGap, Shift } from '../../../common/roster/plan-schemas.js';
import type { StoredGap } from '../../db/schema/index.js';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../locales');
type Tree = { [key: string]: string | Tree };
const catalogues = new Map<Language, Tree>();
const catalogue = (lang: Language): Tree => {
  let tree = catalogues.get(lang);
  if (!tree) {
    tree = JSON.parse(readFileSync(path.join(localesDir, lang, 'planning.json'), 'utf8')) as Tree;
    catalogues.set(lang, tree);
  }
  return tree;
};

const lookup = (tree: Tree, key: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

/** The planning catalogue's translate function (i18next-style `_one`/`_other` plurals, `{{name}}` params). */
export function planningTranslate(lang: Language): Translate {
  const tree = catalogue(LANGUAGES.includes(lang) ? lang : 'fr');
  const plurals = new Intl.PluralRules(lang);
  return (key, params = {}) => {
    const count = params.count;
    const text =
      (typeof count === 'number'
        ? (lookup(tree, `${key}_${plurals.select(count)}`) ?? lookup(tree, `${key}_other`))
        : undefined) ??
      lookup(tree, key) ??
      key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}

/** A stored gap with its explanation in the reader's language ("no Dutch-speaking … on Tuesday …"). */
export function presentGap(gap: StoredGap, lang: Language, shifts: Shift[]): CoverageGap {
  const t = planningTranslate(lang);
  const weekday = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[
    new Date(`${gap.date}T12:00:00Z`).getUTCDay()
  ];
  const shift = shifts.find((s) => s.weekday === weekday && s.part === gap.part);
  const day = formatLongDate(new Date(`${gap.date}T12:00:00Z`), lang, 'UTC');
  const when = shift ? `${day}, ${formatTimeRange(shift.start, shift.end, lang)}` : day;
  return {
    date: gap.date,
    part: gap.part === 'afternoon' ? 'afternoon' : 'morning',
    rule: gap.rule,
    missing: gap.missing,
    explanation: describeShortfall(t, gap.why, when),
    qualified: gap.why.qualified,
    onLeave: gap.why.onLeave,
    offThatDay: gap.why.offThatDay,
    atWeeklyLimit: gap.why.atWeeklyLimit,
    busyElsewhere: gap.why.busyElsewhere,
  };
}
