import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons.js';

const SECTIONS = ['commitment', 'status', 'building', 'languages', 'contact'] as const;

/** The accessibility statement. */
export function AccessibilityPage() {
  const { t } = useTranslation('public');
  return (
    <main id="main" className="public-main prose">
      <h1>
        <Icon name="access" size={32} /> {t('accessibility.title')}
      </h1>
      {SECTIONS.map((key) => (
        <section key={key} aria-labelledby={`a11y-${key}`}>
          <h2 id={`a11y-${key}`}>{t(`accessibility.${key}.title`)}</h2>
          <p>{t(`accessibility.${key}.text`)}</p>
        </section>
      ))}
    </main>
  );
}
