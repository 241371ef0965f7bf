import { useTranslation } from 'react-i18next';
import type { Field } from '../../../common/domain.js';
import { Icon } from '../../ui/icons.js';

/** Step 2: what the person needs, in plain words with an icon. */
export function KioskFieldStep({ fields, onPick }: { fields: readonly Field[]; onPick: (f: Field) => void }) {
  const { t } = useTranslation('visits');
  return (
    <section className="kiosk-step" aria-labelledby="k-field">
      <h1 id="k-field" className="kiosk-title">
        {t('kiosk.chooseField')}
      </h1>
      <ul className="kiosk-fields">
        {fields.map((field) => (
          <li key={field}>
            <button type="button" className={`kiosk-field field-${field}`} onClick={() => onPick(field)}>
              <span className="kiosk-field-icon">
                <Icon name={field} size={40} />
              </span>
              <span className="kiosk-field-label">{t(`common:field.${field}.label`)}</span>
              <span className="kiosk-field-hint">{t(`common:field.${field}.hint`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
