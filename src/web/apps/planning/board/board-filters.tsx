import { useTranslation } from 'react-i18next';
import { FIELDS, LANGUAGES } from '../../../../common/domain.js';
import type { RosterStaff } from '../../../../common/roster/plan-schemas.js';
import { SelectField } from '../../../ui/select-field.js';

export type Filters = { organisation: string; field: string; language: string };
export const NO_FILTERS: Filters = { organisation: '', field: '', language: '' };

/** The people the filters keep (an empty filter keeps everyone). */
export function applyFilters(staff: RosterStaff[], f: Filters): RosterStaff[] {
  return staff.filter(
    (p) =>
      (!f.organisation || p.organisationId === f.organisation) &&
      (!f.field || p.fields.some((x) => x === f.field)) &&
      (!f.language || p.languages.some((x) => x === f.language)),
  );
}

type Props = {
  value: Filters;
  onChange: (f: Filters) => void;
  organisations: { id: string; name: string }[];
};

/** Filters of the board's rows by organisation, field and language. */
export function BoardFilters({ value, onChange, organisations }: Props) {
  const { t } = useTranslation('planning');
  return (
    <div className="filters">
      <SelectField
        label={t('board.filter.organisation')}
        name="organisation"
        value={value.organisation}
        onChange={(organisation) => onChange({ ...value, organisation })}
        emptyLabel={t('board.filter.all')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <SelectField
        label={t('board.filter.field')}
        name="field"
        value={value.field}
        onChange={(field) => onChange({ ...value, field })}
        emptyLabel={t('board.filter.all')}
        options={FIELDS.map((f) => ({ value: f, label: t(`common:field.${f}.label`) }))}
      />
      <SelectField
        label={t('board.filter.language')}
        name="language"
        value={value.language}
        onChange={(language) => onChange({ ...value, language })}
        emptyLabel={t('board.filter.all')}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.name.${l}`) }))}
      />
    </div>
  );
}
