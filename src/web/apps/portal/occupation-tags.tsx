import { useTranslation } from 'react-i18next';
import type { OccupationDetail } from '../../../common/catalogue/occupation-schemas.js';

/** "New profession" and "shortage occupation" marks, each with its source and year. */
export function OccupationTags({ tags }: { tags: OccupationDetail['tags'] }) {
  const { t } = useTranslation('catalogue');
  if (tags.length === 0) return null;
  return (
    <ul className="portal-tags">
      {tags.map((tag) => (
        <li key={`${tag.tag}-${tag.region}`} className={`portal-tag portal-tag-${tag.tag}`}>
          {t(`tag.${tag.tag}`, { source: tag.source, year: tag.year })}
        </li>
      ))}
    </ul>
  );
}
