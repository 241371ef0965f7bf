import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../../../common/format.js';
import {
  type CoverageRulesInput,
  type CoverageRulesView,
  DAY_PARTS,
  type DayPart,
} from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { ruleName } from '../today/rule-name.js';
import { useSaveCoverageRules } from './coverage-api.js';
import { TableScroll } from '../../../ui/table-scroll.js';

type Row = { key: string; rule: string; when: string; minimum: string; without: () => CoverageRulesInput };
const COUNTS = [
  ['floor:fr', 'frenchOnFloor'],
  ['floor:nl', 'dutchOnFloor'],
  ['reception:fr', 'receptionFrench'],
  ['reception:nl', 'receptionDutch'],
  ['stewards', 'stewards'],
] as const;

const inputOf = ({ updatedAt: _, ...rules }: CoverageRulesView): CoverageRulesInput => rules;

/** Every rule in force as a row; removing one gives the rules without it (a count falls to 0). */
function rowsOf(t: TFunction, locale: string, view: CoverageRulesView): Row[] {
  const rules = inputOf(view);
  const always = t('planning:settings.rules.always');
  const rows: Row[] = rules.fields.map((f) => ({
    key: `field:${f}`,
    rule: ruleName(t, `field:${f}`),
    when: always,
    minimum: '1',
    without: () => ({ ...rules, fields: rules.fields.filter((x) => x !== f) }),
  }));
  for (const [rule, key] of COUNTS) {
    if (rules[key] > 0)
      rows.push({
        key: rule,
        rule: ruleName(t, rule),
        when: always,
        minimum: String(rules[key]),
        without: () => ({ ...rules, [key]: 0 }),
      });
    if (key === 'receptionFrench' || key === 'receptionDutch') continue;
    for (const part of DAY_PARTS) {
      const target = rules.targets[part]?.[key];
      if (target === undefined) continue;
      rows.push({
        key: `${rule}|${part}`,
        rule: ruleName(t, rule),
        when: t(`planning:settings.rules.every.${part}`),
        minimum: String(target),
        without: () => {
          const { [key]: _, ...rest } = rules.targets[part] ?? {};
          return { ...rules, targets: { ...rules.targets, [part]: rest } };
        },
      });
    }
  }
  for (const u of rules.unpopular)
    rows.push({
      key: `unpopular|${u.weekday}|${u.part}`,
      rule: t('planning:settings.rules.unpopular'),
      when: t('planning:settings.rules.halfDay', { day: weekdayName(u.weekday, locale), part: partName(t, u.part) }),
      minimum: '—',
      without: () => ({ ...rules, unpopular: rules.unpopular.filter((x) => x !== u) }),
    });
  return rows;
}

const partName = (t: TFunction, part: DayPart) => t(`planning:labels.part.${part}`);

/** The rules in force, one row each, with a button that removes the rule. */
export function RuleList({ slug, rules }: { slug: string; rules: CoverageRulesView }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const save = useSaveCoverageRules(slug);
  const rows = rowsOf(t, current, rules);
  const title = t('settings.rules.listTitle', { count: rows.length });
  return (
    <section className="panel" aria-labelledby="r-list">
      <h2 id="r-list">{title}</h2>
      <FormProblem error={save.error} />
      <TableScroll label={title}>
        <table className="data-table" data-testid="rule-list">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.rules.rule')}</th>
              <th scope="col">{t('settings.rules.when')}</th>
              <th scope="col" className="numeric">
                {t('settings.rules.minimum')}
              </th>
              <th scope="col">{t('settings.rules.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.rule}</th>
                <td>{r.when}</td>
                <td className="numeric">{r.minimum}</td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={save.isPending}
                    aria-label={t('settings.rules.remove', { rule: r.rule, when: r.when })}
                    onClick={() => save.mutate(r.without())}
                  >
                    {t('settings.rules.removeShort')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
