import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../../../common/format.js';
import { PLAN_WEEKDAYS, type RosterStaff } from '../../../../common/roster/plan-schemas.js';
import { isApiError } from '../../../api/api-error.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { CheckboxGroupField } from '../../../ui/checkbox-group-field.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { TextField } from '../../../ui/text-field.js';
import { useSaveContract } from './coverage-api.js';

/** A new contract starts full-time, Monday to Friday. */
const FULL_TIME = { hoursPerWeek: 38, workingWeekdays: [...PLAN_WEEKDAYS], maxDaysPerWeek: 5, maxConsecutiveDays: 5 };
const numberOf = (text: string) => (text.trim() === '' ? null : Number(text));

type Props = { slug: string; person: RosterStaff; onSaved: () => void; onClose: () => void };

/** One person's contract at the site; a refused save keeps what was typed, with each field's message. */
export function ContractForm({ slug, person, onSaved, onClose }: Props) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const save = useSaveContract(slug);
  const start = person.contract ?? FULL_TIME;
  const [hours, setHours] = useState(String(start.hoursPerWeek));
  const [days, setDays] = useState<string[]>(start.workingWeekdays);
  const [maxDays, setMaxDays] = useState(String(start.maxDaysPerWeek));
  const [maxRun, setMaxRun] = useState(String(start.maxConsecutiveDays));
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        userId: person.userId,
        body: {
          hoursPerWeek: numberOf(hours),
          workingWeekdays: PLAN_WEEKDAYS.filter((d) => days.includes(d)),
          maxDaysPerWeek: numberOf(maxDays),
          maxConsecutiveDays: numberOf(maxRun),
        },
      },
      { onSuccess: onSaved },
    );
  };
  return (
    <section className="panel" aria-labelledby="c-form">
      <h2 id="c-form" tabIndex={-1}>
        {t('settings.contracts.formTitle', { name: person.displayName })}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem error={save.error} />
        <div className="settings-grid">
          <TextField
            label={t('settings.contracts.hoursPerWeek')}
            name="hoursPerWeek"
            type="number"
            inputMode="decimal"
            value={hours}
            onChange={setHours}
            error={errors.hoursPerWeek}
          />
          <TextField
            label={t('settings.contracts.maxDaysPerWeek')}
            name="maxDaysPerWeek"
            type="number"
            inputMode="numeric"
            value={maxDays}
            onChange={setMaxDays}
            error={errors.maxDaysPerWeek}
          />
          <TextField
            label={t('settings.contracts.maxConsecutiveDays')}
            name="maxConsecutiveDays"
            type="number"
            inputMode="numeric"
            value={maxRun}
            onChange={setMaxRun}
            error={errors.maxConsecutiveDays}
          />
        </div>
        <CheckboxGroupField
          label={t('settings.contracts.workingWeekdays')}
          name="workingWeekdays"
          value={days}
          onChange={setDays}
          error={Object.entries(errors).find(([k]) => k.startsWith('workingWeekdays'))?.[1]}
          options={PLAN_WEEKDAYS.map((d) => ({ value: d, label: weekdayName(d, current) }))}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('settings.contracts.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('settings.contracts.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
