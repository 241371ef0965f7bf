import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELDS } from '../../../../common/domain.js';
import { weekdayName } from '../../../../common/format.js';
import {
  type CoverageRulesView,
  DAY_PARTS,
  type DayPart,
  PLAN_WEEKDAYS,
} from '../../../../common/roster/plan-schemas.js';
import { isApiError } from '../../../api/api-error.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { CheckboxGroupField } from '../../../ui/checkbox-group-field.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { TextField } from '../../../ui/text-field.js';
import { ruleName } from '../today/rule-name.js';
import type { useSaveCoverageRules } from './coverage-api.js';

const COUNTS = [
  ['frenchOnFloor', 'floor:fr'],
  ['dutchOnFloor', 'floor:nl'],
  ['receptionFrench', 'reception:fr'],
  ['receptionDutch', 'reception:nl'],
  ['stewards', 'stewards'],
] as const;
const TARGETS = [
  ['frenchOnFloor', 'floor:fr'],
  ['dutchOnFloor', 'floor:nl'],
  ['stewards', 'stewards'],
] as const;
type CountKey = (typeof COUNTS)[number][0];
type TargetKey = (typeof TARGETS)[number][0];
const HALF_DAYS = PLAN_WEEKDAYS.flatMap((weekday) => DAY_PARTS.map((part) => ({ weekday, part })));

/** A typed number as sent: empty is null (the server says what is missing), anything else as a number. */
const numberOf = (text: string) => (text.trim() === '' ? null : Number(text));

/**
 * Every rule of the site in one form: the fields needing a specialist, the counts asked in every half-day,
 * optional counts per time of day, and the unpopular half-days. A refused save keeps what was typed and
 * shows the server's message next to each field. The save lives in the page, so its outcome outlives the
 * form, which starts afresh from each saved version.
 */
type Props = { rules: CoverageRulesView; save: ReturnType<typeof useSaveCoverageRules> };

export function RulesForm({ rules, save }: Props) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const [fields, setFields] = useState<string[]>(rules.fields);
  const [counts, setCounts] = useState(
    () => Object.fromEntries(COUNTS.map(([k]) => [k, String(rules[k])])) as Record<CountKey, string>,
  );
  const [targets, setTargets] = useState(() => {
    const of = (part: DayPart): Record<TargetKey, string> => ({
      frenchOnFloor: String(rules.targets[part]?.frenchOnFloor ?? ''),
      dutchOnFloor: String(rules.targets[part]?.dutchOnFloor ?? ''),
      stewards: String(rules.targets[part]?.stewards ?? ''),
    });
    return { morning: of('morning'), afternoon: of('afternoon') };
  });
  const [unpopular, setUnpopular] = useState(rules.unpopular.map((u) => `${u.weekday}|${u.part}`));
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      fields,
      ...Object.fromEntries(COUNTS.map(([k]) => [k, numberOf(counts[k])])),
      unpopular: HALF_DAYS.filter((h) => unpopular.includes(`${h.weekday}|${h.part}`)),
      targets: Object.fromEntries(
        DAY_PARTS.map((part) => [
          part,
          Object.fromEntries(
            TARGETS.filter(([k]) => targets[part][k].trim()).map(([k]) => [k, numberOf(targets[part][k])]),
          ),
        ]),
      ),
    });
  };
  return (
    <section className="panel" aria-labelledby="r-form">
      <h2 id="r-form">{t('settings.rules.formTitle')}</h2>
      <p>{t('settings.rules.formLead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem error={save.error} />
        {save.isSuccess && !save.isPending && (
          <p className="notice notice-success" role="status">
            {t('settings.rules.saved')}
          </p>
        )}
        <CheckboxGroupField
          label={t('settings.rules.fields')}
          name="fields"
          value={fields}
          onChange={setFields}
          error={errors.fields}
          options={FIELDS.map((f) => ({ value: f, label: t(`common:field.${f}.label`) }))}
        />
        <fieldset className="field-set">
          <legend>{t('settings.rules.everyHalfDay')}</legend>
          <div className="settings-grid">
            {COUNTS.map(([key, rule]) => (
              <TextField
                key={key}
                label={ruleName(t, rule)}
                name={key}
                type="number"
                inputMode="numeric"
                value={counts[key]}
                onChange={(v) => setCounts({ ...counts, [key]: v })}
                error={errors[key]}
              />
            ))}
          </div>
        </fieldset>
        {DAY_PARTS.map((part) => (
          <fieldset className="field-set" key={part}>
            <legend>{t(`settings.rules.every.${part}`)}</legend>
            <p className="field-description">{t('settings.rules.targetHelp')}</p>
            <div className="settings-grid">
              {TARGETS.map(([key, rule]) => (
                <TextField
                  key={key}
                  label={t('settings.rules.targetLabel', {
                    rule: ruleName(t, rule),
                    when: t(`settings.rules.every.${part}`),
                  })}
                  name={`targets.${part}.${key}`}
                  type="number"
                  inputMode="numeric"
                  value={targets[part][key]}
                  onChange={(v) => setTargets({ ...targets, [part]: { ...targets[part], [key]: v } })}
                  error={errors[`targets.${part}.${key}`]}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <CheckboxGroupField
          label={t('settings.rules.unpopularLabel')}
          name="unpopular"
          value={unpopular}
          onChange={setUnpopular}
          error={Object.entries(errors).find(([k]) => k.startsWith('unpopular'))?.[1]}
          options={HALF_DAYS.map((h) => ({
            value: `${h.weekday}|${h.part}`,
            label: t('settings.rules.halfDay', {
              day: weekdayName(h.weekday, current),
              part: t(`labels.part.${h.part}`),
            }),
          }))}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('settings.rules.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
