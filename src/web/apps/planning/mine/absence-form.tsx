import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ABSENCE_KINDS,
  type Absence,
  type AbsenceInput,
  type AbsenceKind,
} from '../../../../common/roster/plan-schemas.js';
import { isApiError } from '../../../api/api-error.js';
import { api } from '../../../api/client.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { type AbsencePeriod, AbsencePeriodFields } from '../absence-period-fields.js';
import { longDay } from '../labels.js';
import { todayIso } from '../period.js';
import { planKeys, rosterBase } from '../planning-api.js';

/** Dated absences: leave, training, partner duty. The server's messages show next to their fields. */
export function AbsenceForm({ slug, absences }: { slug: string; absences: Absence[] }) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const client = useQueryClient();
  const [period, setPeriod] = useState<AbsencePeriod>(() => ({ from: todayIso(), to: todayIso(), part: 'day' }));
  const [kind, setKind] = useState<AbsenceKind>('leave');
  const refresh = () => client.invalidateQueries({ queryKey: planKeys.myAvailability(slug) });
  const add = useMutation({
    mutationFn: (body: AbsenceInput) => api<Absence>('POST', `${rosterBase(slug)}/me/absences`, { body }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE', `${rosterBase(slug)}/me/absences/${id}`),
    onSuccess: refresh,
  });
  const errors = isApiError(add.error) ? add.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ ...period, kind });
  };
  const upcoming = absences.filter((a) => a.to >= todayIso()).sort((a, b) => a.from.localeCompare(b.from));
  return (
    <section className="panel" aria-labelledby="m-absence">
      <h2 id="m-absence">{t('mine.absence.title')}</h2>
      <form className="form form-grid" onSubmit={submit} noValidate>
        <FormProblem error={add.error} />
        <AbsencePeriodFields period={period} onChange={setPeriod} errors={errors} />
        <SelectField
          label={t('mine.absence.kind')}
          name="kind"
          value={kind}
          onChange={(v) => setKind(ABSENCE_KINDS.find((k) => k === v) ?? 'leave')}
          options={ABSENCE_KINDS.map((k) => ({ value: k, label: t(`labels.absenceKind.${k}`) }))}
          error={errors.kind}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {t('mine.absence.submit')}
          </button>
        </div>
      </form>
      <p role="status" className="visually-hidden">
        {add.isSuccess ? t('mine.absence.added') : remove.isSuccess ? t('mine.absence.removed') : ''}
      </p>
      <h3 className="absence-title">{t('mine.absence.listTitle')}</h3>
      {upcoming.length === 0 ? (
        <p>{t('mine.absence.none')}</p>
      ) : (
        <ul className="absence-list">
          {upcoming.map((a) => {
            const what = t('mine.absence.item', {
              kind: t(`labels.absenceKind.${a.kind}`),
              from: longDay(a.from, current),
              to: longDay(a.to, current),
              part: t(`mine.absence.parts.${a.part}`),
            });
            return (
              <li key={a.id}>
                <span>{what}</span>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  aria-label={t('mine.absence.removeLabel', { what })}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(a.id)}
                >
                  {t('mine.absence.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
