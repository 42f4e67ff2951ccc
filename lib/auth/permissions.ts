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

export interface WorkflowRecord {
  authorId: number | null;
  status: PublicationStatus;
}

const isAuthor = (user: Principal, record: WorkflowRecord) => record.authorId === user.id;

/** Editors see their own items in the editor; reviewers and admins see everyone's. */
export function canSeeInEditor(user: Principal, record: WorkflowRecord): boolean {
  return isAuthor(user, record) || roleAtLeast(user.role, "reviewer");
}

/** Drafts (and rejected items, which go back to draft when saved) can be edited. */
export function canEditRecord(user: Principal, record: WorkflowRecord): boolean {
  return (record.status === "draft" || record.status === "rejected") && canSeeInEditor(user, record);
}

/** Only drafts are deleted; published items are retracted, never deleted. */
export function canDeleteDraft(user: Principal, record: WorkflowRecord): boolean {
  return record.status === "draft" && (isAuthor(user, record) || roleAtLeast(user.role, "admin"));
}

/**
 * Workflow actions: the state machine allows it, the role may do it, an editor acts only on
 * their own items, and the four-eyes rule: nobody publishes their own item, except an admin
 * (recorded as such).
 */
export function canPerform(user: Principal, record: WorkflowRecord, action: PublicationAction): boolean {
  if (!canTransition(record.status, action) || !roleMayPerform(user.role, action)) return false;
  if (!canSeeInEditor(user, record)) return false;
  if (action === "publish" && isAuthor(user, record)) return user.role === "admin";
  return true;
}

/** True when an admin publishes their own item: allowed, and noted in the revision and audit. */
export function isSelfPublication(user: Principal, record: WorkflowRecord): boolean {
  return isAuthor(user, record) && user.role === "admin";
}
