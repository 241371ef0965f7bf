import path from 'node:path';
import { loadConfig } from '../server/config.js';
import { migrate } from '../server/db/migrate.js';
import { openConfiguredDatabase } from '../server/db/open.js';
import { importEsco, loadCatalogueDemo } from '../server/modules/catalogue/index.js';
import { demoCentreExists } from '../server/seed/demo.js';

function bar(done: number, width = 24) {
  const n = Math.min(width, Math.round(done * width));
  return `[${'#'.repeat(n)}${'.'.repeat(width - n)}]`;
}

/** `atrium import esco <folder>`: upserts the ESCO CSV exports found in the folder. */
export async function importEscoCommand(folder: string, options: { escoVersion?: string }) {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const tty = process.stderr.isTTY;
  let step = 0;
  try {
    await migrate(database);
    const result = await importEsco(database, folder, {
      ...(options.escoVersion ? { versions: { all: options.escoVersion } } : {}),
      progress: ({ file, rows, done }) => {
        const name = path.relative(folder, file) || file;
        if (done) step++;
        const line = `${bar(done ? 1 : 0.5)} ${name} ${rows > 0 ? `${rows} rows` : ''}${done ? ' ✓' : ''}`;
        if (tty) process.stderr.write(`\r\x1b[2K${line}${done ? '\n' : ''}`);
        else if (done) console.error(line);
      },
    });
    console.log(`ESCO imported in ${(result.durationMs / 1000).toFixed(1)} s (${step} steps).`);
    console.log(`Versions: ${JSON.stringify(result.versions)}`);
    console.log(`Rows: ${JSON.stringify(result.counts)}`);
    // On the demo centre (never in production), the first import also brings the catalogue's demo data.
    if (config.env !== 'production' && (await demoCentreExists(database.db)))
      await loadCatalogueDemo(database.db, (line) => console.log(line));
  } finally {
    await database.close();
  }
}
