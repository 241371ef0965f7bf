import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Field, Language, Role } from '../../src/common/domain.js';
import type { Db } from '../../src/server/db/client.js';
import { organisations, sites, userSiteRoles, users } from '../../src/server/db/schema/index.js';
import { hashPassword } from '../../src/server/platform/auth/passwords.js';
import type { App } from '../../src/server/platform/context.js';
import { BRUSSELS_SITE } from '../../src/server/seed/brussels.js';
import { DEMO_DOMAIN, DEMO_PASSWORD } from '../../src/server/seed/demo.js';
import { Client } from './client.js';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
/** argon2 is slow on purpose: hash the factories' password once per test file. */
const sharedHash = () => {
  passwordHash ??= hashPassword(PASSWORD);
  return passwordHash;
};

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export async function makeOrganisation(db: Db, overrides: Partial<typeof organisations.$inferInsert> = {}) {
  const slug = unique('org');
  const [row] = await db
    .insert(organisations)
    .values({ slug, name: { fr: slug, nl: slug, en: slug }, kind: 'partner', ...overrides })
    .returning();
  if (!row) throw new Error('organisation insert failed');
  return row;
}

export async function makeSite(db: Db, overrides: Partial<typeof sites.$inferInsert> = {}) {
  const [row] = await db
    .insert(sites)
    .values({ ...BRUSSELS_SITE, slug: unique('site'), ...overrides })
    .returning();
  if (!row) throw new Error('site insert failed');
  return row;
}

export async function siteBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(sites).where(eq(sites.slug, slug));
  if (!row) throw new Error(`no site ${slug}`);
  return row;
}

export type StaffOptions = {
  roles?: Role[];
  siteId?: string;
  organisationId?: string;
  active?: boolean;
  fields?: Field[];
  languages?: Language[];
};

/** A staff member with the given roles at a site (the demo site by default), password `PASSWORD`. */
export async function makeStaff(db: Db, options: StaffOptions = {}) {
  const organisationId = options.organisationId ?? (await makeOrganisation(db)).id;
  const siteId = options.siteId ?? (await siteBySlug(db, 'brussels')).id;
  const email = `${unique('staff')}@test.atrium.example`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      displayName: email.split('@')[0] as string,
      organisationId,
      passwordHash: await sharedHash(),
      languages: options.languages ?? ['fr'],
      fields: options.fields ?? [],
      active: options.active ?? true,
    })
    .returning();
  if (!user) throw new Error('user insert failed');
  const roles = options.roles ?? [];
  if (roles.length > 0) await db.insert(userSiteRoles).values(roles.map((role) => ({ userId: user.id, siteId, role })));
  return { ...user, password: PASSWORD };
}

/** Creates a staff member and returns a signed-in client for them. */
export async function signedInStaff(app: App, db: Db, options: StaffOptions = {}) {
  const user = await makeStaff(db, options);
  const client = await new Client(app).login(user.email, PASSWORD);
  return { user, client };
}

export const demoEmail = (who: 'admin' | 'manager' | 'reception' | 'counsellor' | 'steward' | 'partner') =>
  `${who}@${DEMO_DOMAIN}`;

/** Signs in as one of the demo accounts. */
export const signInDemo = (app: App, who: Parameters<typeof demoEmail>[0]) =>
  new Client(app).login(demoEmail(who), DEMO_PASSWORD);
