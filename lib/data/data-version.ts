import "server-only";
// The data version: one row that the database advances (with NOTIFY data_version, '<version>')
// on every change that alters a public page, whoever writes it: the app, the bulk import or an
// operator's SQL (triggers in the read_path_rollups migration). A cache of public reads keyed by
// it, or dropped when the notification arrives, can never serve data older than the version.
import { prisma } from "@/lib/db";

/** The PostgreSQL NOTIFY channel; the payload is the new version as decimal text. */
export const DATA_VERSION_CHANNEL = "data_version";

export interface DataVersion {
  version: number;
  changedAt: Date;
}

/** The current version (1 before any change since the migration). */
export async function readDataVersion(): Promise<DataVersion> {
  const row = await prisma.dataVersion.findUnique({ where: { id: 1 } });
  // The migration inserts the row and a CHECK keeps it alone; a missing row means an unmigrated database.
  if (!row) throw new Error("data_version has no row: run the migrations (npm run migrate).");
  return { version: Number(row.version), changedAt: row.changedAt };
}
