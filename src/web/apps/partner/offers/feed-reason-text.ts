import type { TFunction } from 'i18next';
import type { FeedFailure, FeedRowReason } from '../../../../common/catalogue/feed-reasons.js';
import { formatCalendarDate } from '../../../../common/format.js';

const LANG_PART = /^(fr|nl|en)$/;
const LABELLED = ['kind', 'titles', 'descriptions', 'languages', 'occupationUris', 'skillUris', 'closesOn', 'status'];
const DETAILS = [
  'provider',
  'schedule',
  'place',
  'duration',
  'cost',
  'conditions',
  'apply_url',
  'employer',
  'contract',
  'audience',
  'access',
  'hours',
];

/** An offer field's path (`titles.fr`, `details.apply_url`, `occupationUris.2`) as the reader's words. */
export function feedFieldLabel(t: TFunction, field: string): string {
  const [head = '', second, ...rest] = field.split('.');
  if (head === 'details' && second !== undefined) {
    const name = [second, ...rest].join('.');
    return DETAILS.includes(name) ? t(`offers:detail.${name}`) : name;
  }
  if (!LABELLED.includes(head)) return field;
  const label = t(`offers:report.fields.${head}`);
  if (second === undefined) return label;
  if (LANG_PART.test(second)) return `${label} (${second.toUpperCase()})`;
  if (/^\d+$/.test(second)) return t('offers:report.fields.item', { field: label, n: Number(second) + 1 });
  return `${label} (${second})`;
}

/** Why a row was rejected, in the reader's language (`untranslated`: English words from before the codes). */
export function feedReasonText(t: TFunction, reason: FeedRowReason, locale: string): string {
  switch (reason.code) {
    case 'invalid_field': {
      const { field, problem, limit, allowed } = reason.params;
      return t(`offers:report.problems.${problem}`, {
        field: feedFieldLabel(t, field),
        limit: limit ?? '',
        allowed: allowed ?? '',
      });
    }
    case 'broken_character':
      return t('offers:report.reasons.broken_character', { field: feedFieldLabel(t, reason.params.field) });
    case 'closing_date_past':
      return t('offers:report.reasons.closing_date_past', {
        closesOn: formatCalendarDate(reason.params.closesOn, locale),
      });
    case 'unsupported_type':
      return reason.params.type
        ? t('offers:report.reasons.unsupported_type', { type: reason.params.type })
        : t('offers:report.reasons.missing_type');
    case 'untranslated':
      return reason.params.text;
    default:
      return t(`offers:report.reasons.${reason.code}`, 'params' in reason ? reason.params : {});
  }
}

/** Why a feed could not be read (the same words as the server's field error on a refused URL or file). */
export function feedFailureText(t: TFunction, failure: FeedFailure): string {
  if (failure.code === 'untranslated') return failure.params.text;
  return t(`errors:validation.${failure.code}`, 'params' in failure ? failure.params : {});
}
