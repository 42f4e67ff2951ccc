import { describe, expect, it } from "vitest";
import { MUTATIONS, type MutationName } from "./mutations";
import { pendingStepOf } from "@/lib/domain/pending-steps";
import { actionAllowedDuring, pageAllowedDuring, PENDING_STEPS } from "./pending-steps";

describe("pending steps", () => {
  it("asks for a password change while the flag is set, and for nothing otherwise", () => {
    expect(pendingStepOf({ mustChangePassword: true, role: "editor", hasSecondFactor: false })).toBe("change_password");
    expect(pendingStepOf({ mustChangePassword: false, role: "editor", hasSecondFactor: false })).toBeNull();
    expect(pendingStepOf({ mustChangePassword: false, role: "reviewer", hasSecondFactor: false })).toBeNull();
  });

  it("sends an admin without a second factor to enrol, after any password change", () => {
    expect(pendingStepOf({ mustChangePassword: false, role: "admin", hasSecondFactor: false })).toBe("enrol_totp");
    expect(pendingStepOf({ mustChangePassword: true, role: "admin", hasSecondFactor: false })).toBe("change_password");
    expect(pendingStepOf({ mustChangePassword: false, role: "admin", hasSecondFactor: true })).toBeNull();
    const allowed = (Object.keys(MUTATIONS) as MutationName[]).filter((name) => actionAllowedDuring("enrol_totp", name));
    expect(allowed.sort()).toEqual(["account.confirmTotp", "account.signOutEverywhere"]);
    expect(pageAllowedDuring("enrol_totp", "/account/two-factor")).toBe(true);
    expect(pageAllowedDuring("enrol_totp", "/account")).toBe(false);
  });

  it("allows only the step's page and the step's own actions", () => {
    expect(pageAllowedDuring("change_password", "/account")).toBe(true);
    expect(pageAllowedDuring("change_password", "/account?x=1")).toBe(true);
    for (const path of ["/editor", "/admin/users", "/review", "/account/other"]) {
      expect(pageAllowedDuring("change_password", path)).toBe(false);
    }
    const allowed = (Object.keys(MUTATIONS) as MutationName[]).filter((name) => actionAllowedDuring("change_password", name));
    expect(allowed.sort()).toEqual(["account.changePassword", "account.signOutEverywhere"]);
  });

  it("names only registered actions", () => {
    for (const rule of Object.values(PENDING_STEPS)) for (const action of rule.actions) expect(MUTATIONS).toHaveProperty([action]);
  });
});
