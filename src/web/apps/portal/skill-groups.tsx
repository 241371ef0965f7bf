import { useTranslation } from 'react-i18next';
import type { OccupationDetail } from '../../../common/catalogue/occupation-schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { langAttr } from './lang-attr.js';

type Skill = OccupationDetail['essentialSkills'][number];

/** ESCO tells know-how ("skill/competence") from knowledge; anything else counts as know-how. */
const isKnowledge = (s: Skill) => s.skillType === 'knowledge';

function SkillItems({ skills }: { skills: Skill[] }) {
  const { current } = useLanguage();
  return (
    <ul className="portal-skills">
      {skills.map((s) => (
        <li key={s.escoUri} lang={langAttr(s.titleLang, current)}>
          {s.title}
        </li>
      ))}
    </ul>
  );
}

/** Essential or optional skills, grouped into know-how and knowledge. */
export function SkillGroups({ title, skills }: { title: string; skills: Skill[] }) {
  const { t } = useTranslation('catalogue');
  if (skills.length === 0) return null;
  const knowHow = skills.filter((s) => !isKnowledge(s));
  const knowledge = skills.filter(isKnowledge);
  return (
    <section className="portal-block">
      <h2>{title}</h2>
      {knowHow.length > 0 && (
        <>
          <h3>{t('occupation.knowHow', { count: knowHow.length })}</h3>
          <SkillItems skills={knowHow} />
        </>
      )}
      {knowledge.length > 0 && (
        <>
          <h3>{t('occupation.knowledge', { count: knowledge.length })}</h3>
          <SkillItems skills={knowledge} />
        </>
      )}
    </section>
  );
}
