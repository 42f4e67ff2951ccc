import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/sessions";
import type { ActionState } from "@/lib/domain/action-state";
import { messages } from "@/lib/domain/messages";
import type { RecordRefResult } from "@/lib/domain/record-ref";
import { describeOrigin, requestOrigin } from "./request-origin";

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, email: user.email };
}

/** "address user-agent" of the current request, for the audit log. */
export async function currentOrigin(): Promise<string> {
  return describeOrigin(requestOrigin(await headers()));
}

/** The text fields of a form, to send back with errors so the user's input is kept (never passwords). */
export function keptValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? "")]));
}

/**
 * The answer to a form whose id or version did not parse (lib/domain/record-ref.ts): a field
 * error, never a create. A missing version on an edit is a stale form (409), as before.
 */
export function refusedRecordRef(result: Extract<RecordRefResult, { ok: false }>, values?: Record<string, string>): ActionState {
  const message = result.code === "id_invalid" ? messages.errors.idInvalid : messages.errors.versionInvalid;
  return { ok: false, status: result.code === "version_missing" ? 409 : 422, message, errors: { [result.field]: [message] }, values };
}
