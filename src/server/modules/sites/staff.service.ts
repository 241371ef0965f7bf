import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Role } from '../../../common/domain.js';
import type { StaffInput, staffPatchSchema } from '../../../common/schemas/sites/staff.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { organisations, passwordResets, sites, userSiteRoles, users } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { endAllSessionsOf } from '../../platform/auth/sessions.js';
import { randomToken, sha256 } from '../../platform/auth/tokens.js';
import { DomainError, mapUniqueViolation, notFound } from '../../platform/errors.js';
import { presentStaff } from './presenters.js';

const RESET_LINK_HOURS = 72;

async function rolesOf(db: DbOrTx, userIds: string[]) {
  const byUser = new Map<string, Map<string, Role[]>>();
  if (userIds.length === 0) return byUser;
  const rows = await db.select().from(userSiteRoles).where(inArray(userSiteRoles.userId, userIds));
  for (const r of rows) {
    const sitesOfUser = byUser.get(r.userId) ?? new Map<string, Role[]>();
    sitesOfUser.set(r.siteId, [...(sitesOfUser.get(r.siteId) ?? []), r.role as Role]);
    byUser.set(r.userId, sitesOfUser);
  }
  return byUser;
}

const siteRolesList = (m: Map<string, Role[]> | undefined) =>
  [...(m ?? new Map<string, Role[]>()).entries()].map(([siteId, roles]) => ({ siteId, roles: roles.sort() }));

export async function listStaff(db: Db, filter: { organisationId?: string } = {}) {
  const rows = await db
    .select()
    .from(users)
    .where(filter.organisationId ? eq(users.organisationId, filter.organisationId) : undefined)
    .orderBy(asc(users.displayName));
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentStaff(r, siteRolesList(roles.get(r.id))));
}

export async function getStaff(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!row) throw notFound();
  const roles = await rolesOf(db, [id]);
  return presentStaff(row, siteRolesList(roles.get(id)));
}

async function assertReferences(db: DbOrTx, input: Partial<StaffInput>) {
  if (input.organisationId) {
    const [org] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    if (!org)
      throw new DomainError('validation.failed', { fieldErrors: [{ field: 'organisationId', code: 'invalid_value' }] });
  }
  const siteIds = [...new Set((input.siteRoles ?? []).map((s) => s.siteId))];
  if (siteIds.length > 0) {
    const found = await db.select({ id: sites.id }).from(sites).where(inArray(sites.id, siteIds));
    if (found.length !== siteIds.length) {
      throw new DomainError('validation.failed', { fieldErrors: [{ field: 'siteRoles', code: 'invalid_value' }] });
    }
  }
}

async function replaceRoles(tx: DbOrTx, userId: string, siteRoles: StaffInput['siteRoles']) {
  await tx.delete(userSiteRoles).where(eq(userSiteRoles.userId, userId));
  const rows = siteRoles.flatMap((s) => [...new Set(s.roles)].map((role) => ({ userId, siteId: s.siteId, role })));
  if (rows.length > 0) await tx.insert(userSiteRoles).values(rows).onConflictDoNothing();
}

async function issueResetLink(tx: DbOrTx, userId: string, publicUrl: string) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000);
  await tx.insert(passwordResets).values({ tokenHash: sha256(token), userId, expiresAt });
  return { url: `${publicUrl}/reset-password#token=${token}`, expiresAt: expiresAt.toISOString() };
}

/** Creates a staff account; the person sets a password through the one-time link returned. */
export async function createStaff(db: Db, actor: StaffPrincipal, input: StaffInput, publicUrl: string) {
  return db.transaction(async (tx) => {
    await assertReferences(tx, input);
    const { siteRoles, ...fields } = input;
    const [row] = await tx
      .insert(users)
      .values(fields)
      .returning()
      .catch((e: unknown) => mapUniqueViolation(e, { users_email_key: 'email' }));
    if (!row) throw notFound();
    await replaceRoles(tx, row.id, siteRoles);
    const resetLink = await issueResetLink(tx, row.id, publicUrl);
    await recordAudit(tx, actor, { action: 'staff.create', targetType: 'user', targetId: row.id });
    const roles = await rolesOf(tx, [row.id]);
    return { staff: presentStaff(row, siteRolesList(roles.get(row.id))), resetLink };
  });
}

export async function updateStaff(db: Db, actor: StaffPrincipal, id: string, patch: z.infer<typeof staffPatchSchema>) {
  return db.transaction(async (tx) => {
    await assertReferences(tx, patch);
    const { siteRoles, ...fields } = patch;
    const [row] =
      Object.keys(fields).length > 0
        ? await tx
            .update(users)
            .set(fields)
            .where(eq(users.id, id))
            .returning()
            .catch((e: unknown) => mapUniqueViolation(e, { users_email_key: 'email' }))
        : await tx.select().from(users).where(eq(users.id, id));
    if (!row) throw notFound();
    if (siteRoles) await replaceRoles(tx, id, siteRoles);
    // Disabling an account, or changing what it may do, ends its sessions at once.
    if (fields.active === false || siteRoles) await endAllSessionsOf(tx, id);
    await recordAudit(tx, actor, {
      action: 'staff.update',
      targetType: 'user',
      targetId: id,
      detail: { fields: Object.keys(patch) },
    });
    const roles = await rolesOf(tx, [id]);
    return presentStaff(row, siteRolesList(roles.get(id)));
  });
}

export async function createResetLink(db: Db, actor: StaffPrincipal, id: string, publicUrl: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
    if (!row) throw notFound();
    await tx.delete(passwordResets).where(and(eq(passwordResets.userId, id)));
    const link = await issueResetLink(tx, id, publicUrl);
    await recordAudit(tx, actor, { action: 'staff.reset_link', targetType: 'user', targetId: id });
    return link;
  });
}
