import type { TFunction } from 'i18next';
import type { ActivityValue, DayPart } from '../../../common/roster/plan-schemas.js';

/** "lun. 5 janv." — a day in a grid header or a list. */
export function shortDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "lundi 5 janvier" — a day in a sentence or an accessible name. */
export function longDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "January 2027" for a "YYYY-MM" month. */
export function monthName(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** "Monday 5 January, morning". */
export function slotName(t: TFunction, date: string, part: DayPart, locale: string): string {
  return t('planning:labels.slot', { day: longDay(date, locale), part: t(`planning:labels.part.${part}`) });
}

/** The activity's full name (the field's label for counselling). */
export function activityName(t: TFunction, activity: ActivityValue): string {
  if (activity.startsWith('counselling:')) return t(`common:field.${activity.slice('counselling:'.length)}.label`);
  return t(`planning:labels.activity.${activity}`);
}

/** A short name that fits in a grid cell. */
export function activityShort(t: TFunction, activity: ActivityValue): string {
  return t(`planning:labels.activityShort.${activity.replace('counselling:', '')}`);
}
