// Demo accounts (demo seed only). All share the password DEMO_PASSWORD; seed.ts hashes it with
// lib/auth/password.ts. Emails are stored lower-case.
import type { UserSeed } from "./types";

export const DEMO_PASSWORD = "crisis-ledger-demo";

export const DEMO_ORGANISATION = "Crisis Ledger demo";

export const U = {
  admin: "admin@example.org",
  reviewer: "reviewer@example.org",
  editor: "editor@example.org",
} as const;

export const users: readonly UserSeed[] = [
  { email: U.admin, name: "Demo Administrator", organisation: DEMO_ORGANISATION, role: "admin" },
  { email: U.reviewer, name: "Demo Reviewer", organisation: DEMO_ORGANISATION, role: "reviewer" },
  { email: U.editor, name: "Demo Editor", organisation: DEMO_ORGANISATION, role: "editor" },
];
