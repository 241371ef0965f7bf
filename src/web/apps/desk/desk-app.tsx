import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import type { Desk } from '../../../common/schemas/sites/places.js';
import { api } from '../../api/client.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { ComingSoon } from '../../ui/coming-soon.js';
import { Loading } from '../../ui/loading.js';
import { SelectField } from '../../ui/select-field.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { MySkills } from './my-skills.js';

const DESK_KEY = 'atrium_desk';

function DeskHome({ me }: { me: Me }) {
  const { t } = useTranslation('apps');
  const slug = siteFor(me, ['counsellor'])?.slug ?? 'brussels';
  const desks = useQuery({ queryKey: ['desks', slug], queryFn: () => api<Desk[]>('GET', `/api/sites/${slug}/desks`) });
  const [desk, setDesk] = useState(() => localStorage.getItem(DESK_KEY) ?? '');
  const choose = (id: string) => {
    setDesk(id);
    localStorage.setItem(DESK_KEY, id);
  };
  const chosen = desks.data?.find((d) => d.id === desk);
  return (
    <StaffLayout me={me} title={t('desk.title')}>
      <section className="panel" aria-labelledby="d-desk">
        <h2 id="d-desk">{t('desk.whichDesk')}</h2>
        {desks.data ? (
          <SelectField
            label={t('desk.desk')}
            name="desk"
            value={desk}
            onChange={choose}
            options={desks.data.filter((d) => d.active).map((d) => ({ value: d.id, label: d.label }))}
            emptyLabel={t('desk.pick')}
          />
        ) : (
          <Loading />
        )}
        {chosen && (
          <p className="notice notice-success" role="status">
            {t('desk.atDesk', { label: chosen.label })}
          </p>
        )}
      </section>
      <MySkills me={me} />
      <ComingSoon title={t('comingSoon')} text={t('desk.coming')} />
    </StaffLayout>
  );
}

export function DeskApp() {
  return <RequireRole roles={['counsellor']}>{(me) => <DeskHome me={me} />}</RequireRole>;
}
