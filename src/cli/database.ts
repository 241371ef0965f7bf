import { loadConfig } from '../server/config.js';
import { migrate } from '../server/db/migrate.js';
import { openConfiguredDatabase } from '../server/db/open.js';
import { loadCatalogueDemo } from '../server/modules/catalogue/index.js';
import { isEmpty, seedDemo } from '../server/seed/demo.js';
import { printDemo } from '../server/start.js';

export async function migrateCommand() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrate(database);
    console.log(`Migrations applied (${database.kind}).`);
  } finally {
    await database.close();
  }
}

export async function seedCommand() {
  const config = loadConfig();
  if (config.env === 'production') throw new Error('refusing to load demo data with NODE_ENV=production');
  const database = await openConfiguredDatabase(config);
  try {
    await migrate(database);
    if (!(await isEmpty(database.db)))
      throw new Error('the database already holds a centre; demo data goes only into an empty one');
    printDemo(await seedDemo(database.db), config.publicUrl);
    // With ESCO already imported, the catalogue gets its demo tags and offers too (otherwise after `import esco`).
    await loadCatalogueDemo(database.db, (line) => console.log(line));
  } finally {
    await database.close();
  }
}
