import "server-only";
// Public reads take turns for the connection pool. A domain page renders about 18 panels at
// once, each with a few queries, and many readers may load pages together. The pool's own queue
// gives up after connectionTimeoutMillis (5 s, kept short so that a database outage answers 503
// quickly), and panels then showed "could not be loaded". Here public reads wait in an in-process
// queue with no deadline instead, at most pool size - 2 at once, which leaves two connections
// for sign-ins and writes whatever the public load.
import pLimit, { type LimitFunction } from "p-limit";
import { databaseEnv } from "@/lib/env";

let limit: LimitFunction | undefined;

/** Runs one public read when a slot is free. */
export function publicRead<T>(query: () => Promise<T>): Promise<T> {
  limit ??= pLimit(Math.max(1, databaseEnv().DATABASE_POOL_MAX - 2));
  return limit(query);
}
