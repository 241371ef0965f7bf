import type { Language } from '../../../common/domain.js';
import type { ProtectedCell } from '../../../common/stats/disclosure.js';
import { outcomeSentence } from '../../../common/stats/outcome.js';
import type { OutcomeReport } from '../../../common/stats/schemas.js';
import type { Db } from '../../db/client.js';
import { statsText } from './labels.js';
import { periodReport, type ReportScope } from './report.service.js';

/**
 * The outcome report of a period: the figures of the sentence ("more than 10,000 visitors received
 * personal advice…", rounded down to a round number) and the supporting table, disclosure-controlled.
 */
export async function outcomeReport(
  db: Db,
  scope: ReportScope,
  from: string,
  to: string,
  lang: Language,
): Promise<OutcomeReport> {
  const r = await periodReport(db, scope, { from, to, scope: 'site' }, lang);
  const value = (c: ProtectedCell | undefined) => (c && !c.hidden ? c.value : 0);
  const sentence = outcomeSentence({
    from,
    to,
    advised: value(r.totals.visitors),
    collective: value(r.activities?.participants),
    digital: value(r.space?.uses),
  });
  const row = (key: string, cell: ProtectedCell | null | undefined) =>
    cell ? [{ key, label: statsText(lang, `outcome.row.${key}`), value: cell }] : [];
  const minutes = (key: string, v: number | null) =>
    v === null
      ? []
      : [{ key, label: statsText(lang, `outcome.row.${key}`), value: { hidden: false as const, value: v } }];
  return {
    from,
    to,
    sentence: { advised: sentence.advised, collective: sentence.collective, digital: sentence.digital },
    rows: [
      ...row('visitors', r.totals.visitors),
      ...row('sessions', r.totals.sessions),
      ...row('referrals', r.totals.referrals),
      ...row('events', r.activities?.events),
      ...row('participants', r.activities?.participants),
      ...row('spaceUses', r.space?.uses),
      ...row('rated', r.totals.rated),
      ...minutes('satisfaction', r.totals.satisfaction),
      ...minutes('waitMedian', r.totals.waitMedianMinutes),
      ...minutes('durationMedian', r.totals.durationMedianMinutes),
    ],
    threshold: r.threshold,
    includesSimulated: r.includesSimulated,
  };
}
