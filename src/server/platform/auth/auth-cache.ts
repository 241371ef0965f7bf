import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client.js';
import type { DevicePrincipal, StaffPrincipal } from './principal.js';

export const AUTH_CHANNEL = 'atrium_auth';

/** What stopped being valid: one session, every session of an account, or a device's token. */
export type AuthChange = { tokenHash?: string; userId?: string; deviceId?: string };

type CachedSession = { ok: true; principal: StaffPrincipal; expiresAt: Date };
type Entry<T> = { value: T; until: number };

/**
 * Keeps resolved sessions and device tokens for a few seconds, so most requests skip the database.
 * Every change that ends a session or a device is announced with NOTIFY in its own transaction,
 * and every instance drops the matching entries as it commits: signing out, disabling an account
 * or revoking a device still takes effect at once, on every instance. A lookup that raced with such
 * a change is not kept (the generation counter moved on while it ran).
 */
export class AuthCache {
  private generation = 0;
  private readonly sessions = new Map<string, Entry<CachedSession>>();
  private readonly devices = new Map<string, Entry<DevicePrincipal>>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly ttlMs: number) {}

  async start(database: Database) {
    if (this.ttlMs <= 0) return;
    this.unlisten = await database.listen(AUTH_CHANNEL, (payload) => {
      try {
        this.invalidate(JSON.parse(payload) as AuthChange);
      } catch {
        this.clear();
      }
    });
  }

  async stop() {
    await this.unlisten?.();
    this.clear();
  }

  clear() {
    this.generation++;
    this.sessions.clear();
    this.devices.clear();
  }

  invalidate(change: AuthChange) {
    this.generation++;
    for (const [key, entry] of this.sessions) {
      const p = entry.value.principal;
      if (key === change.tokenHash || p.userId === change.userId) this.sessions.delete(key);
    }
    for (const [key, entry] of this.devices) if (entry.value.deviceId === change.deviceId) this.devices.delete(key);
  }

  async session<L extends { ok: false } | CachedSession>(tokenHash: string, load: () => Promise<L>): Promise<L> {
    if (this.ttlMs <= 0) return load();
    const now = Date.now();
    const hit = this.sessions.get(tokenHash);
    if (hit && hit.until > now) return hit.value as L;
    const generation = this.generation;
    const lookup = await load();
    if (lookup.ok && generation === this.generation) {
      this.sessions.set(tokenHash, { value: lookup, until: Math.min(now + this.ttlMs, lookup.expiresAt.getTime()) });
    }
    return lookup;
  }

  async device(tokenHash: string, load: () => Promise<DevicePrincipal>): Promise<DevicePrincipal> {
    if (this.ttlMs <= 0) return load();
    const now = Date.now();
    const hit = this.devices.get(tokenHash);
    if (hit && hit.until > now) return hit.value;
    const generation = this.generation;
    const principal = await load();
    if (generation === this.generation) this.devices.set(tokenHash, { value: principal, until: now + this.ttlMs });
    return principal;
  }
}

/** Announces, inside the caller's transaction, that sessions or a device token stopped being valid. */
export async function announceAuthChange(tx: DbOrTx, change: AuthChange) {
  await tx.execute(sql`select pg_notify(${AUTH_CHANNEL}, ${JSON.stringify(change)})`);
}
