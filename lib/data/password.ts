// Password hashing with argon2id at OWASP's recommended parameters
// (19 MiB memory, 2 iterations, parallelism 1). @node-rs/argon2 ships prebuilt binaries
// inside its npm packages, so nothing is downloaded at install time.
// It lives in lib/data because the data layer checks a stored hash inside the transaction that locks
// the user's row (lib/data/users.ts); sign-in (lib/auth) uses it too.
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Algorithm.Argon2id: a const enum, whose value isolatedModules cannot import.
const ARGON2ID = 2 as Algorithm;

export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash never signs anyone in
  }
}
