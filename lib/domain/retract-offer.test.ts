import { describe, expect, it } from "vitest";
import { PUBLICATION_STATUSES, ROLES } from "@/lib/domain/enums";
import { canPerform } from "./permissions";
import { offerRetract } from "./retract-offer";

describe("offerRetract (the public figure page's client-side choice)", () => {
  it("equals the guard's canPerform(…, 'retract') for every role, status, author and contributor", () => {
    const people = [1, 2, 3];
    for (const role of ROLES) {
      for (const status of PUBLICATION_STATUSES) {
        for (const authorId of [...people, null]) {
          for (const contributorIds of [[], [1], [2, 3]]) {
            const user = { id: 1, role };
            expect(offerRetract(role, status), `${role} ${status} author ${authorId} contributors ${contributorIds}`).toBe(
              canPerform(user, { authorId, contributorIds, status }, "retract"),
            );
          }
        }
      }
    }
  });

  it("offers nothing to an unknown or missing role", () => {
    expect(offerRetract(null, "published")).toBe(false);
    expect(offerRetract("superuser", "published")).toBe(false);
  });
});
