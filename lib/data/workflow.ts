import "server-only";
// Workflow records (figures, timeline events) change through the shared version-checked change
// (versioned.ts), with the editorial rules first: a record the caller may not see is "not found",
// and the caller's permission for this change is checked before the version.
import {
  canSeeInEditor,
  isSelfPublication,
  workflowDenial,
  type Principal,
  type WorkflowDenial,
  type WorkflowRecord as PermittedRecord,
} from "@/lib/domain/permissions";
import type { PublicationStatus } from "@/lib/domain/enums";
import { nextStatus, TRANSITIONS, type PublicationAction } from "@/lib/domain/status";
import { changeVersioned, type Change, type RecordStore, type VersionedResult } from "./versioned";

export type { RecordStore } from "./versioned";

/** The workflow's view of a record (permissions.ts), stored with an id and a version. */
export type WorkflowRecord = PermittedRecord & { id: number; version: number };

export type ChangeResult<R> = VersionedResult<R, { ok: false; code: WorkflowDenial }>;

/**
 * The columns a workflow step sets on a record: its next status, the reason where the step asks
 * for one (cleared otherwise), and for a reviewer's step who took it (and when, for a publish).
 */
export function transitionData(record: { status: PublicationStatus }, action: PublicationAction, reason: string | null, actor: Principal) {
  const data: { status: PublicationStatus; statusReason: string | null; reviewerId?: number; publishedAt?: Date } = {
    status: nextStatus(record.status, action) as PublicationStatus,
    statusReason: TRANSITIONS[action].needsReason ? reason : null,
  };
  if (action === "publish") Object.assign(data, { publishedAt: new Date(), reviewerId: actor.id });
  if (action === "reject" || action === "return" || action === "retract") Object.assign(data, { reviewerId: actor.id });
  return data;
}

/** A workflow step on one kind of record (transitionFigure, transitionTimelineEvent), from the version the actor saw. */
export type WorkflowTransition<A extends Principal, R> = (
  actor: A,
  id: number,
  action: PublicationAction,
  expectedVersion: number,
  reason: string | null,
  origin: string | null,
) => Promise<ChangeResult<R>>;

/**
 * A workflow step (submit, publish, reject ...) by this actor on a record: refused where
 * workflowDenial says so; else the columns it sets (transitionData) and the step as the history
 * records it, `published_own` where an administrator publishes values they entered or changed.
 */
export function workflowStep(actor: Principal, action: PublicationAction, reason: string | null) {
  return {
    allowed: (record: PermittedRecord) => workflowDenial(actor, record, action) ?? true,
    plan(record: PermittedRecord) {
      const selfPublished = action === "publish" && isSelfPublication(actor, record);
      return {
        data: transitionData(record, action, reason, actor),
        recordedAs: selfPublished ? ("published_own" as const) : TRANSITIONS[action].recordedAs,
      };
    },
  };
}

/**
 * What the editor's and the reviewer's lists read of any workflow record (a figure, a timeline
 * event): where it stands, who may act on it (permissions.ts), and the place and source it cites.
 */
export const WORKFLOW_LIST_FIELDS = {
  id: true,
  status: true,
  statusReason: true,
  version: true,
  updatedAt: true,
  authorId: true,
  contributorIds: true,
  credibility: true,
  verification: true,
  location: { select: { nameEn: true, nameUk: true, pcode: true } },
  source: { select: { name: true, reliability: true } },
} as const;

/** Who wrote a record, as its reviewer sees them (name and organisation, never the e-mail). */
export const AUTHOR_FIELD = { author: { select: { name: true, organisation: true } } } as const;

export function changeWorkflowRecord<R extends WorkflowRecord, Data>(
  store: RecordStore<R, Data>,
  actor: Principal,
  id: number,
  expectedVersion: number,
  /** true to go ahead; false (forbidden) or the reason for a refusal. */
  allowed: (record: R) => boolean | WorkflowDenial,
  change: (record: R) => Change<Data>,
): Promise<ChangeResult<R>> {
  return changeVersioned(
    store,
    id,
    expectedVersion,
    (record) => {
      if (!canSeeInEditor(actor, record)) return { ok: false as const, code: "not_found" as const };
      const verdict = allowed(record);
      if (verdict === true) return null;
      return { ok: false as const, code: verdict === false ? ("forbidden" as const) : verdict };
    },
    change,
  );
}
