import type { TFunction } from 'i18next';
import type { Staff } from '../../../../common/schemas/sites/staff.js';
import { SelectField, type Option } from '../../../ui/select-field.js';
import { TextField } from '../../../ui/text-field.js';
import type { ListFilter } from '../resource/resource-def.js';

/** Search by name or e-mail and narrow to one organisation. */
export function staffFilter(t: TFunction, organisations: Option[]): ListFilter<Staff> {
  return {
    initial: { q: '', org: '' },
    controls: (state, set) => (
      <>
        <TextField label={t('admin:staff.search')} name="search" value={state.q ?? ''} onChange={(v) => set('q', v)} />
        <SelectField
          label={t('admin:staff.fields.organisationId')}
          name="filter-org"
          value={state.org ?? ''}
          onChange={(v) => set('org', v)}
          options={organisations}
          emptyLabel={t('admin:filter.all')}
        />
      </>
    ),
    apply: (items, { q = '', org = '' }) => {
      const query = q.trim().toLowerCase();
      return items.filter(
        (s) =>
          (!org || s.organisationId === org) &&
          (!query || s.displayName.toLowerCase().includes(query) || s.email.toLowerCase().includes(query)),
      );
    },
  };
}
