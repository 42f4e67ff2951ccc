import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `prisma generate` (see scripts/prisma-generate.mjs).
// Migrations are applied by scripts/migrate.ts through Prisma's WebAssembly schema engine,
// so no native engine download is ever needed.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
