import { sql } from 'drizzle-orm';
import { rows } from '../rows.js';
import type { DbOrTx } from '../../../db/client.js';
import { topSimilar } from './similarity.js';

export const TRANSITIONS_PER_OCCUPATION = 30;

/** Precomputes the top-N career transitions of every occupation and stores them (replacing the previous set). */
export async function computeTransitions(db: DbOrTx): Promise<number> {
  const result = await rows<{ o: string; s: string; r: string }>(
    db,
    sql`select occupation_uri as o, skill_uri as s, relation as r from catalogue_occupation_skills`,
  );
  const relations = result.map((x) => ({ occupation: x.o, skill: x.s, essential: x.r === 'essential' }));
  const top = topSimilar(relations, TRANSITIONS_PER_OCCUPATION);
  const batch = top.map((t) => ({ f: t.from, t: t.to, s: t.score, r: t.rank }));
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from catalogue_transitions`);
    for (let i = 0; i < batch.length; i += 5000) {
      await tx.execute(sql`
        insert into catalogue_transitions (from_uri, to_uri, score, rank)
        select x.f, x.t, x.s, x.r from jsonb_to_recordset(${JSON.stringify(batch.slice(i, i + 5000))}::jsonb)
          as x(f text, t text, s real, r smallint)`);
    }
  });
  return batch.length;
}
