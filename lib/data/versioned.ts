import "server-only";
// The one way a versioned record changes: in a transaction, load it, check that the change is
// allowed, check the version the caller read, update with a compare-and-set on that version
// (so of many concurrent changes of one version exactly one wins), and write the record's
// history (revision, grade history, audit) in the same transaction.
import { prisma } from "@/lib/db";
import type { Tx } from "./audit";

export interface RecordStore<R extends { id: number; version: number }, Data> {
  find(tx: Tx, id: number): Promise<R | null>;
  /** Updates only if the version still matches (and increments it); returns the rows changed. */
  updateIfVersion(tx: Tx, id: number, version: number, data: Data): Promise<number>;
}

export interface Change<Data> {
  data: Data;
  /** Writes the history of the change, given the record before and after. */
  record: (tx: Tx, before: unknown, after: unknown) => Promise<void>;
}

/** A refusal: any `{ ok: false, code }` the caller defines. */
export type Refusal = { ok: false; code: string };

export type VersionedResult<R, F extends Refusal> =
  | { ok: true; record: R }
  | { ok: false; code: "not_found" }
  | { ok: false; code: "conflict"; current: R }
  | F;

export async function changeVersioned<R extends { id: number; version: number }, Data, F extends Refusal = never>(
  store: RecordStore<R, Data>,
  id: number,
  expectedVersion: number,
  /** A refusal, or null to go ahead. Runs after the record is loaded, before the version check. */
  check: (record: R, tx: Tx) => F | { ok: false; code: "not_found" } | null | Promise<F | { ok: false; code: "not_found" } | null>,
  /** The update and its history; or a refusal that needs the current version (runs after the version check). */
  change: (record: R, tx: Tx) => Change<Data> | F | Promise<Change<Data> | F>,
): Promise<VersionedResult<R, F>> {
  return prisma.$transaction(async (tx) => {
    const before = await store.find(tx, id);
    if (!before) return { ok: false as const, code: "not_found" as const };
    const refusal = await check(before, tx);
    if (refusal) return refusal;
    if (before.version !== expectedVersion) return { ok: false as const, code: "conflict" as const, current: before };
    const planned = await change(before, tx);
    if ("ok" in planned) return planned;
    if ((await store.updateIfVersion(tx, id, expectedVersion, planned.data)) === 0) {
      return { ok: false as const, code: "conflict" as const, current: (await store.find(tx, id)) as R };
    }
    const after = (await store.find(tx, id)) as R;
    await planned.record(tx, before, after);
    return { ok: true as const, record: after };
  });
}

/** A store for a Prisma model with `id` and `version` columns. */
export function prismaStore<R extends { id: number; version: number }, Data>(
  delegate: (tx: Tx) => { findUnique(args: { where: { id: number } }): Promise<R | null>; updateMany(args: { where: { id: number; version: number }; data: Data & { version: { increment: number } } }): Promise<{ count: number }> },
): RecordStore<R, Data> {
  return {
    find: (tx, id) => delegate(tx).findUnique({ where: { id } }),
    updateIfVersion: async (tx, id, version, data) => (await delegate(tx).updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count,
  };
}
