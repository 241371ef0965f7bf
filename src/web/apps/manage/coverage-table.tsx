import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Field } from '../../../common/domain.js';
import type { Staff } from '../../../common/schemas/sites/staff.js';
import { TableScroll } from '../../ui/table-scroll.js';

/** How many active counsellors cover each field in each language at this site. */
export function CoverageTable({ staff, fields, siteId }: { staff: Staff[]; fields: readonly Field[]; siteId: string }) {
  const { t } = useTranslation('apps');
  const counsellors = staff.filter(
    (s) => s.active && s.siteRoles.some((r) => r.siteId === siteId && r.roles.includes('counsellor')),
  );
  const caption = t('manage.coverageCaption', { n: counsellors.length });
  const count = (field: Field, lang: string) =>
    counsellors.filter((s) => s.fields.includes(field) && s.languages.includes(lang as 'fr')).length;
  return (
    <TableScroll label={caption}>
      <table className="data-table coverage-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage.field')}</th>
            {LANGUAGES.map((l) => (
              <th key={l} scope="col" className="numeric">
                {t(`common:language.name.${l}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{t(`common:field.${field}.label`)}</th>
              {LANGUAGES.map((l) => {
                const n = count(field, l);
                return (
                  <td key={l} className={n === 0 ? 'numeric cell-gap' : 'numeric'}>
                    {n === 0 ? t('manage.nobody') : n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
