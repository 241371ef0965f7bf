import type { DbOrTx } from '../../db/client.js';

/**
 * A value built from one database's data (an in-memory index), kept per database and built again when the
 * version that `versionOf` reads has changed since. The version is read before the build, so a value is never
 * older than the version it is kept under. A failed build is forgotten, so the next call tries again.
 */
export function perVersion<T>(
  versionOf: (db: DbOrTx) => Promise<string>,
  build: (db: DbOrTx) => Promise<T>,
): (db: DbOrTx) => Promise<T> {
  const cache = new WeakMap<object, { version: string; value: Promise<T> }>();
  return async (db) => {
    const version = await versionOf(db);
    const cached = cache.get(db);
    if (cached?.version === version) return cached.value;
    const value = build(db);
    cache.set(db, { version, value });
    value.catch(() => cache.delete(db));
    return value;
  };
}
