// Demo accounts (demo seed only). All share the password DEMO_PASSWORD; seed.ts hashes it with
// lib/data/password.ts. Emails are stored lower-case.
import type { UserSeed } from "./types";

export const DEMO_PASSWORD = "crisis-ledger-demo";

/**
 * The demo admin's TOTP secret (base32, 20 bytes), printed in the README beside the password so
 * the demo and the automated checks can sign in as admin. Demo data only: a real admin enrols
 * with a random secret.
 */
export const DEMO_ADMIN_TOTP_SECRET = "CRISISLEDGERDEMOADMINTOTPSECRETA";

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
