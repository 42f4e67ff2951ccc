// The one result shape of every server action, read by the forms. Actions answer codes, never
// sentences: the form turns `action` + `code` (+ `params`) into words (lib/domain/action-messages.ts).
import type { BoundaryParse, BoundaryRow } from "./location-schema";

export type ActionStatus = 200 | 401 | 403 | 404 | 409 | 422 | 429;

/** Values an outcome's words embed (a count, an email, a P-code); lists are joined with ",". */
export type OutcomeParams = Record<string, string | number | undefined>;

/** Why the guard refused an action before it ran (lib/auth/guard.ts). */
export type GuardCode = "signed_out" | "forbidden" | "malformed" | "too_many" | "pending_change_password" | "pending_enrol_totp";

/** Why a form's record id or version was refused (lib/domain/record-ref.ts). */
export type RecordRefCode = "id_invalid" | "version_invalid" | "version_missing";

/** Outcomes every action may answer; each action adds its own (e.g. "name_taken", "four_eyes", "saved"). */
export type OutcomeCode = GuardCode | RecordRefCode | "invalid" | "conflict" | "not_found" | (string & {});

export interface ActionState {
  ok?: boolean;
  /** 401 no session, 403 no permission, 404 not found, 409 stale edit, 422 invalid input, 429 too many requests. */
  status?: ActionStatus;
  /** The registry name of the action that answered (lib/auth/mutations.ts): whose words to use. */
  action?: string;
  /** What happened, for code and for the form's words (e.g. "four_eyes", "pending_enrol_totp", "saved"). */
  code?: OutcomeCode;
  params?: OutcomeParams;
  /** The field an outcome is about (e.g. "name" for "name_taken"): its words go beside that field. */
  field?: string;
  /** With 429: seconds until the user may try again. */
  retryAfterSeconds?: number;
  /** Field errors of the shared input schema (already in words: schemas take a `Messages` catalogue). */
  errors?: Record<string, string[] | undefined>;
  /** What the user entered, sent back so nothing is lost when the form shows errors. */
  values?: Record<string, string>;
  /** A stale edit (409): what someone else changed since the form was loaded. */
  conflict?: { currentVersion: number; changes: Array<{ field: string; theirs: string }> };
  /** A preview of what an import would do, one line per place. */
  plan?: {
    items: Array<BoundaryRow & { action: string }>;
    errors: BoundaryParse["errors"];
  };
  /** Recovery codes just made, shown once after enrolling a second factor. */
  recoveryCodes?: string[];
  /** Where a successful create or save leads (the form navigates there). */
  redirectTo?: string;
}
