/**
 * The load scenario's centre, added to the demo seed inside the server child: the site open all
 * week 00:00–23:59 with no early closing (so the bench runs at any hour), 200 more desks and 200
 * counsellor accounts whose fields × languages overlap, so desks share queues.
 */
import { eq } from 'drizzle-orm';
import { FIELDS, type Field, type Language } from '../src/common/domain.js';
import type { Db } from '../src/server/db/client.js';
import {
  desks,
  organisations,
  sites,
  userSiteRoles,
  users,
  visitSettings,
  zones,
} from '../src/server/db/schema/index.js';
import { hashPassword } from '../src/server/platform/auth/passwords.js';
import { DEMO_PASSWORD } from '../src/server/seed/demo.js';

export const BENCH_DESKS = 200;
export const BENCH_DESK_FIRST = 301;
export const benchCounsellorEmail = (i: number) => `bench-counsellor-${i}@bench.atrium.example`;

const ALL_DAY = [{ open: '00:00', close: '23:59' }];
const LANGUAGE_SETS: Language[][] = [['fr'], ['fr', 'nl'], ['fr', 'en'], ['nl', 'en'], ['fr', 'nl', 'en']];

/** Counsellor i serves two or three neighbouring fields in one of five language sets. */
export function benchProfile(i: number): { fields: Field[]; languages: Language[] } {
  const span = i % 3 === 0 ? 3 : 2;
  const fields = Array.from({ length: span }, (_, k) => FIELDS[(i + k) % FIELDS.length] as Field);
  return { fields, languages: LANGUAGE_SETS[i % LANGUAGE_SETS.length] as Language[] };
}

export async function setupQueueBench(db: Db) {
  const [site] = await db.select().from(sites).where(eq(sites.slug, 'brussels'));
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, 'actiris'));
  if (!site || !org) throw new Error('demo seed missing');
  const zone = (await db.select().from(zones).where(eq(zones.siteId, site.id))).find((z) => z.kind === 'counselling');
  await db
    .update(sites)
    .set({
      openingHours: {
        mon: ALL_DAY,
        tue: ALL_DAY,
        wed: ALL_DAY,
        thu: ALL_DAY,
        fri: ALL_DAY,
        sat: ALL_DAY,
        sun: ALL_DAY,
      },
    })
    .where(eq(sites.id, site.id));
  const settings = { closeBeforeMinutes: 0, recallLimit: 2, rules: { transferredFirst: true, ratios: [] } };
  await db
    .insert(visitSettings)
    .values({ siteId: site.id, ...settings })
    .onConflictDoUpdate({ target: visitSettings.siteId, set: settings });
  await db.insert(desks).values(
    Array.from({ length: BENCH_DESKS }, (_, i) => ({
      siteId: site.id,
      number: BENCH_DESK_FIRST + i,
      label: `Bench ${i + 1}`,
      zoneId: zone?.id ?? null,
    })),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once, shared by every bench account
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: BENCH_DESKS }, (_, i) => ({
        email: benchCounsellorEmail(i),
        displayName: `Bench Counsellor ${i}`,
        organisationId: org.id,
        passwordHash,
        languages: benchProfile(i).languages,
        fields: benchProfile(i).fields,
        contractHours: 38,
      })),
    )
    .returning({ id: users.id });
  await db.insert(userSiteRoles).values(rows.map((u) => ({ userId: u.id, siteId: site.id, role: 'counsellor' })));
}
