import "server-only";
// The one way a versioned record changes: in a transaction, load it, check that the change is
// allowed, check the version the caller read, update with a compare-and-set on that version
// (so of many concurrent changes of one version exactly one wins), and write the record's
// history (revision, grade history, audit) in the same transaction. A delete goes the same way
// (deleteVersioned), under a row lock so nothing can start using the record meanwhile.
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./audit";

export interface RecordStore<R extends { id: number; version: number }, Data> {
  find(tx: Tx, id: number): Promise<R | null>;
  /** Updates only if the version still matches (and increments it); returns the rows changed. */
  updateIfVersion(tx: Tx, id: number, version: number, data: Data): Promise<number>;
  /** Loads the record under a row lock held to the end of the transaction; when present, changes load through it. */
  lock?(tx: Tx, id: number): Promise<R | null>;
}

/** A store whose records can be locked and deleted (see `lockingStore`). */
export interface DeletableStore<R extends { id: number; version: number }, Data = never> extends RecordStore<R, Data> {
  lock(tx: Tx, id: number): Promise<R | null>;
  /** Deletes only if the version still matches; returns the rows deleted. */
  deleteIfVersion(tx: Tx, id: number, version: number): Promise<number>;
}

export interface Change<Data> {
  data: Data;
  /** Writes the history of the change, given the record before and after. */
  record: (tx: Tx, before: unknown, after: unknown) => Promise<void>;
}

/** A refusal: any `{ ok: false, code }` the caller defines. */
export type Refusal = { ok: false; code: string };

/** A change of one record: by whom, which record, the version they read, and where the request came from (for the audit). */
export interface ChangeRequest<A> {
  actor: A;
  id: number;
  expectedVersion: number;
  origin: string | null;
}

/** The data layer's create of one kind of record (lib/data/<entity>.ts). */
export type CreateRecord<A, I, R> = (actor: A, input: I, origin: string | null) => Promise<R>;
/** The data layer's version-checked update of one kind of record. */
export type UpdateRecord<A, I, R> = (actor: A, id: number, input: I & { version: number }, origin: string | null) => Promise<R>;

export type VersionedResult<R, F extends Refusal> =
  { ok: true; record: R } | { ok: false; code: "not_found" } | { ok: false; code: "conflict"; current: R } | F;

export async function changeVersioned<R extends { id: number; version: number }, Data, F extends Refusal = never>(
  store: RecordStore<R, Data>,
  id: number,
  /** The version the caller read; null: the caller read none (a user's role), so it applies to the locked current one. */
  expectedVersion: number | null,
  /** A refusal, or null to go ahead. Runs after the record is loaded, before the version check. */
  check: (record: R, tx: Tx) => F | { ok: false; code: "not_found" } | null | Promise<F | { ok: false; code: "not_found" } | null>,
  /** The update and its history; or a refusal that needs the current version (runs after the version check). */
  change: (record: R, tx: Tx) => Change<Data> | F | Promise<Change<Data> | F>,
  /** For a change that hashes a password inside the transaction. */
  options?: { timeout?: number },
): Promise<VersionedResult<R, F>> {
  return prisma.$transaction(async (tx) => {
    const before = await (store.lock ? store.lock(tx, id) : store.find(tx, id));
    if (!before) return { ok: false as const, code: "not_found" as const };
    const refusal = await check(before, tx);
    if (refusal) return refusal;
    if (expectedVersion !== null && before.version !== expectedVersion) {
      return { ok: false as const, code: "conflict" as const, current: before };
    }
    const planned = await change(before, tx);
    if ("ok" in planned) return planned;
    if ((await store.updateIfVersion(tx, id, before.version, planned.data)) === 0) {
      return { ok: false as const, code: "conflict" as const, current: (await store.find(tx, id)) as R };
    }
    const after = (await store.find(tx, id)) as R;
    await planned.record(tx, before, after);
    return { ok: true as const, record: after };
  }, options);
}

/** What a versioned store needs of a Prisma model delegate (`tx.source`, `tx.figure` ...). */
interface VersionedDelegate<R, Data> {
  findUnique(args: { where: { id: number } }): Promise<R | null>;
  updateMany(args: { where: { id: number; version: number }; data: Data & { version: { increment: number } } }): Promise<{ count: number }>;
}

/** A store for a Prisma model with `id` and `version` columns. */
export function prismaStore<R extends { id: number; version: number }, Data>(
  delegate: (tx: Tx) => VersionedDelegate<R, Data>,
): RecordStore<R, Data> {
  return {
    find: (tx, id) => delegate(tx).findUnique({ where: { id } }),
    updateIfVersion: async (tx, id, version, data) =>
      (await delegate(tx).updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count,
  };
}

export interface Deletion<R, F extends Refusal> {
  /** A refusal (or not_found), or null to go ahead. Runs on the locked record, before the version check. */
  check?: (record: R, tx: Tx) => F | { ok: false; code: "not_found" } | null | Promise<F | { ok: false; code: "not_found" } | null>;
  /** A refusal that needs the current version (the record is still in use), or null. Runs after the version check. */
  blocked?: (record: R, tx: Tx) => F | null | Promise<F | null>;
  /** Writes the history of the delete (the audit event keeps what the record was). */
  record: (tx: Tx, before: R) => Promise<void>;
}

/**
 * The one way a versioned record is deleted: in a transaction, lock the row (so nothing can start
 * citing it between the checks and the delete), check, compare the version the caller read,
 * check what still uses it, delete, and write its history.
 */
export async function deleteVersioned<R extends { id: number; version: number }, F extends Refusal = never>(
  store: DeletableStore<R, unknown>,
  id: number,
  expectedVersion: number,
  deletion: Deletion<R, F>,
): Promise<VersionedResult<R, F>> {
  return prisma.$transaction(async (tx) => {
    const before = await store.lock(tx, id);
    if (!before) return { ok: false as const, code: "not_found" as const };
    const refusal = deletion.check ? await deletion.check(before, tx) : null;
    if (refusal) return refusal;
    if (before.version !== expectedVersion) return { ok: false as const, code: "conflict" as const, current: before };
    const blocked = deletion.blocked ? await deletion.blocked(before, tx) : null;
    if (blocked) return blocked;
    if ((await store.deleteIfVersion(tx, id, expectedVersion)) === 0) {
      // Cannot happen under the row lock; answered like a lost race rather than assumed away.
      const current = await store.find(tx, id);
      return current ? { ok: false as const, code: "conflict" as const, current } : { ok: false as const, code: "not_found" as const };
    }
    await deletion.record(tx, before);
    return { ok: true as const, record: before };
  });
}

/** The tables whose rows deleteVersioned and locked changes lock by name (FOR UPDATE needs SQL). */
export type LockableTable = "source" | "location" | "figure" | "app_user";

/** A `prismaStore` that also locks rows of `table` and deletes by version. */
export function lockingStore<R extends { id: number; version: number }, Data>(
  table: LockableTable,
  delegate: (tx: Tx) => VersionedDelegate<R, Data> & {
    deleteMany(args: { where: { id: number; version: number } }): Promise<{ count: number }>;
  },
): DeletableStore<R, Data> {
  const base = prismaStore<R, Data>(delegate);
  return {
    ...base,
    lock: async (tx, id) => {
      const locked = await tx.$queryRaw<Array<{ id: number }>>(
        Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id} FOR UPDATE`,
      );
      return locked.length ? base.find(tx, id) : null;
    },
    deleteIfVersion: async (tx, id, version) => (await delegate(tx).deleteMany({ where: { id, version } })).count,
  };
}
