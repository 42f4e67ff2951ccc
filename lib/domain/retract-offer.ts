// Whether to offer the "Retract" control on a public figure page. The page is rendered without
// the session (so it can be cached), and the control appears in the browser for the signed-in
// user; only the role and the figure's status are known there. That is enough: retraction is a
// reviewers' action (lib/domain/status.ts) and reviewers may act on anyone's figures, so author
// and contributors never matter for it (retract-offer.test.ts checks this equals canPerform).
// The server's guard decides in any case.
import type { PublicationStatus } from "./enums";
import { roleAtLeast } from "./roles";

export function offerRetract(role: string | null | undefined, status: PublicationStatus): boolean {
  return status === "published" && roleAtLeast(role, "reviewer");
}
