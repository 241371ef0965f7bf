import type { TFunction } from 'i18next';

/** A coverage rule (`field:work`, `floor:nl`, `reception:fr`, `stewards`) in words. */
export function ruleName(t: TFunction, rule: string): string {
  const [kind = '', what = ''] = rule.split(':');
  if (kind === 'field') return t('planning:labels.rule.field', { field: t(`common:field.${what}.label`) });
  if (kind === 'floor' || kind === 'reception')
    return t(`planning:labels.rule.${kind}`, { language: t(`planning:languages.${what}`) });
  return t('planning:labels.rule.stewards');
}
