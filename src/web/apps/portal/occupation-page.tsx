import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OccupationDetail } from '../../../common/catalogue/occupation-schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { EscoAttribution } from './esco-attribution.js';
import { occupationPath, useOccupation, useTransitions } from './portal-api.js';

type Labelled = { escoUri: string; title: string; titleLang: string };

function SkillList({ title, skills, current }: { title: string; skills: Labelled[]; current: string }) {
  if (skills.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul className="portal-skills">
        {skills.map((s) => (
          <li key={s.escoUri} lang={s.titleLang === current ? undefined : s.titleLang}>
            {s.title}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Transitions({ id, current }: { id: string; current: string }) {
  const { t } = useTranslation('catalogue');
  const list = useTransitions(id, current);
  if (!list.data || list.data.items.length === 0) return null;
  return (
    <section>
      <h2>{t('occupation.transitions')}</h2>
      <p>{t('occupation.transitionsHelp')}</p>
      <ol className="portal-results">
        {list.data.items.map((x) => (
          <li key={x.escoUri}>
            <Link to={occupationPath(x.escoUri)} lang={x.titleLang === current ? undefined : x.titleLang}>
              {x.title}
            </Link>{' '}
            <span className="portal-meta">
              {t('occupation.shared', { count: x.sharedSkills })} ·{' '}
              {t('occupation.gap', { count: x.gapEssentialSkills })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Detail({ o, current, id }: { o: OccupationDetail; current: string; id: string }) {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <h1 lang={o.titleLang === current ? undefined : o.titleLang}>{o.title}</h1>
      {o.tags.length > 0 && (
        <ul className="portal-tags">
          {o.tags.map((tag) => (
            <li key={`${tag.tag}-${tag.region}`}>{t(`tag.${tag.tag}`, { source: tag.source, year: tag.year })}</li>
          ))}
        </ul>
      )}
      {o.description && (
        <p lang={o.description.lang === current ? undefined : o.description.lang}>{o.description.text}</p>
      )}
      {o.isco && (
        <p>
          {t('occupation.isco')}{' '}
          <span lang={o.isco.titleLang === current ? undefined : o.isco.titleLang}>{o.isco.title}</span> ({o.isco.code})
        </p>
      )}
      <aside className="portal-counsellor" aria-labelledby="talk-heading">
        <h2 id="talk-heading">{t('occupation.talkTitle')}</h2>
        <p>{t('occupation.talkText')}</p>
      </aside>
      <SkillList title={t('occupation.essential')} skills={o.essentialSkills} current={current} />
      <SkillList title={t('occupation.optional')} skills={o.optionalSkills} current={current} />
      <Transitions id={id} current={current} />
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
      {occupation.data && <Detail o={occupation.data} current={current} id={id} />}
    </main>
  );
}
