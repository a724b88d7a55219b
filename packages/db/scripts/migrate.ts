// pnpm db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import { applyMigrations } from '../src/migrator.ts';
import { withConfiguredDatabase } from './with-configured-database.ts';

await withConfiguredDatabase(async (url, label) => {
  const applied = await applyMigrations({ url });
  console.log(
    applied.length === 0 ? `${label} : déjà à jour.` : `${label} : ${applied.join(', ')} appliquée(s).`,
  );
});
