import path from "node:path";

/** The e2e server writes its database URL here while it runs; e2e specs read it. */
export const E2E_DATABASE_FILE = path.resolve(import.meta.dirname, "../../.data/e2e-database-url");
