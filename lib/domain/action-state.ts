/** The one result shape of every server action, read by the forms. */
export interface ActionState {
  ok?: boolean;
  /** 401 no session, 403 no permission, 404 not found, 409 stale edit, 422 invalid input, 429 too many requests. */
  status?: 200 | 401 | 403 | 404 | 409 | 422 | 429;
  /** With 429: seconds until the user may try again. */
  retryAfterSeconds?: number;
  message?: string;
  /** Why it was refused, for code rather than people (e.g. "four_eyes", "pending_enrol_totp"). */
  code?: string;
  errors?: Record<string, string[] | undefined>;
  /** What the user entered, sent back so nothing is lost when the form shows errors. */
  values?: Record<string, string>;
  /** A stale edit (409): what someone else changed since the form was loaded. */
  conflict?: { currentVersion: number; changes: Array<{ field: string; theirs: string }> };
  /** A preview of what an import would do, one line per place. */
  plan?: { items: Array<{ line: number; pcode: string; nameEn: string; nameUk: string; adminLevel: number; parentPcode: string | null; action: string }>; errors: Array<{ line: number; message: string }> };
  /** Recovery codes just made, shown once after enrolling a second factor. */
  recoveryCodes?: string[];
  /** Where a successful create or save leads (the form navigates there). */
  redirectTo?: string;
}
