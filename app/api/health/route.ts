import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  const healthy = database === "ok";
  return NextResponse.json(
    { status: healthy ? "ok" : "degraded", database },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
