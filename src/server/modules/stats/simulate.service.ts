import { sql } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import type { Db } from '../../db/client.js';
import { listOrganisations } from '../sites/organisations.service.js';
import type { SiteRow } from '../sites/sites.service.js';
import { activeQuestionnaire } from '../surveys/questionnaires.service.js';
import { rollupDays } from './rollup.service.js';
import { rows } from './rows.js';
import { walkInInsert } from './sources/walk-in-generator.js';

/** The seed's counsellors by organisation: 25 Actiris, 23 Bruxelles Formation, 14 from other partners. */
const COUNSELLOR_WEIGHTS: Record<string, number> = { actiris: 25, 'bruxelles-formation': 23, vdab: 4 };
const OTHERS_WEIGHT = 10;

/** 100 organisation ids repeated by weight, so a uniform pick in SQL is a weighted pick. */
export function organisationSlots(orgs: { id: string; slug: string }[]): string[] {
  const others = orgs.filter((o) => !(o.slug in COUNSELLOR_WEIGHTS));
  const weights = orgs.map((o) => COUNSELLOR_WEIGHTS[o.slug] ?? OTHERS_WEIGHT / Math.max(1, others.length));
  const total = weights.reduce((a, b) => a + b, 0);
  const slots: string[] = [];
  orgs.forEach((o, i) => {
    const n = Math.round(((weights[i] ?? 0) / total) * 100);
    for (let k = 0; k < n && slots.length < 100; k++) slots.push(o.id);
  });
  while (slots.length < 100) slots.push(orgs[0]?.id as string);
  return slots;
}

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export type SimulationResult = { from: string; to: string; tickets: number; responses: number };

/**
 * `atrium simulate --days N`: replaces the site's simulated history with N days ending yesterday —
 * walk-in tickets at the seed's rates (about 100 counselling clients a day), session questionnaire
 * answers from about 30 % of clients, and the daily rollup of those days. Real records are untouched.
 */
export async function simulateHistory(
  db: Db,
  site: SiteRow,
  days: number,
  now = new Date(),
): Promise<SimulationResult> {
  const to = addDays(serviceDate(now, site.timeZone), -1);
  const from = addDays(to, -(days - 1));
  const orgs = await listOrganisations(db);
  const questionnaire = await activeQuestionnaire(db, site.id as SiteId, 'session');
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from survey_responses where site_id = ${site.id} and simulated`);
    await tx.execute(sql`delete from tickets where site_id = ${site.id} and issued_via = 'simulated'`);
    await tx.execute(sql`delete from stats_daily where site_id = ${site.id} and simulated`);
    await tx.execute(sql`delete from stats_monthly where site_id = ${site.id} and simulated`);
    await tx.execute(
      walkInInsert({
        siteIds: [site.id],
        timeZones: [site.timeZone],
        from,
        to,
        perDay: 105,
        organisationSlots: organisationSlots(orgs),
      }),
    );
    if (questionnaire)
      await tx.execute(sql`
        insert into survey_responses (site_id, version_id, session_token, channel, service_date, field, language,
          organisation_id, answers, rating, simulated, submitted_at)
        select site_id, ${questionnaire.version.id}, token, case when random() < 0.8 then 'phone' else 'qr' end,
          service_date, field, language, organisation_id,
          jsonb_build_object('overall', rating, 'helped', random() < 0.8), rating, true, ended_at + interval '4 minutes'
        from (
          select t.*, case when x < 0.5 then 5 when x < 0.8 then 4 when x < 0.92 then 3 when x < 0.97 then 2 else 1 end as rating
          from (select t.*, random() as x, random() as y from tickets t
                where t.site_id = ${site.id} and t.issued_via = 'simulated' and t.status = 'done') t
          where y < 0.3
        ) answered`);
  });
  await rollupDays(db, [site.id], from, to);
  const [counts] = await rows<{ tickets: number; responses: number }>(
    db,
    sql`select (select count(*)::int from tickets where site_id = ${site.id} and issued_via = 'simulated') as tickets,
      (select count(*)::int from survey_responses where site_id = ${site.id} and simulated) as responses`,
  );
  return { from, to, tickets: counts?.tickets ?? 0, responses: counts?.responses ?? 0 };
}
