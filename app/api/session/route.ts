import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

/** Who is signed in, for the header's account menu (components/ui/account-menu.tsx). Public pages
 * do not read the session while rendering, so they can be cached; the menu asks here instead.
 * Only what the menu shows: no ids, no session id. Never cached (private, per cookie). */
export interface SessionInfo {
  user: { name: string; email: string; role: string } | null;
}

export async function GET() {
  const user = await getCurrentUser();
  const body: SessionInfo = { user: user ? { name: user.name, email: user.email, role: user.role } : null };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
