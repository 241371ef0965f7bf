import { useTranslation } from 'react-i18next';

/** Shown wherever ESCO content appears (ESCO reuse policy, Commission Decision 2011/833/EU). */
export function EscoAttribution() {
  const { t } = useTranslation('catalogue');
  return (
    <p className="esco-attribution">
      {t('attribution')} <a href="https://esco.ec.europa.eu">esco.ec.europa.eu</a>
    </p>
  );
}
