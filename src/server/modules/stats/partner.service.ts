import type { Language } from '../../../common/domain.js';
import { protectSingle } from '../../../common/stats/disclosure.js';
import type { PartnerReport } from '../../../common/stats/schemas.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../platform/errors.js';
import { listOrganisations } from '../sites/organisations.service.js';
import { type ReportScope, checkPeriod } from './report.service.js';
import { periodFigures } from './report-figures.js';
import { activityFigures } from './sources/activities.js';

/**
 * One organisation's contribution in a period: its counsellors' sessions and hours against its
 * agreed share, and its events. Only that organisation's figures (and the share they make) leave.
 */
export async function partnerReport(
  db: Db,
  scope: ReportScope,
  organisationId: string,
  from: string,
  to: string,
  _lang: Language,
): Promise<PartnerReport> {
  checkPeriod(from, to);
  const org = (await listOrganisations(db)).find((o) => o.id === organisationId);
  if (!org) throw notFound();
  const [f, activities] = await Promise.all([
    periodFigures(db, scope.siteIds, from, to, 'month'),
    activityFigures(db, scope.siteIds, from, to),
  ]);
  const byOrg = f.byDimension.filter((r) => r.dimension === 'organisation');
  const own = byOrg.find((r) => r.value === organisationId);
  const total = byOrg.reduce((a, r) => a + r.sessions, 0);
  const o = scope.disclosure;
  const cell = (v: number) => protectSingle(v, o);
  const sessions = own?.sessions ?? 0;
  const hours = Math.round((own?.duration_seconds ?? 0) / 3600);
  const events = activities.byOrganiser.get(org.slug) ?? { events: 0, participants: 0 };
  return {
    from,
    to,
    organisation: { slug: org.slug, name: org.name },
    sessions: cell(sessions),
    hours: cell(hours),
    sharePercent: total > 0 && sessions >= o.threshold ? Math.round((sessions / total) * 1000) / 10 : null,
    agreedSharePercent: org.fundingSharePercent ?? null,
    events: cell(events.events),
    participants: cell(events.participants),
    threshold: o.threshold,
  };
}
