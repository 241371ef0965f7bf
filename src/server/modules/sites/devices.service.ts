import { and, asc, eq, gt } from 'drizzle-orm';
import type { z } from 'zod';
import type { deviceInputSchema } from '../../../common/schemas/sites/device.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { devices, sites, stations } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { announceAuthChange } from '../../platform/auth/auth-cache.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import { normaliseCode, oneTimeCode, randomToken, sha256 } from '../../platform/auth/tokens.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { presentDevice } from './presenters.js';

const CODE_MINUTES = 30;

export async function listDevices(db: Db, siteId: SiteId) {
  const rows = await db.select().from(devices).where(eq(devices.siteId, siteId)).orderBy(asc(devices.createdAt));
  return rows.map(presentDevice);
}

async function checkStation(db: Db, siteId: SiteId, input: z.infer<typeof deviceInputSchema>) {
  const wantsStation = input.kind === 'station';
  if (wantsStation !== (input.stationId !== null)) {
    throw new DomainError('validation.failed', {
      fieldErrors: [{ field: 'stationId', code: wantsStation ? 'required' : 'invalid_value' }],
    });
  }
  if (input.stationId) {
    const [station] = await db
      .select({ id: stations.id })
      .from(stations)
      .where(and(eq(stations.id, input.stationId), eq(stations.siteId, siteId)));
    if (!station)
      throw new DomainError('validation.failed', { fieldErrors: [{ field: 'stationId', code: 'invalid_value' }] });
  }
}

/** Enrols a device: it starts pending, with a one-time code shown once to the administrator. */
export async function enrolDevice(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  input: z.infer<typeof deviceInputSchema>,
) {
  await checkStation(db, siteId, input);
  const code = oneTimeCode();
  const expiresAt = new Date(Date.now() + CODE_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(devices)
      .values({ ...input, siteId, status: 'pending', codeHash: sha256(normaliseCode(code)), codeExpiresAt: expiresAt })
      .returning();
    if (!row) throw notFound();
    await recordAudit(tx, actor, {
      action: 'device.enrol',
      targetType: 'device',
      targetId: row.id,
      siteId,
      detail: { kind: input.kind },
    });
    await recordEvent(tx, siteId, 'device.changed', { id: row.id, change: 'created' });
    return { device: presentDevice(row), code, expiresAt: expiresAt.toISOString() };
  });
}

/** A new one-time code; the device's current token (if any) stops working when the new code is claimed. */
export async function newEnrolmentCode(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  const code = oneTimeCode();
  const expiresAt = new Date(Date.now() + CODE_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(devices)
      .set({
        status: 'pending',
        codeHash: sha256(normaliseCode(code)),
        codeExpiresAt: expiresAt,
        tokenHash: null,
        revokedAt: null,
      })
      .where(and(eq(devices.id, id), eq(devices.siteId, siteId)))
      .returning();
    if (!row) throw notFound();
    await announceAuthChange(tx, { deviceId: id });
    await recordAudit(tx, actor, { action: 'device.new_code', targetType: 'device', targetId: id, siteId });
    await recordEvent(tx, siteId, 'device.changed', { id, change: 'updated' });
    return { device: presentDevice(row), code, expiresAt: expiresAt.toISOString() };
  });
}

/** A device's browser trades the one-time code for its long-lived token (returned once). */
export async function claimDevice(db: Db, code: string) {
  const token = randomToken();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(devices)
      .set({ status: 'active', codeHash: null, codeExpiresAt: null, tokenHash: sha256(token), enrolledAt: new Date() })
      .where(
        and(
          eq(devices.codeHash, sha256(normaliseCode(code))),
          eq(devices.status, 'pending'),
          gt(devices.codeExpiresAt, new Date()),
        ),
      )
      .returning();
    if (!row) throw new DomainError('device.code_invalid');
    const [site] = await tx.select({ slug: sites.slug }).from(sites).where(eq(sites.id, row.siteId));
    const siteId = trustedSiteId(row.siteId);
    await recordAudit(tx, null, { action: 'device.claim', targetType: 'device', targetId: row.id, siteId });
    await recordEvent(tx, siteId, 'device.changed', { id: row.id, change: 'enrolled' });
    return {
      token,
      device: {
        id: row.id,
        kind: row.kind as 'kiosk' | 'display' | 'station',
        label: row.label,
        siteSlug: site?.slug ?? '',
      },
    };
  });
}

export async function deviceSummary(db: Db, id: string) {
  const [row] = await db
    .select({ id: devices.id, kind: devices.kind, label: devices.label, siteSlug: sites.slug })
    .from(devices)
    .innerJoin(sites, eq(sites.id, devices.siteId))
    .where(eq(devices.id, id));
  if (!row) throw notFound();
  return { ...row, kind: row.kind as 'kiosk' | 'display' | 'station' };
}

/** Revoking takes effect on the device's next request. */
export async function revokeDevice(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(devices)
      .set({ status: 'revoked', revokedAt: new Date(), codeHash: null, codeExpiresAt: null })
      .where(and(eq(devices.id, id), eq(devices.siteId, siteId)))
      .returning();
    if (!row) throw notFound();
    await announceAuthChange(tx, { deviceId: id });
    await recordAudit(tx, actor, { action: 'device.revoke', targetType: 'device', targetId: id, siteId });
    await recordEvent(tx, siteId, 'device.changed', { id, change: 'revoked' });
    return presentDevice(row);
  });
}
