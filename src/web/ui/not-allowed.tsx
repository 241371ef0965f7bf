import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../common/schemas/auth.js';
import { Icon } from './icons.js';

/** Shown to a signed-in person who opens an app their roles do not include. */
export function NotAllowed({ me }: { me: Me }) {
  const { t } = useTranslation('common');
  return (
    <main id="main" className="centered-page">
      <div className="card card-narrow">
        <Icon name="lock" size={40} />
        <h1>{t('notAllowed.title')}</h1>
        <p>{t('notAllowed.body', { name: me.user.displayName })}</p>
        <Link className="button" to={me.home}>
          {t('notAllowed.goHome')}
        </Link>
      </div>
    </main>
  );
}
