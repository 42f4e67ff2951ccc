// The words of every server action's answer, keyed by the action's registry name and the code
// it answered (lib/domain/action-state.ts). Forms call describeAnswer; actions never hold
// sentences, so a Ukrainian catalogue can later replace this module without touching an action.
import type { ActionState, OutcomeParams } from "./action-state";
import type { BreakdownDimension } from "./enums";
import { messages } from "./messages";

type Text = string | ((p: OutcomeParams) => string);
/** A plain text is shown as the notice and, when the answer names a field, beside it too; `field` only beside the field. */
export type OutcomeText = Text | { notice?: Text; field: Text };

const e = messages.errors;
const n = (p: OutcomeParams, key: string) => Number(p[key] ?? 0);
const s = (p: OutcomeParams, key: string) => String(p[key] ?? "");

const common: Record<string, OutcomeText> = {
  signed_out: "Your session has ended. Sign in again to continue; what you entered is still in the form.",
  forbidden: "Your role does not allow this.",
  malformed: "This request did not come from the app's form. Reload the page and try again.",
  pending_change_password: "Change your password first: the one you have was set by an administrator.",
  pending_enrol_totp: "Set up two-factor authentication first (Your account › Two-factor authentication).",
  too_many: (p) => `Too many changes in a short time. Nothing was saved; try again in ${n(p, "seconds")} seconds.`,
  id_invalid: e.idInvalid,
  version_invalid: e.versionInvalid,
  version_missing: e.versionInvalid,
  invalid: "Some fields need attention.",
  failed: "This did not work. Reload the page and try again.",
};

const invalidKept = "Some fields need attention. Your input is kept.";
const invalidCorrect = "Some fields need attention. Your input is kept; correct the marked fields and save again.";
const outOfDate = "This form is out of date. Reload the page and try again.";

const figure = {
  invalid: invalidCorrect,
  invalid_choice: { field: e.invalidChoice },
  conflict:
    "Someone else changed this figure since you opened it. Your input is still in the form; what they changed is listed below. " +
    "Reload the figure to edit their version, then apply your changes again.",
  not_found: "This figure does not exist or is not yours to change.",
  forbidden: "You cannot do this with the figure in its current state.",
  invalid_transition: "This step is not available any more: the figure's status has changed. Reload the page.",
  id_invalid: outOfDate,
  version_invalid: outOfDate,
  version_missing: outOfDate,
};

const timelineEvent = {
  invalid: invalidCorrect,
  invalid_choice: { field: e.invalidChoice },
  conflict: "Someone else changed this event since you opened it. Your input is still in the form; reload the event to see their version.",
  not_found: "This event does not exist or is not yours to change.",
  forbidden: "You cannot do this with the event in its current state.",
  invalid_transition: "This step is not available any more: the event's status has changed. Reload the page.",
  id_invalid: outOfDate,
  version_invalid: outOfDate,
  version_missing: outOfDate,
};

const review = {
  invalid: "Some fields need attention.",
  conflict: "Someone changed this meanwhile. Reload the page to see its current state.",
  not_found: "This does not exist any more.",
  forbidden: "You cannot do this: only reviewers publish, reject and retract.",
  invalid_transition: "This step is not available: the status has changed. Reload the page.",
  four_eyes: "You entered or changed the values of this item: another reviewer must publish it (four-eyes rule).",
  publish: "Published.",
  reject: "Rejected; the editor sees your reason.",
  return: "Sent back to the editor with your comment.",
  retract: "Retracted; the reason is shown publicly.",
};

const sourceConflict =
  "Someone else changed this source since you opened it. Reload the page to see their version; your input is still in the form.";
const source = {
  invalid: invalidKept,
  name_taken: { field: e.sourceNameTaken },
  grade_reason_required: { field: e.gradeReasonRequired },
  conflict: sourceConflict,
  not_found: "This source does not exist any more.",
  in_use: "Figures or timeline events cite this source, so it cannot be deleted. Deactivate it instead, or merge it into another source.",
  same_source: "Choose another source to merge into.",
  saved: "Saved.",
  deactivated: "Deactivated: new figures cannot cite it; existing ones keep it.",
  reactivated: "Reactivated.",
  id_invalid: sourceConflict,
  version_invalid: sourceConflict,
  version_missing: sourceConflict,
};

const locationConflict = "Someone else changed this place since you opened it. Reload the page to see their version.";
const location = {
  invalid: invalidKept,
  pcode_taken: { field: e.pcodeTaken },
  pcode_not_under_parent: { field: (p: OutcomeParams) => e.pcodeNotUnderParent(s(p, "parentPcode")) },
  level_mismatch: { field: e.levelNotUnderParent },
  parent_missing: { field: e.parentMissing },
  parent_is_self: { field: e.parentIsSelf },
  move_needs_confirmation: { field: (p: OutcomeParams) => e.moveNeedsConfirmation(n(p, "figures")) },
  in_use: (p: OutcomeParams) => e.locationInUse(n(p, "figures"), n(p, "children")),
  conflict: locationConflict,
  not_found: "This place does not exist.",
  imported: (p: OutcomeParams) => `Imported: ${n(p, "created")} place(s) created, ${n(p, "updated")} renamed.`,
  import_has_errors: "The file has problems (listed below); nothing was imported.",
  previewed: "Nothing is imported yet: check the preview, then apply it.",
  no_file: "Choose a CSV file or paste its content.",
  too_large: "The file is too large (at most 2 MB).",
  id_invalid: locationConflict,
  version_invalid: locationConflict,
  version_missing: locationConflict,
};

const dimensionNames = (p: OutcomeParams) =>
  s(p, "dimensions")
    .split(",")
    .filter(Boolean)
    .map((d) => messages.breakdownDimension[d as BreakdownDimension] ?? d)
    .join(", ");
const indicator = {
  invalid: invalidKept,
  slug_taken: { field: e.slugTaken },
  breakdown_in_use: { field: (p: OutcomeParams) => e.breakdownInUse(dimensionNames(p)) },
  conflict: "Someone else changed this indicator since you opened it. Reload the page to see their version.",
  not_found: "This indicator does not exist.",
};

const user = {
  invalid: "Some fields need attention.",
  email_taken: "An account with this email exists already.",
  not_found: "This account does not exist any more. Reload the page.",
  last_admin: "This is the last active administrator: make someone else an administrator first.",
  created: (p: OutcomeParams) =>
    `Account created for ${s(p, "email")}. Give them the password through a safe channel; they sign in with it and then choose their own.`,
  role_changed: "Role changed. The user's sessions have ended; they sign in again with the new role.",
  enabled: "Account enabled. The user can sign in again.",
  disabled: "Account disabled. Its sessions have ended.",
  password_reset: "Password reset. The user's sessions have ended; at their next sign-in they choose a new password.",
  sessions_ended: "All of the user's sessions have ended.",
  second_factor_reset:
    "Two-factor authentication reset: the user's sessions have ended; they set it up again at their next sign-in (admins must).",
};

const waitFor = (seconds: number) => (seconds < 60 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);
const account = {
  invalid: "Some fields need attention.",
  wrong_password: { notice: "Your password was not changed: the current password is not right.", field: e.currentPasswordWrong },
  throttled: (p: OutcomeParams) => `Too many wrong current passwords. Wait ${waitFor(n(p, "seconds"))}, then try again.`,
  not_found: "Your account is not available any more. Sign in again.",
  changed: (p: OutcomeParams) => {
    const ended = n(p, "ended");
    return `Your password is changed.${ended ? ` ${ended === 1 ? "One other session has" : `${ended} other sessions have`} ended.` : ""}`;
  },
};

const twoFactor = {
  wrong_code: "This code is not right. Check that the app shows Crisis Ledger and enter its current code.",
  not_pending: "This enrolment is no longer open (it was finished or reset elsewhere). Reload the page.",
  enabled: "Two-factor authentication is on.",
};
const turnOff = {
  wrong_code: "This code is not right or was used already.",
  required_for_admin: "Administrators must keep two-factor authentication on.",
  not_enabled: "Two-factor authentication is not on.",
  turned_off: "Two-factor authentication is off. Your recovery codes no longer work.",
  throttled: (p: OutcomeParams) => `Too many wrong codes. Wait ${n(p, "seconds")} seconds, then try again.`,
};

const rowCount = (p: OutcomeParams, key: string) => `${n(p, key).toLocaleString("en-GB")} row${n(p, key) === 1 ? "" : "s"}`;
const importBatch = {
  invalid: "Some choices need attention.",
  not_found: "This import does not exist or is not yours.",
  forbidden: "Only the editor who uploaded this file (or an administrator) can delete it.",
  checked: (p: OutcomeParams) =>
    `Checked ${rowCount(p, "rows")}: ${n(p, "toCreate")} to create, ${n(p, "duplicates")} duplicate(s), ` +
    `${n(p, "withErrors")} with errors. Nothing is imported yet.`,
  mapping_invalid: "The columns cannot be read this way (see the problems below). Change the mapping and check again.",
  file_problem: (p: OutcomeParams) => s(p, "message"),
  already_applied: "This file has been imported already.",
  not_checked: "Check the file first.",
  import_has_errors: (p: OutcomeParams) => `Nothing was imported: the file has problems. The first: ${s(p, "first")}`,
  nothing_to_create: "Nothing to import: every row repeats a figure that exists already.",
  applied: (p: OutcomeParams) =>
    `Imported: ${n(p, "created")} figure(s) created${n(p, "skipped") ? `, ${n(p, "skipped")} duplicate row(s) left out` : ""}.`,
  submitted: (p: OutcomeParams) =>
    `${n(p, "done")} figure(s) submitted for review${n(p, "refused") ? `; ${n(p, "refused")} could not be (changed meanwhile)` : ""}.`,
  nothing_to_do: "No figure of this import is in the right status for this step.",
  not_all_drafts: (p: OutcomeParams) =>
    `This import cannot be deleted: ${n(p, "count")} of its figures are not drafts you may delete ` +
    "(submitted, published or someone else's). Withdraw them first.",
};

const batchOutcome = (verb: string) => (p: OutcomeParams) =>
  `${n(p, "done")} figure(s) ${verb}.` +
  (n(p, "fourEyes")
    ? ` ${n(p, "fourEyes")} not: you entered or changed their values, so another reviewer must publish them (four-eyes rule).`
    : "") +
  (n(p, "refused") ? ` ${n(p, "refused")} not: their status changed meanwhile.` : "");
const reviewImportBatch = {
  ...review,
  not_found: "This import does not exist any more.",
  nothing_to_do: "No figure of this import is waiting for review.",
  batch_publish: batchOutcome("published"),
  batch_reject: batchOutcome("rejected"),
  batch_return: batchOutcome("sent back to the editor"),
};

/** Per action (registry name, lib/auth/mutations.ts): the words of its own codes; the rest come from `common`. */
export const actionMessages: Record<string, Record<string, OutcomeText>> = {
  "figures.save": figure,
  "figures.workflow": figure,
  "figures.deleteDraft": figure,
  "figures.review": review,
  "timelineEvents.save": timelineEvent,
  "timelineEvents.workflow": timelineEvent,
  "timelineEvents.review": review,
  "sources.save": source,
  "sources.setActive": source,
  "sources.delete": source,
  "sources.merge": source,
  "locations.save": location,
  "locations.delete": location,
  "locations.import": location,
  "indicators.save": indicator,
  "users.create": user,
  "users.changeRole": user,
  "users.setActive": user,
  "users.resetPassword": user,
  "users.endSessions": user,
  "users.resetSecondFactor": user,
  "account.signOutEverywhere": account,
  "account.changePassword": account,
  "account.confirmTotp": twoFactor,
  "account.turnOffTotp": turnOff,
  "imports.check": importBatch,
  "imports.apply": importBatch,
  "imports.submit": importBatch,
  "imports.delete": importBatch,
  "imports.review": reviewImportBatch,
};

function wordsOf(text: Text | undefined, params: OutcomeParams): string | undefined {
  return typeof text === "function" ? text(params) : text;
}

function lookup(action: string | undefined, code: string): OutcomeText | undefined {
  return (action ? actionMessages[action]?.[code] : undefined) ?? common[code];
}

/** The notice and field errors of an answer, in words. */
export function describeAnswer(state: ActionState): { notice?: string; errors: Record<string, string[] | undefined> } {
  const errors = { ...(state.errors ?? {}) };
  const failed = common.failed as string;
  if (!state.code) return { notice: state.ok === false ? failed : undefined, errors };
  const params = state.params ?? {};
  const entry = lookup(state.action, state.code);
  const invalid = lookup(state.action, "invalid") as Text;
  const fieldText = typeof entry === "object" ? entry.field : entry;
  const noticeText = typeof entry === "object" ? (entry.notice ?? invalid) : entry;
  if (state.field && fieldText) errors[state.field] = [wordsOf(fieldText, params) ?? ""];
  return { notice: wordsOf(noticeText, params) ?? (state.ok === false ? failed : undefined), errors };
}
