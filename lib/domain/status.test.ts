import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PUBLICATION_STATUSES, ROLES, type PublicationStatus, type Role } from "./enums";
import { messages } from "./messages";
import {
  PUBLICATION_ACTIONS,
  TRANSITIONS,
  availableActions,
  canTransition,
  isPublicationAction,
  needsReason,
  nextStatus,
  roleMayPerform,
  type PublicationAction,
} from "./status";
import { statusChangeSchema } from "./status-change";

/** The workflow as the specification states it: action -> [from, to]. */
const ALLOWED: Record<PublicationAction, [PublicationStatus, PublicationStatus]> = {
  submit: ["draft", "submitted"],
  withdraw: ["submitted", "draft"],
  publish: ["submitted", "published"],
  reject: ["submitted", "rejected"],
  return: ["submitted", "draft"],
  revise: ["rejected", "draft"],
  retract: ["published", "retracted"],
};

const pairs = PUBLICATION_STATUSES.flatMap((from) => PUBLICATION_ACTIONS.map((action) => [from, action] as const));

describe("publication transitions", () => {
  it("covers every status x action pair", () => {
    expect(pairs).toHaveLength(PUBLICATION_STATUSES.length * PUBLICATION_ACTIONS.length);
  });

  it.each(pairs.filter(([from, action]) => ALLOWED[action][0] === from))("allows %s --%s-->", (from, action) => {
    expect(canTransition(from, action)).toBe(true);
    expect(nextStatus(from, action)).toBe(ALLOWED[action][1]);
  });

  it.each(pairs.filter(([from, action]) => ALLOWED[action][0] !== from))("forbids %s --%s-->", (from, action) => {
    expect(canTransition(from, action)).toBe(false);
    expect(nextStatus(from, action)).toBeNull();
  });

  it("leaves no way out of a retraction", () => {
    expect(PUBLICATION_ACTIONS.filter((action) => canTransition("retracted", action))).toEqual([]);
  });

  it("asks for a reason exactly for reject, return and retract", () => {
    expect(PUBLICATION_ACTIONS.filter(needsReason)).toEqual(["reject", "return", "retract"]);
  });

  it("names every action in the revision log", () => {
    expect(Object.values(TRANSITIONS).map((t) => t.recordedAs)).toEqual([
      "submitted",
      "withdrawn",
      "published",
      "rejected",
      "returned",
      "revised",
      "retracted",
    ]);
  });

  it("recognises action names", () => {
    expect(isPublicationAction("publish")).toBe(true);
    expect(isPublicationAction("delete")).toBe(false);
  });
});

describe("who may do what", () => {
  const MAY: Record<Role, PublicationAction[]> = {
    editor: ["submit", "withdraw", "revise"],
    reviewer: [...PUBLICATION_ACTIONS],
    admin: [...PUBLICATION_ACTIONS],
  };

  it.each(ROLES.flatMap((role) => PUBLICATION_ACTIONS.map((action) => [role, action] as const)))("%s / %s", (role, action) => {
    expect(roleMayPerform(role, action)).toBe(MAY[role].includes(action));
  });

  it("denies unknown roles and no role at all", () => {
    for (const action of PUBLICATION_ACTIONS) {
      expect(roleMayPerform("superuser", action)).toBe(false);
      expect(roleMayPerform(undefined, action)).toBe(false);
      expect(roleMayPerform(null, action)).toBe(false);
    }
  });

  it("lists the buttons for a status and a role", () => {
    expect(availableActions("submitted", "editor")).toEqual(["withdraw"]);
    expect(availableActions("submitted", "reviewer")).toEqual(["withdraw", "publish", "reject", "return"]);
    expect(availableActions("published", "editor")).toEqual([]);
    expect(availableActions("published", "admin")).toEqual(["retract"]);
    expect(availableActions("draft", "nobody")).toEqual([]);
  });
});

describe("statusChangeSchema", () => {
  const schema = statusChangeSchema();

  it("accepts an action without a reason when none is needed", () => {
    expect(schema.parse({ action: "publish", version: "4" })).toEqual({ action: "publish", reason: null, version: 4 });
  });

  it.each(["reject", "return", "retract"] as const)("requires a reason to %s", (action) => {
    const result = schema.safeParse({ action, reason: "   ", version: "1" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors.reason).toEqual([messages.errors.reasonRequired[action]]);
    expect(schema.parse({ action, reason: " Figure double-counts Bakhmut. ", version: "1" }).reason).toBe("Figure double-counts Bakhmut.");
  });

  it("refuses unknown actions, long reasons and missing versions", () => {
    const errors = z.flattenError(schema.safeParse({ action: "delete", reason: "x".repeat(2001) }).error!).fieldErrors;
    expect(errors.action).toEqual([messages.errors.actionInvalid]);
    expect(errors.reason).toEqual([messages.errors.textTooLong(2000)]);
    expect(errors.version).toEqual([messages.errors.versionInvalid]);
  });
});

describe("verification labels", () => {
  it("labels every verification status", () => {
    expect(messages.verification).toEqual({
      reported: "Reported",
      corroborated: "Corroborated",
      verified: "Verified",
      disputed: "Disputed",
    });
  });
});
