import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OccupationDetail } from '../../../common/catalogue/occupation-schemas.js';
import type { Field } from '../../../common/domain.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { CounsellorHint } from './counsellor-hint.js';
import { EscoAttribution } from './esco-attribution.js';
import { langAttr } from './lang-attr.js';
import { OccupationEvents } from './occupation-events.js';
import { OccupationOffers } from './occupation-offers.js';
import { OccupationTags } from './occupation-tags.js';
import { occupationPath, useOccupation, useTransitions } from './portal-api.js';
import { SkillGroups } from './skill-groups.js';

/** At the kiosk, an occupation is "choose an occupation"; moving to it from another job is "change". */
const OCCUPATION_FIELDS: readonly Field[] = ['choose', 'change'];
const EVENT_FIELDS: readonly Field[] = ['choose', 'change', 'train', 'work'];

function RelatedOccupations({ id }: { id: string }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const list = useTransitions(id, current);
  return (
    <section className="portal-block" aria-labelledby="transitions-heading">
      <h2 id="transitions-heading">{t('occupation.transitions')}</h2>
      <p>{t('occupation.transitionsHelp')}</p>
      {list.data && list.data.items.length > 0 && (
        <ol className="portal-results">
          {list.data.items.map((x) => (
            <li key={x.escoUri}>
              <Link to={occupationPath(x.escoUri)} lang={langAttr(x.titleLang, current)}>
                {x.title}
              </Link>{' '}
              <span className="portal-meta">
                {t('occupation.shared', { count: x.sharedSkills })} ·{' '}
                {t('occupation.gap', { count: x.gapEssentialSkills })}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link className="button button-secondary" to={`/portal/transitions?from=${encodeURIComponent(id)}`}>
          {t('occupation.allTransitions')}
        </Link>
      </p>
    </section>
  );
}

function Detail({ o, id }: { o: OccupationDetail; id: string }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  return (
    <>
      <h1 lang={langAttr(o.titleLang, current)}>{o.title}</h1>
      <OccupationTags tags={o.tags} />
      {o.description && <p lang={langAttr(o.description.lang, current)}>{o.description.text}</p>}
      {o.isco && (
        <p>
          {t('occupation.isco')} <span lang={langAttr(o.isco.titleLang, current)}>{o.isco.title}</span> ({o.isco.code})
        </p>
      )}
      <CounsellorHint fields={OCCUPATION_FIELDS} />
      <SkillGroups title={t('occupation.essential')} skills={o.essentialSkills} />
      <SkillGroups title={t('occupation.optional')} skills={o.optionalSkills} />
      <OccupationOffers id={id} />
      <OccupationEvents fields={EVENT_FIELDS} />
      <RelatedOccupations id={id} />
      <EscoAttribution />
    </>
  );
}

export function OccupationPage() {
  const { id = '' } = useParams();
  const { current } = useLanguage();
  const occupation = useOccupation(id, current);
  return (
    <main id="main" className="portal-main">
      {occupation.isLoading && <Loading />}
      {occupation.isError && <QueryFailed error={occupation.error} onRetry={() => void occupation.refetch()} />}
      {occupation.data && <Detail o={occupation.data} id={id} />}
    </main>
  );
}
