import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Labelled, TransitionTarget } from '../../../common/catalogue/portal-schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { langAttr } from './lang-attr.js';
import { OccupationTags } from './occupation-tags.js';
import { OfferSummaryList } from './offer-summary-list.js';
import { occupationPath } from './portal-api.js';

function Skills({ skills, total }: { skills: Labelled[]; total: number }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  return (
    <>
      <ul className="portal-skills">
        {skills.map((s) => (
          <li key={s.escoUri} lang={langAttr(s.titleLang, current)}>
            {s.title}
          </li>
        ))}
      </ul>
      {total > skills.length && (
        <p className="portal-meta">{t('transitions.more', { count: total - skills.length })}</p>
      )}
    </>
  );
}

/** One target occupation: how close, what the person already has, what to learn, and trainings for it. */
export function TransitionCard({ target, index }: { target: TransitionTarget; index: number }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const headingId = `target-${index}`;
  return (
    <li className="portal-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={occupationPath(target.escoUri)} lang={langAttr(target.titleLang, current)}>
          {target.title}
        </Link>
      </h3>
      <p className="portal-meta">{t('transitions.match', { percent: Math.round(target.score * 100) })}</p>
      <OccupationTags tags={target.tags} />
      <details>
        <summary>{t('transitions.shared', { count: target.sharedCount })}</summary>
        <Skills skills={target.sharedSkills} total={target.sharedCount} />
      </details>
      {target.gapCount === 0 ? (
        <p>{t('transitions.noGap')}</p>
      ) : (
        <details>
          <summary>{t('transitions.gap', { count: target.gapCount })}</summary>
          <Skills skills={target.gapSkills} total={target.gapCount} />
        </details>
      )}
      <h4>{t('transitions.trainings')}</h4>
      {target.trainings.length === 0 ? (
        <p>{t('transitions.noTrainings')}</p>
      ) : (
        <OfferSummaryList
          items={target.trainings}
          extra={(o) => (o.coversGapSkills > 0 ? t('transitions.covers', { count: o.coversGapSkills }) : null)}
        />
      )}
    </li>
  );
}
