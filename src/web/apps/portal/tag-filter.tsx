import { useTranslation } from 'react-i18next';
import { OCCUPATION_TAGS } from '../../../common/catalogue/occupation-tags.js';

/** All occupations, or only new professions, or only shortage occupations. */
export function TagFilter({ value, onChange }: { value: string; onChange: (tag: string) => void }) {
  const { t } = useTranslation('catalogue');
  const options = ['', ...OCCUPATION_TAGS];
  return (
    <fieldset className="portal-filter">
      <legend>{t('transitions.filter')}</legend>
      {options.map((o) => (
        <label key={o || 'all'} className="portal-radio">
          <input type="radio" name="tag" value={o} checked={value === o} onChange={() => onChange(o)} />
          {t(`transitions.only.${o || 'all'}`)}
        </label>
      ))}
    </fieldset>
  );
}
