import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../../../common/format.js';
import {
  ABSENCE_KINDS,
  type AbsenceKind,
  type Availability,
  DAY_PARTS,
  PLAN_WEEKDAYS,
  type RecurringInput,
} from '../../../../common/roster/plan-schemas.js';
import { isApiError } from '../../../api/api-error.js';
import { api } from '../../../api/client.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { CheckboxGroupField } from '../../../ui/checkbox-group-field.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { planKeys, rosterBase } from '../planning-api.js';

const HALF_DAYS = PLAN_WEEKDAYS.flatMap((weekday) => DAY_PARTS.map((part) => ({ weekday, part })));

/** The half-days someone is away every week (partner duty, training), with one reason for new ones. */
export function RecurringForm({ slug, availability }: { slug: string; availability: Availability }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const client = useQueryClient();
  const known = new Map(availability.recurring.map((r) => [`${r.weekday}|${r.part}`, r.kind]));
  const [chosen, setChosen] = useState<string[]>(() => [...known.keys()]);
  const [kind, setKind] = useState<AbsenceKind>('partner_duty');
  const save = useMutation({
    mutationFn: (body: RecurringInput) =>
      api<Availability>('PUT', `${rosterBase(slug)}/me/availability/recurring`, { body }),
    onSuccess: (data) => client.setQueryData(planKeys.myAvailability(slug), data),
  });
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const firstError = Object.entries(errors).find(([k]) => k.startsWith('unavailable'))?.[1];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      unavailable: HALF_DAYS.filter((h) => chosen.includes(`${h.weekday}|${h.part}`)).map((h) => ({
        ...h,
        kind: known.get(`${h.weekday}|${h.part}`) ?? kind,
      })),
    });
  };
  return (
    <section className="panel" aria-labelledby="m-recurring">
      <h2 id="m-recurring">{t('mine.recurring.title')}</h2>
      <p>{t('mine.recurring.lead')}</p>
      <form className="form" onSubmit={submit}>
        <FormProblem error={save.error} />
        <CheckboxGroupField
          label={t('mine.recurring.label')}
          name="unavailable"
          value={chosen}
          onChange={setChosen}
          error={firstError}
          options={HALF_DAYS.map((h) => ({
            value: `${h.weekday}|${h.part}`,
            label: t('mine.recurring.halfDay', {
              day: weekdayName(h.weekday, current),
              part: t(`labels.part.${h.part}`),
            }),
          }))}
        />
        <SelectField
          label={t('mine.recurring.kind')}
          name="kind"
          value={kind}
          onChange={(v) => setKind(ABSENCE_KINDS.find((k) => k === v) ?? 'partner_duty')}
          options={ABSENCE_KINDS.filter((k) => k !== 'sick').map((k) => ({
            value: k,
            label: t(`labels.absenceKind.${k}`),
          }))}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('mine.recurring.submit')}
          </button>
        </div>
        <p role="status" className="visually-hidden">
          {save.isSuccess ? t('mine.recurring.saved') : ''}
        </p>
      </form>
    </section>
  );
}
