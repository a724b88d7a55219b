import { defineConfig } from 'prisma/config';

// The Prisma CLI reads this file (generate, and `prisma migrate deploy` where its
// native engine can be downloaded). Our own migrator does not need it.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/choral' },
});
