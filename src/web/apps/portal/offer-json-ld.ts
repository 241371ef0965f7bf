import type { ListingDetail } from '../../../common/catalogue/portal-schemas.js';

type Json = Record<string, unknown>;
const compact = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));

/** schema.org `Course` for a training, `JobPosting` for a vacancy (null for other kinds). */
export function offerJsonLd(o: ListingDetail, url: string): Json | null {
  const d = o.details;
  const organisation = (name: string | undefined) =>
    compact({ '@type': 'Organization', name: name || o.organisation.name, sameAs: o.organisationWebsite ?? undefined });
  const place = d.place
    ? { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: d.place } }
    : undefined;
  if (o.kind === 'training')
    return compact({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: o.title,
      description: o.description?.text ?? o.title,
      url,
      inLanguage: o.languages,
      provider: organisation(d.provider),
      about: o.occupations.length > 0 ? o.occupations.map((x) => x.title) : undefined,
      teaches: o.skills.length > 0 ? o.skills.map((x) => x.title) : undefined,
      hasCourseInstance: compact({
        '@type': 'CourseInstance',
        courseMode: 'onsite',
        location: place,
        courseSchedule: d.schedule ? { '@type': 'Schedule', description: d.schedule } : undefined,
      }),
    });
  if (o.kind === 'vacancy')
    return compact({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: o.title,
      description: o.description?.text ?? o.title,
      url,
      datePosted: o.updatedAt.slice(0, 10),
      validThrough: o.closesOn ?? undefined,
      hiringOrganization: organisation(d.employer),
      jobLocation: place,
      employmentType: d.contract,
      occupationalCategory: o.occupations[0]?.title,
      skills: o.skills.length > 0 ? o.skills.map((x) => x.title).join(', ') : undefined,
      directApply: Boolean(d.apply_url),
    });
  return null;
}
