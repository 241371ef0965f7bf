import type { TFunction } from 'i18next';
import type { Staff } from '../../../../common/schemas/sites/staff.js';
import { SelectField, type Option } from '../../../ui/select-field.js';
import type { ListFilter } from '../resource/resource-def.js';

/** Narrow the staff list to one organisation. */
export function staffFilter(t: TFunction, organisations: Option[]): ListFilter<Staff> {
  return {
    initial: { org: '' },
    controls: (state, set) => (
      <SelectField
        label={t('admin:staff.fields.organisationId')}
        name="filter-org"
        value={state.org ?? ''}
        onChange={(v) => set('org', v)}
        options={organisations}
        emptyLabel={t('admin:filter.all')}
      />
    ),
    apply: (items, { org = '' }) => items.filter((s) => !org || s.organisationId === org),
  };
}
