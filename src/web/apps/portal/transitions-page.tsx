import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TransitionsResult } from '../../../common/catalogue/portal-schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { CounsellorHint } from './counsellor-hint.js';
import { EscoAttribution } from './esco-attribution.js';
import { langAttr } from './lang-attr.js';
import { occupationPath, skillId, useTransitionTargets } from './portal-api.js';
import { SkillPicker } from './skill-picker.js';
import { TagFilter } from './tag-filter.js';
import { TransitionCard } from './transition-card.js';

const MAX_SKILLS = 40;

function TickedSkills({ result, onUntick }: { result: TransitionsResult; onUntick: (uri: string) => void }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  if (result.skills.length === 0) return null;
  return (
    <fieldset className="portal-filter">
      <legend>{t('skills.ticked', { count: result.skills.length })}</legend>
      <ul className="portal-ticked">
        {result.skills.map((s) => (
          <li key={s.escoUri}>
            <label className="portal-radio">
              <input type="checkbox" checked onChange={() => onUntick(s.escoUri)} />
              <span lang={langAttr(s.titleLang, current)}>{s.title}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Results({ result }: { result: TransitionsResult }) {
  const { t } = useTranslation('catalogue');
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">{t('transitions.count', { count: result.items.length })}</h2>
      {result.items.length === 0 ? (
        <p>{t('transitions.none')}</p>
      ) : (
        <ol className="portal-cards">
          {result.items.map((target, i) => (
            <TransitionCard key={target.escoUri} target={target} index={i} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** Career transitions: from an occupation, or from the skills a person ticks ("what I can do"). */
export function TransitionsPage() {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const skills = (params.get('skills') ?? '').split(',').filter(Boolean).slice(0, MAX_SKILLS);
  const tag = params.get('tag') ?? '';
  const targets = useTransitionTargets({ from, skills, tag }, current);
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const setSkills = (ids: string[]) => update({ skills: ids.join(',') });
  const start = targets.data?.from;
  return (
    <main id="main" className="portal-main">
      {from ? (
        <h1>
          {t('transitions.fromTitle')} {start && <span lang={langAttr(start.titleLang, current)}>{start.title}</span>}
        </h1>
      ) : (
        <h1>{t('transitions.title')}</h1>
      )}
      <p>{t('transitions.intro')}</p>
      {from ? (
        <p className="portal-links">
          {start && <Link to={occupationPath(start.escoUri)}>{t('transitions.backTo')}</Link>}
          <Link to="/portal/transitions">{t('transitions.fromSkillsInstead')}</Link>
        </p>
      ) : (
        <>
          {skills.length < MAX_SKILLS && (
            <SkillPicker
              picked={new Set(targets.data?.skills.map((s) => s.escoUri))}
              onPick={(uri) => setSkills([...new Set([...skills, skillId(uri)])])}
            />
          )}
          {targets.data && (
            <TickedSkills
              result={targets.data}
              onUntick={(uri) => setSkills(skills.filter((s) => s !== skillId(uri)))}
            />
          )}
          {skills.length === 0 && <p>{t('transitions.pickFirst')}</p>}
        </>
      )}
      {(from || skills.length > 0) && <TagFilter value={tag} onChange={(v) => update({ tag: v })} />}
      {targets.isLoading && <Loading />}
      {targets.isError && <QueryFailed error={targets.error} onRetry={() => void targets.refetch()} />}
      {targets.data && <Results result={targets.data} />}
      <CounsellorHint fields={['change']} />
      <EscoAttribution />
    </main>
  );
}
