import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/sessions";
import { describeOrigin, requestOrigin } from "./request-origin";

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, email: user.email };
}

/** "address user-agent" of the current request, for the audit log. */
export async function currentOrigin(): Promise<string> {
  return describeOrigin(requestOrigin(await headers()));
}
