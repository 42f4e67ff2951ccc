import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (lib/domain, no I/O) and integration tests (lib/data, scripts; against a real
// PostgreSQL) live beside the code as *.test.ts. Integration tests get their own database per
// file from test/setup-database.ts; scripts/test.ts provides the server.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; in tests the data modules are
      // called directly.
      "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: one worker process at a time keeps database-heavy tests from starving each other.
    fileParallelism: false,
  },
});
