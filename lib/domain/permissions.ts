// Record-level permissions as small named predicates over the role table (lib/domain/roles)
// and the publication state machine (lib/domain/status). Pure: the guard has already
// re-read the user from the database; these decide what that user may do with one record.
import type { PublicationStatus, Role } from "@/lib/domain/enums";
import { roleAtLeast } from "@/lib/domain/roles";
import { canTransition, roleMayPerform, type PublicationAction } from "@/lib/domain/status";

export interface Principal {
  id: number;
  role: Role;
}

/** What every ownership question needs: who created the record and where it stands. */
export interface OwnedRecord {
  authorId: number | null;
  status: PublicationStatus;
}

/** A record as the workflow sees it: also everyone who entered or changed its values. */
export interface WorkflowRecord extends OwnedRecord {
  contributorIds: readonly number[];
}

/** Why a workflow action is refused: not in the state machine, not this user's to do, or the four-eyes rule. */
export type WorkflowDenial = "invalid_transition" | "forbidden" | "four_eyes";

const isAuthor = (user: Principal, record: OwnedRecord) => record.authorId === user.id;

/** Editors see their own items in the editor; reviewers and admins see everyone's. */
export function canSeeInEditor(user: Principal, record: OwnedRecord): boolean {
  return isAuthor(user, record) || roleAtLeast(user.role, "reviewer");
}

/** Drafts (and rejected items, which go back to draft when saved) can be edited. */
export function canEditRecord(user: Principal, record: OwnedRecord): boolean {
  return (record.status === "draft" || record.status === "rejected") && canSeeInEditor(user, record);
}

/** Only drafts are deleted; published items are retracted, never deleted. */
export function canDeleteDraft(user: Principal, record: OwnedRecord): boolean {
  return record.status === "draft" && (isAuthor(user, record) || roleAtLeast(user.role, "admin"));
}

/**
 * True when the user wrote any of the values about to be published: the author, or anyone who
 * saved an edit since. Publication is the only approval in a record's life (a retraction ends
 * it), so the set is never reset: a rejection or a send-back approves nothing, and resetting
 * there would let a reviewer edit, send back, resubmit and publish their own numbers.
 */
export function wroteValues(user: Principal, record: WorkflowRecord): boolean {
  return isAuthor(user, record) || record.contributorIds.includes(user.id);
}

/**
 * Workflow actions: the state machine allows it, the role may do it, an editor acts only on
 * their own items, and the four-eyes rule: nobody publishes values they entered or changed,
 * except an admin (recorded as such). Null when allowed, else why not.
 */
export function workflowDenial(user: Principal, record: WorkflowRecord, action: PublicationAction): WorkflowDenial | null {
  if (!canTransition(record.status, action)) return "invalid_transition";
  if (!roleMayPerform(user.role, action) || !canSeeInEditor(user, record)) return "forbidden";
  if (action === "publish" && wroteValues(user, record) && user.role !== "admin") return "four_eyes";
  return null;
}

export function canPerform(user: Principal, record: WorkflowRecord, action: PublicationAction): boolean {
  return workflowDenial(user, record, action) === null;
}

/** True when an admin publishes values they wrote: allowed, and noted in the revision and audit. */
export function isSelfPublication(user: Principal, record: WorkflowRecord): boolean {
  return wroteValues(user, record) && user.role === "admin";
}

/** The contributor list after `user` saved the record's values (each person once, in order). */
export function withContributor(record: Pick<WorkflowRecord, "contributorIds">, user: Principal): number[] {
  return record.contributorIds.includes(user.id) ? [...record.contributorIds] : [...record.contributorIds, user.id];
}
