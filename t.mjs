import { PGlite } from '@electric-sql/pglite';
let t=Date.now();
const db = await PGlite.create();
console.log('create ms', Date.now()-t);
await db.listen('ch', (p)=>console.log('got', p, Date.now()-t));
await db.transaction(async (tx)=>{ await tx.query("select pg_notify('ch','hello')"); console.log('in tx'); });
await new Promise(r=>setTimeout(r,100));
t=Date.now(); const d = await db.dumpDataDir('none'); console.log('dump ms', Date.now()-t, d.size);
t=Date.now(); const db2 = await PGlite.create({loadDataDir: d}); console.log('load ms', Date.now()-t);
