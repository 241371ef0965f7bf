import { useTranslation } from 'react-i18next';
import type { Field } from '../../common/domain.js';
import { Icon } from './icons.js';

/** The fields of expertise in plain words, each with its icon. */
export function FieldCards({ fields, headingLevel = 3 }: { fields: readonly Field[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('common');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="field-cards">
      {fields.map((field) => (
        <li key={field} className={`field-card field-${field}`}>
          <span className="field-card-icon">
            <Icon name={field} size={32} />
          </span>
          <Heading className="field-card-title">{t(`field.${field}.label`)}</Heading>
          <p className="field-card-text">{t(`field.${field}.hint`)}</p>
        </li>
      ))}
    </ul>
  );
}
