import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import { usePublicSite } from '../../api/site-queries.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { ComingSoon } from '../../ui/coming-soon.js';
import { FieldCards } from '../../ui/field-cards.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';

function Reception({ me }: { me: Me }) {
  const { t } = useTranslation('apps');
  const { current } = useLanguage();
  const site = usePublicSite(siteFor(me, ['reception'])?.slug);
  return (
    <StaffLayout me={me} title={t('reception.title')}>
      <ComingSoon title={t('comingSoon')} text={t('reception.coming')} />
      {!site.data ? (
        <Loading />
      ) : (
        <>
          <section className="panel" aria-labelledby="r-zones">
            <h2 id="r-zones">{t('reception.zones')}</h2>
            <ul className="zone-list">
              {site.data.zones.map((z) => (
                <li key={z.id}>
                  <span className="zone-code">{z.code}</span> {localized(z.name, current)}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="r-fields">
            <h2 id="r-fields">{t('reception.fields')}</h2>
            <FieldCards fields={site.data.fields} />
          </section>
        </>
      )}
    </StaffLayout>
  );
}

export function ReceptionApp() {
  return <RequireRole roles={['reception']}>{(me) => <Reception me={me} />}</RequireRole>;
}
