import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../../../../common/domain.js';
import { weekdayName } from '../../../../common/format.js';
import type { OpeningHours } from '../../../../common/schemas/shared.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { TextField } from '../../../ui/text-field.js';
import { errorFor } from '../resource/form-spec.js';

type Interval = { open: string; close: string };
type Props = { label: string; value: unknown; onChange: (v: unknown) => void; errors: Record<string, string> };

/** Opening hours per weekday: zero or more open–close intervals a day. */
export function HoursControl({ label, value, onChange, errors }: Props) {
  const { t } = useTranslation('admin');
  const { current } = useLanguage();
  const hours = value as OpeningHours;
  const setDay = (day: Weekday, intervals: Interval[]) => onChange({ ...hours, [day]: intervals });
  return (
    <fieldset className="field-set hours-control">
      <legend className="field-label">{label}</legend>
      {WEEKDAYS.map((day) => {
        const list = hours[day] ?? [];
        const dayName = weekdayName(day, current);
        const dayError = errors[`openingHours.${day}`];
        return (
          <div key={day} className="hours-day">
            <p className="hours-day-name">{dayName}</p>
            <div className="hours-intervals">
              {list.length === 0 && <p className="muted">{t('sites.closedDay')}</p>}
              {list.map((interval, i) => {
                const path = `openingHours.${day}.${i}`;
                const update = (patch: Partial<Interval>) =>
                  setDay(
                    day,
                    list.map((x, j) => (j === i ? { ...x, ...patch } : x)),
                  );
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity besides their position.
                  <div key={i} className="hours-interval">
                    <TextField
                      label={t('sites.opens', { day: dayName })}
                      name={`${path}.open`}
                      type="time"
                      value={interval.open}
                      onChange={(v) => update({ open: v })}
                      error={errorFor(errors, `${path}.open`)}
                    />
                    <TextField
                      label={t('sites.closes', { day: dayName })}
                      name={`${path}.close`}
                      type="time"
                      value={interval.close}
                      onChange={(v) => update({ close: v })}
                      error={errorFor(errors, `${path}.close`)}
                    />
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      onClick={() =>
                        setDay(
                          day,
                          list.filter((_, j) => j !== i),
                        )
                      }
                    >
                      {t('sites.removeInterval', { day: dayName })}
                    </button>
                  </div>
                );
              })}
              {dayError && <p className="field-error">{dayError}</p>}
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => setDay(day, [...list, { open: '09:00', close: '17:00' }])}
              >
                {t('sites.addInterval', { day: dayName })}
              </button>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
