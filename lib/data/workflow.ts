import "server-only";
// Workflow records (figures, timeline events) change through the shared version-checked change
// (versioned.ts), with the editorial rules first: a record the caller may not see is "not found",
// and the caller's permission for this change is checked before the version.
import { canSeeInEditor, type Principal } from "@/lib/auth/permissions";
import type { PublicationStatus } from "@/lib/domain/enums";
import { changeVersioned, type Change, type RecordStore, type VersionedResult } from "./versioned";

export type { RecordStore } from "./versioned";

export interface WorkflowRecord {
  id: number;
  version: number;
  authorId: number | null;
  status: PublicationStatus;
}

export type ChangeResult<R> = VersionedResult<R, { ok: false; code: "forbidden" | "invalid_transition" }>;

export function changeWorkflowRecord<R extends WorkflowRecord, Data>(
  store: RecordStore<R, Data>,
  actor: Principal,
  id: number,
  expectedVersion: number,
  allowed: (record: R) => boolean | "invalid_transition",
  change: (record: R) => Change<Data>,
): Promise<ChangeResult<R>> {
  return changeVersioned(store, id, expectedVersion, (record) => {
    if (!canSeeInEditor(actor, record)) return { ok: false as const, code: "not_found" as const };
    const verdict = allowed(record);
    if (verdict === "invalid_transition") return { ok: false as const, code: "invalid_transition" as const };
    return verdict ? null : { ok: false as const, code: "forbidden" as const };
  }, change);
}
