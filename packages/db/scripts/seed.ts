// pnpm db:seed: loads the demo data (idempotent) into DATABASE_URL, or into the embedded database.
import { createDb } from '../src/client.ts';
import { applyMigrations } from '../src/migrator.ts';
import { seedDemo } from '../src/seed/seed-demo.ts';
import { withConfiguredDatabase } from './with-configured-database.ts';

await withConfiguredDatabase(async (url, label) => {
  await applyMigrations({ url });
  const db = createDb({ url, maxConnections: 1 });
  try {
    console.log(`${label} : ${await seedDemo(db)}.`);
  } finally {
    await db.$disconnect();
  }
});
