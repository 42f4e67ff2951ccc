import "server-only";
// The one reading of Prisma's error codes the data layer relies on.
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write (P2002): the caller answers "name taken" or the like. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
