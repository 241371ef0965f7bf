import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import type { Staff } from '../../../common/schemas/sites/staff.js';
import { isApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { Icon } from '../../ui/icons.js';

/** The fields and languages this counsellor serves (the queues they will see). */
export function MySkills({ me }: { me: Me }) {
  const { t } = useTranslation('apps');
  const mine = useQuery({
    queryKey: ['staff', me.user.id],
    queryFn: () => api<Staff>('GET', `/api/staff/${me.user.id}`),
    retry: false,
  });
  return (
    <section className="panel" aria-labelledby="d-skills">
      <h2 id="d-skills">{t('desk.mySkills')}</h2>
      {mine.isError && (
        <p>{isApiError(mine.error, 'auth.forbidden') ? t('desk.skillsUnavailable') : mine.error.message}</p>
      )}
      {mine.data && (
        <>
          <p>
            {t('desk.languages')}:{' '}
            <strong>{mine.data.languages.map((l) => t(`common:language.name.${l}`)).join(', ')}</strong>
          </p>
          <ul className="chip-list">
            {mine.data.fields.map((f) => (
              <li key={f} className="chip">
                <Icon name={f} size={20} /> {t(`common:field.${f}.label`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
