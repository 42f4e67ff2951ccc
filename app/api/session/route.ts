import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionInfo } from "@/lib/domain/session-info";

export const dynamic = "force-dynamic";

/** Who is signed in, for the header's account menu (components/ui/account-menu.tsx). Public pages
 * do not read the session while rendering, so they can be cached; the menu asks here instead.
 * Never cached (private, per cookie). */

export async function GET() {
  const user = await getCurrentUser();
  const body: SessionInfo = { user: user ? { name: user.name, email: user.email, role: user.role } : null };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
