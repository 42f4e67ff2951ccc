// npm run seed: loads the demo data set into the app's database, once.
//   DATABASE_URL set -> that database; unset -> the embedded PostgreSQL of `npm start`
//   (data in .data/postgres), started for the run and stopped afterwards.
// Pending migrations are applied first, so it also works on a fresh database.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { migrateDatabase } from "../../lib/migrations/roles";
import { authSecret } from "../../scripts/lib/auth-secret";
import { openAppDatabase, type Database } from "../../scripts/lib/postgres";
import { seedDemoData } from "./seed";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function main() {
  let db: Database | undefined;
  let prisma: PrismaClient | undefined;
  try {
    db = await openAppDatabase(ROOT);
    const applied = await migrateDatabase(db);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }) });
    // The same NEXTAUTH_SECRET `npm start` gives the app, which encrypts the demo admin's TOTP secret.
    const result = await seedDemoData(prisma, { authSecret: await authSecret(ROOT) });
    if (result.seeded) {
      const c = result.counts;
      const byStatus = Object.entries(c.figuresByStatus)
        .map(([status, n]) => `${n} ${status}`)
        .join(", ");
      console.log(
        `Demo data loaded: ${c.sources} sources, ${c.indicators} indicators, ${c.locations} locations, ` +
          `${c.figures} figures (${byStatus}), ${c.figureRevisions} revisions, ${c.timelineEvents} timeline events, ${c.users} new users.`,
      );
    } else {
      console.log("The database already has data (sources exist): nothing seeded.");
    }
  } finally {
    await prisma?.$disconnect();
    await db?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
