import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../common/domain.js';
import type { Site } from '../../../../common/schemas/sites/site.js';
import { localized } from '../../../i18n/localized.js';
import { CheckboxGroupField } from '../../../ui/checkbox-group-field.js';
import type { Option } from '../../../ui/select-field.js';

type SiteRoles = { siteId: string; roles: Role[] }[];
type Props = {
  label: string;
  value: unknown;
  onChange: (v: unknown) => void;
  errors: Record<string, string>;
  sites: Site[];
  roles: Option[];
};

/** Roles per site: one group of role checkboxes for each centre. */
export function SiteRolesControl({ label, value, onChange, errors, sites, roles }: Props) {
  const { i18n } = useTranslation();
  const current = (value as SiteRoles | undefined) ?? [];
  const lang = i18n.language as 'fr';
  const setRoles = (siteId: string, next: string[]) => {
    const others = current.filter((s) => s.siteId !== siteId);
    onChange(next.length ? [...others, { siteId, roles: next as Role[] }] : others);
  };
  const siteError = Object.entries(errors).find(([k]) => k.startsWith('siteRoles'))?.[1];
  return (
    <fieldset className="field-set">
      <legend className="field-label">{label}</legend>
      {sites.map((site) => (
        <CheckboxGroupField
          key={site.id}
          label={localized(site.name, lang)}
          name={`roles-${site.slug}`}
          value={current.find((s) => s.siteId === site.id)?.roles ?? []}
          onChange={(next) => setRoles(site.id, next)}
          options={roles}
          error={siteError}
        />
      ))}
    </fieldset>
  );
}
