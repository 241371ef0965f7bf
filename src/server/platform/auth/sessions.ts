import { eq, lt, or, sql } from 'drizzle-orm';
import type { Role } from '../../../common/domain.js';
import type { OrganisationId, UserId } from '../../../common/ids.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { sessions, userSiteRoles, users } from '../../db/schema/index.js';
import type { StaffPrincipal } from './principal.js';
import { announceAuthChange } from './auth-cache.js';
import { randomToken, sha256 } from './tokens.js';

export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

/** Starts a fresh session (a new token at every sign-in, so a planted one is never reused). */
export async function createSession(db: Db, userId: string, policy: SessionPolicy, now = new Date()) {
  const token = randomToken();
  const csrfToken = randomToken(24);
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
  });
  return { token, csrfToken };
}

export type SessionLookup =
  | { ok: true; principal: StaffPrincipal; preferredLanguage: string; expiresAt: Date }
  | { ok: false; reason: 'unknown' | 'expired' };

/** Resolves a session cookie; ends it when idle or past its absolute lifetime, or when the account is disabled. */
export async function loadSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<SessionLookup> {
  const tokenHash = sha256(token);
  // One round trip: the session, its account and the account's roles per site.
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      roles: sql<{ siteId: string; role: Role }[]>`coalesce(
        (select json_agg(json_build_object('siteId', r.site_id, 'role', r.role))
           from ${userSiteRoles} r where r.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  if (!row) return { ok: false, reason: 'unknown' };
  const idleLimit = new Date(now.getTime() - policy.idleMinutes * 60_000);
  if (row.session.expiresAt <= now || row.session.lastSeenAt <= idleLimit || !row.user.active) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { ok: false, reason: 'expired' };
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const roles = new Map<string, Role[]>();
  for (const r of row.roles) roles.set(r.siteId, [...(roles.get(r.siteId) ?? []), r.role]);
  return {
    ok: true,
    preferredLanguage: row.user.preferredLanguage,
    expiresAt: row.session.expiresAt,
    principal: {
      kind: 'staff',
      userId: row.user.id as UserId,
      organisationId: row.user.organisationId as OrganisationId,
      displayName: row.user.displayName,
      roles,
      session: { tokenHash, csrfToken: row.session.csrfToken },
    },
  };
}

export async function endSession(db: Db, tokenHash: string) {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    await announceAuthChange(tx, { tokenHash });
  });
}

export async function endAllSessionsOf(db: DbOrTx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await announceAuthChange(db, { userId });
}

export async function purgeExpiredSessions(db: Db, policy: SessionPolicy, now = new Date()) {
  const idleLimit = new Date(now.getTime() - policy.idleMinutes * 60_000);
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleLimit)));
}
