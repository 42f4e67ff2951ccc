import "server-only";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { cache } from "react";
import { resolveSession, type SessionUser } from "@/lib/data/sessions";
import { authOptions } from "./options";
import { sessionSettings } from "./settings";

/** The signed-in user of this request, re-read from the database (once per request), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // Per request by nature: never prerendered at build time (where there is no database either).
  await connection();
  const session = await getServerSession(authOptions());
  if (!session?.sid) return null;
  return resolveSession(session.sid, sessionSettings());
});
