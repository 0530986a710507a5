// Prisma 7 reads the datasource URL from here, not from schema.prisma. `generate` needs no URL, so a
// missing DATABASE_URL must not fail it (env() would throw); `prisma migrate deploy` needs it set.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL },
});
