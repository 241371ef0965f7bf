import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityValue, PlanDetail, RosterStaff } from '../../../../common/roster/plan-schemas.js';
import { isApiError } from '../../../api/api-error.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { FormProblem } from '../../../ui/form-problem.js';
import { SelectField } from '../../../ui/select-field.js';
import { activityName, slotName } from '../labels.js';
import type { PlanActions } from '../plan-actions.js';
import type { Slot } from './slots.js';

/** The activities a person may be pinned to, from their planned roles and fields. */
export function activitiesFor(person: RosterStaff | undefined): ActivityValue[] {
  if (!person) return [];
  return [
    ...(person.roles.includes('counsellor') ? person.fields.map((f): ActivityValue => `counselling:${f}`) : []),
    ...(person.roles.includes('reception') ? (['reception'] as const) : []),
    ...(person.roles.includes('steward') ? (['steward'] as const) : []),
  ];
}

type Props = { plan: PlanDetail; slots: Slot[]; actions: PlanActions };

/** Fixes someone in a half-day the solver left them out of: the pin survives every re-solve. */
export function PinForm({ plan, slots, actions }: Props) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const [userId, setUserId] = useState('');
  const [slot, setSlot] = useState('');
  const [activity, setActivity] = useState('');
  const person = plan.staff.find((p) => p.userId === userId);
  const allowed = activitiesFor(person);
  const errors = isApiError(actions.pin.error) ? actions.pin.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const [date = '', part = 'morning'] = slot.split('|');
    const chosen = allowed.find((a) => a === activity) ?? allowed[0];
    if (!chosen) return;
    actions.pin.mutate({
      id: plan.id,
      pin: { userId, date, part: part === 'afternoon' ? 'afternoon' : 'morning', activity: chosen },
    });
  };
  return (
    <form className="form pin-form" onSubmit={submit} aria-labelledby="p-pin">
      <h3 id="p-pin">{t('board.pinTitle')}</h3>
      <FormProblem error={actions.pin.error} />
      <div className="filters">
        <SelectField
          label={t('board.person')}
          name="userId"
          value={userId}
          onChange={setUserId}
          emptyLabel={t('board.choose')}
          options={plan.staff.filter((p) => p.contract).map((p) => ({ value: p.userId, label: p.displayName }))}
          error={errors.userId}
        />
        <SelectField
          label={t('board.slotLabel')}
          name="slot"
          value={slot}
          onChange={setSlot}
          emptyLabel={t('board.choose')}
          options={slots.map((s) => ({ value: `${s.date}|${s.part}`, label: slotName(t, s.date, s.part, current) }))}
          error={errors.date ?? errors.part}
        />
        <SelectField
          label={t('board.activityLabel')}
          name="activity"
          value={activity || allowed[0] || ''}
          onChange={setActivity}
          options={allowed.map((a) => ({ value: a, label: activityName(t, a) }))}
          error={errors.activity}
        />
        <button
          type="submit"
          className="button"
          disabled={!userId || !slot || allowed.length === 0 || actions.pin.isPending}
        >
          {t('board.pinSubmit')}
        </button>
      </div>
    </form>
  );
}
