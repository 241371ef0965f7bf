import { useTranslation } from 'react-i18next';
import type { Field } from '../../../common/domain.js';

/** "Talk to a counsellor about this": which field of expertise to choose at the entrance kiosk. */
export function CounsellorHint({ fields }: { fields: readonly Field[] }) {
  const { t } = useTranslation('catalogue');
  return (
    <aside className="portal-counsellor" aria-labelledby="talk-heading">
      <h2 id="talk-heading">{t('talk.title')}</h2>
      <p>{t('talk.kiosk', { count: fields.length })}</p>
      <ul>
        {fields.map((f) => (
          <li key={f}>
            <strong>{t(`common:field.${f}.label`)}</strong>
          </li>
        ))}
      </ul>
      <p>{t('talk.free')}</p>
    </aside>
  );
}
