import { NextResponse } from "next/server";
import { checkDatabase, checkReplica } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const [database, replica] = await Promise.all([checkDatabase(), checkReplica()]);
  // Public pages read the replica when there is one: without it they cannot be served.
  const healthy = database === "ok" && replica.replica !== "unreachable";
  return NextResponse.json(
    // The replica's fields only when there is one (DATABASE_READ_URL), so the answer is unchanged without.
    { status: healthy ? "ok" : "degraded", database, ...(replica.replica === "none" ? {} : replica) },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
