import { parse } from 'csv-parse/sync';
import { type OfferInput, offerInputSchema } from '../../../../common/catalogue/offer-schemas.js';
import type { FeedRowReason } from '../../../../common/catalogue/feed-reasons.js';
import { unstorableTextIssues } from '../../../platform/storable-text.js';
import { FeedFailureError, invalidField } from './row-reasons.js';

export type FeedRow = { row: number; sourceId: string | null; input?: OfferInput; reason?: FeedRowReason };
/** A file that cannot be read at all (nothing of it is imported). */
export class FeedFileError extends FeedFailureError {}

const CSV_REQUIRED = ['source_id', 'kind'];
const DETAIL_COLUMNS = [
  'provider',
  'employer',
  'place',
  'schedule',
  'cost',
  'duration',
  'contract',
  'apply_url',
  'conditions',
  'audience',
  'access',
  'hours',
];

const list = (v: unknown) =>
  String(v ?? '')
    .split(/[,;\s]+/)
    .filter((s) => s !== '');
const texts = (r: Record<string, unknown>, prefix: string) =>
  Object.fromEntries(
    ['fr', 'nl', 'en'].flatMap((l) => {
      const v = String(r[`${prefix}_${l}`] ?? '').trim();
      return v ? [[l, v]] : [];
    }),
  );

function validate(row: number, sourceId: string | null, candidate: unknown, today: string): FeedRow {
  if (!sourceId) return { row, sourceId, reason: { code: 'missing_source_id' } };
  const parsed = offerInputSchema.safeParse(candidate);
  if (!parsed.success) return { row, sourceId, reason: invalidField(parsed.error.issues[0]) };
  const unstorable = unstorableTextIssues({ sourceId, ...parsed.data })[0];
  if (unstorable)
    return {
      row,
      sourceId,
      reason: { code: 'broken_character', params: { field: unstorable.path.map(String).join('.') } },
    };
  if (parsed.data.closesOn && parsed.data.closesOn < today)
    return { row, sourceId, reason: { code: 'closing_date_past', params: { closesOn: parsed.data.closesOn } } };
  return { row, sourceId, input: parsed.data };
}

/** CSV: one offer per line; `title_fr|nl|en`, `description_…`, `languages`, `occupation_uris`, details. */
export function csvRows(content: string, today: string): FeedRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(content, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'parse error';
    throw new FeedFileError({ code: 'unreadable_csv', params: { detail } });
  }
  const header = Object.keys(records[0] ?? {});
  const missing = CSV_REQUIRED.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0)
    throw new FeedFileError({ code: 'missing_columns', params: { columns: missing.join(', ') } });
  return records.map((r, i) =>
    validate(
      i + 2,
      r.source_id?.trim() || null,
      {
        kind: r.kind,
        titles: texts(r, 'title'),
        descriptions: texts(r, 'description'),
        languages: list(r.languages || 'fr'),
        occupationUris: list(r.occupation_uris),
        details: Object.fromEntries(DETAIL_COLUMNS.flatMap((c) => (r[c] ? [[c, r[c]]] : []))),
        closesOn: r.closes_on?.trim() || null,
        status: 'published',
      },
      today,
    ),
  );
}

type Json = Record<string, unknown>;
const str = (v: unknown): string =>
  typeof v === 'string' ? v : v && typeof v === 'object' && 'name' in v ? str((v as Json).name) : '';
const KIND: Record<string, OfferInput['kind']> = {
  JobPosting: 'vacancy',
  Course: 'training',
  EducationalOccupationalProgram: 'training',
};

/** JSON / JSON-LD: schema.org JobPosting, Course or EducationalOccupationalProgram (array or @graph). */
export function jsonRows(content: string, today: string): FeedRow[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new FeedFileError({ code: 'broken_json' });
  }
  const items: unknown[] = Array.isArray(data)
    ? data
    : Array.isArray((data as Json)?.['@graph'])
      ? ((data as Json)['@graph'] as unknown[])
      : [data];
  return items.map((item, i) => {
    const o = (item && typeof item === 'object' ? item : {}) as Json;
    const type = String(o['@type'] ?? '');
    const kind = KIND[type];
    const id = str(o.identifier) || String(o['@id'] ?? '') || null;
    if (!kind) return { row: i + 1, sourceId: id, reason: { code: 'unsupported_type', params: { type } } };
    const lang = (['fr', 'nl', 'en'].includes(String(o.inLanguage)) ? String(o.inLanguage) : 'fr') as 'fr';
    const closes = String(o.validThrough ?? o.endDate ?? '').slice(0, 10) || null;
    return validate(
      i + 1,
      id,
      {
        kind,
        titles: { [lang]: str(o.title) || str(o.name) },
        descriptions: str(o.description) ? { [lang]: str(o.description) } : {},
        languages: [lang],
        details: Object.fromEntries(
          [
            ['employer', str(o.hiringOrganization)],
            ['provider', str(o.provider)],
            ['place', str((o.jobLocation as Json | undefined)?.address) || str(o.jobLocation) || str(o.location)],
            ['contract', str(o.employmentType)],
            ['apply_url', str(o.url)],
          ].filter(([, v]) => v),
        ),
        closesOn: closes,
        status: 'published',
      },
      today,
    );
  });
}
