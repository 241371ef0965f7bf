import { and, eq, gt, isNull } from 'drizzle-orm';
import { type Field, ROLE_HOME, ROLES, type Language, type Role } from '../../../common/domain.js';
import type { Me } from '../../../common/schemas/auth.js';
import type { Db } from '../../db/client.js';
import { organisations, passwordResets, sites, userSiteRoles, users } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { createSession, endAllSessionsOf, type SessionPolicy } from '../../platform/auth/sessions.js';
import { sha256 } from '../../platform/auth/tokens.js';
import { DomainError } from '../../platform/errors.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** Checks the password; after repeated failures the account is throttled for a while (429). */
export async function signIn(db: Db, email: string, password: string, policy: SessionPolicy, now = new Date()) {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (user?.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new DomainError('auth.too_many_attempts', { params: { minutes }, retryAfterSeconds: minutes * 60 });
  }
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || !user.active) {
    if (user) {
      const failed = user.failedLogins + 1;
      const lock = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
      await db
        .update(users)
        .set({ failedLogins: lock ? 0 : failed, lockedUntil: lock })
        .where(eq(users.id, user.id));
      await recordAudit(db, null, { action: 'auth.login_failed', targetType: 'user', targetId: user.id });
    }
    throw new DomainError('auth.invalid_credentials');
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null, lastSignInAt: now }).where(eq(users.id, user.id));
  await recordAudit(db, null, { action: 'auth.login', targetType: 'user', targetId: user.id });
  return { ...(await createSession(db, user.id, policy, now)), userId: user.id };
}

export async function describeMe(db: Db, principal: StaffPrincipal): Promise<Me> {
  const [row] = await db
    .select({ user: users, organisation: organisations })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, principal.userId));
  if (!row) throw new DomainError('auth.session_expired');
  const lang = row.user.preferredLanguage as Language;
  const siteRows = await db
    .select({ id: sites.id, slug: sites.slug, name: sites.name, role: userSiteRoles.role })
    .from(userSiteRoles)
    .innerJoin(sites, eq(sites.id, userSiteRoles.siteId))
    .where(eq(userSiteRoles.userId, principal.userId));
  const bySite = new Map<string, { id: string; slug: string; name: string; roles: Role[] }>();
  for (const s of siteRows) {
    const entry = bySite.get(s.id) ?? { id: s.id, slug: s.slug, name: s.name[lang], roles: [] };
    entry.roles.push(s.role as Role);
    bySite.set(s.id, entry);
  }
  const roles = ROLES.filter((r) => siteRows.some((s) => s.role === r));
  const home = roles.length > 0 ? ROLE_HOME[roles[0] as Role] : '/';
  return {
    user: {
      id: row.user.id,
      displayName: row.user.displayName,
      email: row.user.email,
      preferredLanguage: lang,
      languages: row.user.languages as Language[],
      fields: row.user.fields as Field[],
    },
    organisation: { id: row.organisation.id, slug: row.organisation.slug, name: row.organisation.name[lang] },
    sites: [...bySite.values()],
    roles,
    home,
    csrfToken: principal.session.csrfToken,
  };
}

export async function setPreferredLanguage(db: Db, principal: StaffPrincipal, lang: Language) {
  await db.update(users).set({ preferredLanguage: lang }).where(eq(users.id, principal.userId));
}

/** Changing one's password ends every other session of the account. */
export async function changePassword(
  db: Db,
  principal: StaffPrincipal,
  current: string,
  next: string,
  policy: SessionPolicy,
) {
  const [user] = await db.select().from(users).where(eq(users.id, principal.userId));
  if (!user || !(await verifyPassword(user.passwordHash, current))) throw new DomainError('auth.wrong_password');
  const passwordHash = await hashPassword(next);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await endAllSessionsOf(tx, user.id);
    await recordAudit(tx, principal, { action: 'auth.password_change', targetType: 'user', targetId: user.id });
    return createSession(tx as unknown as Db, user.id, policy);
  });
}

/** Sets a password from an admin-issued one-time link. */
export async function resetPassword(db: Db, token: string, next: string) {
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResets.tokenHash, sha256(token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!reset) throw new DomainError('auth.reset_invalid');
    await tx.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(users.id, reset.userId));
    await endAllSessionsOf(tx, reset.userId);
    await recordAudit(tx, null, { action: 'auth.password_reset', targetType: 'user', targetId: reset.userId });
  });
}
