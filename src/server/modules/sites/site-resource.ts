import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SiteEventType } from '../../../common/events.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, findPgError, mapUniqueViolation, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';

type SiteScopedTable = PgTable & { id: PgColumn; siteId: PgColumn };

export type SiteResourceDefinition<Row, Dto> = {
  /** Singular name used in audit actions, e.g. `desk`. */
  name: string;
  table: SiteScopedTable;
  orderBy: PgColumn;
  eventType: SiteEventType;
  uniqueConstraints: Record<string, string>;
  present: (row: Row) => Dto;
  /** Checks references in the input (e.g. a zone of the same site); throws a validation error. */
  check?: (db: Db, siteId: SiteId, input: Record<string, unknown>) => Promise<void>;
};

/**
 * The list / create / update / remove service shared by the places of a site (zones, desks, rooms,
 * stations): always scoped by site id, audited, and announced on the site's channel in one transaction.
 */
export function siteResource<Row, Dto, Input extends Record<string, unknown>>(def: SiteResourceDefinition<Row, Dto>) {
  const t = def.table;
  const scoped = (siteId: SiteId, id: string): SQL => and(eq(t.siteId, siteId), eq(t.id, id)) as SQL;

  return {
    async list(db: Db, siteId: SiteId): Promise<Dto[]> {
      const rows = await db.select().from(t).where(eq(t.siteId, siteId)).orderBy(asc(def.orderBy));
      return (rows as Row[]).map(def.present);
    },

    async create(db: Db, actor: StaffPrincipal, siteId: SiteId, input: Input): Promise<Dto> {
      await def.check?.(db, siteId, input);
      return db.transaction(async (tx) => {
        const [row] = (await tx
          .insert(t)
          .values({ ...input, siteId } as never)
          .returning()
          .catch((e: unknown) => mapUniqueViolation(e, def.uniqueConstraints))) as Row[] & { id: string }[];
        if (!row) throw notFound();
        const id = (row as { id: string }).id;
        await recordAudit(tx, actor, { action: `${def.name}.create`, targetType: def.name, targetId: id, siteId });
        await recordEvent(tx, siteId, def.eventType, { id, change: 'created' });
        return def.present(row);
      });
    },

    async update(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string, patch: Partial<Input>): Promise<Dto> {
      await def.check?.(db, siteId, patch);
      return db.transaction(async (tx) => {
        const query = Object.keys(patch).length
          ? tx
              .update(t)
              .set(patch as never)
              .where(scoped(siteId, id))
              .returning()
          : tx.select().from(t).where(scoped(siteId, id));
        const [row] = (await query.catch((e: unknown) => mapUniqueViolation(e, def.uniqueConstraints))) as Row[];
        if (!row) throw notFound();
        await recordAudit(tx, actor, {
          action: `${def.name}.update`,
          targetType: def.name,
          targetId: id,
          siteId,
          detail: { fields: Object.keys(patch) },
        });
        await recordEvent(tx, siteId, def.eventType, { id, change: 'updated' });
        return def.present(row);
      });
    },

    async remove(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const deleted = await tx
          .delete(t)
          .where(scoped(siteId, id))
          .returning({ id: t.id })
          .catch((e: unknown) => {
            if (findPgError(e)?.code === '23503') throw new DomainError('resource.in_use');
            throw e;
          });
        if (deleted.length === 0) throw notFound();
        await recordAudit(tx, actor, { action: `${def.name}.delete`, targetType: def.name, targetId: id, siteId });
        await recordEvent(tx, siteId, def.eventType, { id, change: 'deleted' });
      });
    },
  };
}
