import { useTranslation } from 'react-i18next';
import type { AbsenceInput } from '../../../common/roster/plan-schemas.js';
import { SelectField } from '../../ui/select-field.js';
import { TextField } from '../../ui/text-field.js';

/** When an absence is: its first and last dates and which part of each day. */
export type AbsencePeriod = Pick<AbsenceInput, 'from' | 'to' | 'part'>;
type Part = AbsencePeriod['part'];
const PARTS: readonly Part[] = ['day', 'morning', 'afternoon'];
const DATES = ['from', 'to'] as const;

type Props = {
  period: AbsencePeriod;
  /** Takes an updater, as a state setter does: `onChange={setPeriod}`. */
  onChange: (update: (period: AbsencePeriod) => AbsencePeriod) => void;
  /** The server's field errors for the absence ("from", "to", "part"), shown next to their fields. */
  errors: Record<string, string>;
};

/**
 * The from, to and part-of-day fields of an absence, for the counsellor's own absences and for the sick
 * day a manager records on the board.
 */
export function AbsencePeriodFields({ period, onChange, errors }: Props) {
  const { t } = useTranslation('planning');
  return (
    <>
      {DATES.map((key) => (
        <TextField
          key={key}
          label={t(`mine.absence.${key}`)}
          name={key}
          type="date"
          value={period[key]}
          onChange={(date) => onChange((p) => ({ ...p, [key]: date }))}
          error={errors[key]}
        />
      ))}
      <SelectField
        label={t('mine.absence.part')}
        name="part"
        value={period.part}
        onChange={(v) => onChange((p) => ({ ...p, part: PARTS.find((x) => x === v) ?? 'day' }))}
        options={PARTS.map((x) => ({ value: x, label: t(`mine.absence.parts.${x}`) }))}
        error={errors.part}
      />
    </>
  );
}
