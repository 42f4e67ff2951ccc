import "server-only";
// The one way a workflow record (figure, timeline event) changes: in a transaction, load it,
// check that the caller may see it and may make this change, check the version the caller
// read, then update with a compare-and-set on that version (so of many concurrent changes of
// one version exactly one wins) and write the history in the same transaction.
import { prisma } from "@/lib/db";
import type { PublicationStatus } from "@/lib/domain/enums";
import { canSeeInEditor, type Principal } from "@/lib/auth/permissions";
import type { Tx } from "./audit";

export interface VersionedRecord {
  id: number;
  version: number;
  authorId: number | null;
  status: PublicationStatus;
}

export type ChangeResult<R> =
  | { ok: true; record: R }
  | { ok: false; code: "not_found" | "forbidden" | "invalid_transition" }
  | { ok: false; code: "conflict"; current: R };

export interface RecordStore<R extends VersionedRecord, Data> {
  find(tx: Tx, id: number): Promise<R | null>;
  /** Updates only if the version still matches (and increments it); returns the rows changed. */
  updateIfVersion(tx: Tx, id: number, version: number, data: Data): Promise<number>;
}

export interface Change<Data> {
  data: Data;
  /** Writes the revision and audit event for the change, given the record before and after. */
  record: (tx: Tx, before: VersionedRecord, after: VersionedRecord) => Promise<void>;
}

export async function changeVersioned<R extends VersionedRecord, Data>(
  store: RecordStore<R, Data>,
  actor: Principal,
  id: number,
  expectedVersion: number,
  allowed: (record: R) => boolean | "invalid_transition",
  change: (record: R) => Change<Data>,
): Promise<ChangeResult<R>> {
  return prisma.$transaction(async (tx) => {
    const before = await store.find(tx, id);
    if (!before || !canSeeInEditor(actor, before)) return { ok: false, code: "not_found" };
    const verdict = allowed(before);
    if (verdict === "invalid_transition") return { ok: false, code: "invalid_transition" };
    if (!verdict) return { ok: false, code: "forbidden" };
    if (before.version !== expectedVersion) return { ok: false, code: "conflict", current: before };
    const planned = change(before);
    if ((await store.updateIfVersion(tx, id, expectedVersion, planned.data)) === 0) {
      return { ok: false, code: "conflict", current: (await store.find(tx, id)) as R };
    }
    const after = (await store.find(tx, id)) as R;
    await planned.record(tx, before, after);
    return { ok: true, record: after };
  });
}
