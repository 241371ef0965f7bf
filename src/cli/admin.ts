import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { emailSchema, nameSchema, slugSchema } from '../common/schemas/shared.js';
import { loadConfig } from '../server/config.js';
import { migrate } from '../server/db/migrate.js';
import { openConfiguredDatabase } from '../server/db/open.js';
import { organisations, passwordResets, sites, userSiteRoles, users } from '../server/db/schema/index.js';
import { randomToken, sha256 } from '../server/platform/auth/tokens.js';

const optionsSchema = z.object({ email: emailSchema, name: nameSchema, site: slugSchema });

/** Creates an administrator (and, on an empty install, a first site and organisation) and prints a set-password link. */
export async function adminCreateCommand(raw: { email: string; name: string; site: string }) {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const { email, name, site: siteSlug } = parsed.data;
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrate(database);
    const link = await database.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (existing) throw new Error(`an account with ${email} already exists`);
      let [site] = await tx.select().from(sites).where(eq(sites.slug, siteSlug));
      if (!site) {
        const name3 = { fr: 'Cité des Métiers', nl: 'Beroepenpunt', en: 'Cité des Métiers' };
        const closed: never[] = [];
        const day = [{ open: '09:00', close: '17:00' }];
        [site] = await tx
          .insert(sites)
          .values({
            slug: siteSlug,
            name: name3,
            address: '—',
            timeZone: 'Europe/Brussels',
            languages: ['fr', 'nl', 'en'],
            fields: ['choose', 'train', 'change', 'work', 'create', 'move'],
            openingHours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: closed, sun: closed },
            timeLimits: { counsellingMinutes: 30, computerMinutes: 60, tabletMinutes: 30 },
            branding: { primaryColor: '#1f4e8c', accentColor: '#c2410c' },
          })
          .returning();
      }
      let [org] = await tx.select().from(organisations).limit(1);
      if (!org) {
        [org] = await tx
          .insert(organisations)
          .values({
            slug: 'centre',
            name: { fr: 'Centre', nl: 'Centrum', en: 'Centre' },
            kind: 'other',
            website: null,
            fundingSharePercent: null,
          })
          .returning();
      }
      if (!site || !org) throw new Error('could not prepare the site and organisation');
      const [user] = await tx
        .insert(users)
        .values({ email, displayName: name, organisationId: org.id, languages: ['fr'], fields: [], active: true })
        .returning();
      if (!user) throw new Error('could not create the account');
      await tx.insert(userSiteRoles).values([
        { userId: user.id, siteId: site.id, role: 'admin' },
        { userId: user.id, siteId: site.id, role: 'manager' },
      ]);
      const token = randomToken();
      await tx
        .insert(passwordResets)
        .values({ tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + 72 * 3_600_000) });
      return `${config.publicUrl}/reset-password#token=${token}`;
    });
    console.log(`Administrator ${email} created. Set the password within 72 hours at:\n  ${link}`);
  } finally {
    await database.close();
  }
}
