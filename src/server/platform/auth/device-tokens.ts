import { eq } from 'drizzle-orm';
import type { DeviceKind } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { devices } from '../../db/schema/index.js';
import { DomainError } from '../errors.js';
import type { DevicePrincipal } from './principal.js';
import { sha256 } from './tokens.js';

/** Resolves a device's bearer token to its narrow principal; a revoked device is told so. */
export async function loadDevice(db: Db, token: string, now = new Date()): Promise<DevicePrincipal> {
  const tokenHash = sha256(token);
  const [device] = await db.select().from(devices).where(eq(devices.tokenHash, tokenHash)).limit(1);
  if (!device) throw new DomainError('device.token_invalid');
  if (device.status === 'revoked') throw new DomainError('device.revoked');
  if (!device.lastSeenAt || now.getTime() - device.lastSeenAt.getTime() > 60_000) {
    await db.update(devices).set({ lastSeenAt: now }).where(eq(devices.id, device.id));
  }
  return {
    kind: 'device',
    deviceId: device.id,
    siteId: device.siteId as SiteId,
    deviceKind: device.kind as DeviceKind,
    stationId: device.stationId,
  };
}
