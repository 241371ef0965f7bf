import { FIELDS, LANGUAGES, type Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import {
  type DisclosureOptions,
  type ProtectedCell,
  protectColumn,
  protectSingle,
  protectTable,
} from '../../../common/stats/disclosure.js';
import { histogramPercentile } from '../../../common/stats/histogram.js';
import { MAX_REPORT_DAYS, type PeriodQuery, type PeriodReport } from '../../../common/stats/schemas.js';
import type { Db } from '../../db/client.js';
import { DomainError } from '../../platform/errors.js';
import { listOrganisations } from '../sites/organisations.service.js';
import { listSites } from '../sites/sites.service.js';
import { labeller } from './labels.js';
import { type DimensionRow, periodFigures } from './report-figures.js';
import { getStatsSettings } from './settings.service.js';
import { activityFigures, spaceFigures } from './sources/activities.js';

const DAY = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;

/** Checks a period: from ≤ to, at most five years. */
export function checkPeriod(from: string, to: string) {
  const days = daysBetween(from, to);
  if (!(days >= 1 && days <= MAX_REPORT_DAYS))
    throw new DomainError('stats.range_invalid', {
      fieldErrors: [{ field: days < 1 ? 'to' : 'from', code: 'invalid' }],
    });
  return days;
}

export type ReportScope = { siteIds: SiteId[]; slugs: string[]; disclosure: DisclosureOptions & { threshold: number } };

/** The sites a report covers (one site, or every site of the network) and the disclosure settings. */
export async function reportScope(db: Db, siteId: SiteId, scope: PeriodQuery['scope']): Promise<ReportScope> {
  const sites = await listSites(db);
  const chosen = scope === 'network' ? sites : sites.filter((s) => s.id === siteId);
  const settings = await getStatsSettings(db, siteId);
  return {
    siteIds: chosen.map((s) => s.id as SiteId),
    slugs: chosen.map((s) => s.slug),
    disclosure: { threshold: settings.threshold, roundTo: settings.roundTo },
  };
}

const single = (value: number, o: ReportScope['disclosure']): ProtectedCell => protectSingle(value, o);

/** A one-way breakdown of sessions, protected, with labels (rows that are all zero are dropped). */
function breakdown(
  rows: DimensionRow[],
  dimension: string,
  label: (d: string, k: string) => string,
  o: ReportScope['disclosure'],
) {
  const own = rows.filter((r) => r.dimension === dimension && r.sessions > 0).sort((a, b) => b.sessions - a.sessions);
  const p = protectColumn(
    own.map((r) => r.sessions),
    o,
  );
  return own.map((r, i) => ({ key: r.value, label: label(dimension, r.value), sessions: p.cells[i] as ProtectedCell }));
}

/** Answers per field are a one-way table (protected); an average is shown only where its count is. */
function satisfactionRows(o: ReportScope['disclosure']) {
  return (rows: { key: string; label: string; row: DimensionRow | undefined }[]) => {
    const p = protectColumn(
      rows.map((r) => r.row?.rated ?? 0),
      o,
    );
    return rows.map((r, i) => {
      const rated = p.cells[i] as ProtectedCell;
      const average = !rated.hidden && r.row ? Math.round((r.row.rating_sum / r.row.rated) * 100) / 100 : null;
      return { key: r.key, label: r.label, rated, average };
    });
  };
}

export async function periodReport(db: Db, scope: ReportScope, q: PeriodQuery, lang: Language): Promise<PeriodReport> {
  const days = checkPeriod(q.from, q.to);
  const step = q.step ?? (days <= 31 ? 'day' : days <= 183 ? 'week' : 'month');
  const o = scope.disclosure;
  const [f, orgs, activities, space] = await Promise.all([
    periodFigures(db, scope.siteIds, q.from, q.to, step),
    listOrganisations(db),
    activityFigures(db, scope.siteIds, q.from, q.to),
    spaceFigures(db, scope.siteIds, q.from, q.to),
  ]);
  const label = labeller(lang, new Map(orgs.map((x) => [x.id, x.name[lang]])));
  const get = (dimension: string, value: string) =>
    f.byDimension.find((r) => r.dimension === dimension && r.value === value);
  const all = get('all', '');
  /** A field's figures: the sum of its field × language rows. */
  const byField = (field: string): DimensionRow | undefined => {
    const parts = f.byDimension.filter((r) => r.dimension === 'field_language' && r.value.startsWith(`${field}|`));
    if (parts.length === 0) return undefined;
    const sum = { ...(parts[0] as DimensionRow) };
    for (const r of parts.slice(1)) {
      sum.tickets += r.tickets;
      sum.sessions += r.sessions;
      sum.referrals += r.referrals;
      sum.rated += r.rated;
      sum.rating_sum += r.rating_sum;
      sum.duration_seconds += r.duration_seconds;
    }
    return sum;
  };
  const cross = FIELDS.map((field) =>
    LANGUAGES.map((language) => get('field_language', `${field}|${language}`)?.sessions ?? 0),
  );
  const table = protectTable(cross, o);
  const series = protectColumn(
    f.series.map((s) => s.visitors),
    o,
  );
  const satisfaction = satisfactionRows(o);
  const ratedOf = (r?: DimensionRow) =>
    r && r.rated >= o.threshold ? Math.round((r.rating_sum / r.rated) * 100) / 100 : null;
  return {
    from: q.from,
    to: q.to,
    scope: q.scope,
    sites: scope.slugs,
    threshold: o.threshold,
    includesSimulated: f.byDimension.some((r) => r.simulated),
    totals: {
      visitors: single(all?.tickets ?? 0, o),
      sessions: table.total,
      referrals: single(all?.referrals ?? 0, o),
      rated: single(all?.rated ?? 0, o),
      satisfaction: ratedOf(all),
      waitMedianMinutes: histogramPercentile(f.waitBuckets, 0.5),
      waitP90Minutes: histogramPercentile(f.waitBuckets, 0.9),
      durationMedianMinutes: histogramPercentile(f.durationBuckets, 0.5),
      durationP90Minutes: histogramPercentile(f.durationBuckets, 0.9),
    },
    series: {
      step,
      points: f.series.map((s, i) => ({ period: s.period, visitors: series.cells[i] as ProtectedCell })),
    },
    fieldByLanguage: {
      fields: FIELDS.map((k) => ({ key: k, label: label('field', k) })),
      languages: LANGUAGES.map((k) => ({ key: k, label: label('language', k) })),
      cells: table.cells,
      fieldTotals: table.rowTotals,
      languageTotals: table.columnTotals,
      total: table.total,
    },
    organisation: breakdown(f.byDimension, 'organisation', label, o),
    audience: breakdown(f.byDimension, 'audience', label, o),
    channel: breakdown(f.byDimension, 'channel', label, o),
    satisfactionByField: satisfaction(FIELDS.map((k) => ({ key: k, label: label('field', k), row: byField(k) }))),
    activities: { events: single(activities.events, o), participants: single(activities.participants, o) },
    space: space ? { uses: single(space.uses, o), hours: single(space.hours, o) } : null,
  };
}
