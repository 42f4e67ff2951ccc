import "server-only";
import { prisma } from "@/lib/db";

export type DatabaseHealth = "ok" | "unreachable";

/** One round trip to the database, bounded in time so a hung connection cannot hang the probe. */
export async function checkDatabase(timeoutMs = 3_000): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
  });
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
    return "ok";
  } catch {
    return "unreachable";
  } finally {
    clearTimeout(timer);
  }
}
