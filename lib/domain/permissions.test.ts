import { describe, expect, it } from "vitest";
import {
  canDeleteDraft,
  canEditRecord,
  canPerform,
  canSeeInEditor,
  isSelfPublication,
  withContributor,
  workflowDenial,
} from "./permissions";

const editor = { id: 1, role: "editor" as const };
const otherEditor = { id: 2, role: "editor" as const };
const reviewer = { id: 3, role: "reviewer" as const };
const admin = { id: 4, role: "admin" as const };
type Status = "draft" | "submitted" | "published" | "rejected" | "retracted";
const byEditor = (status: Status) => ({ authorId: editor.id, contributorIds: [editor.id], status });

describe("record-level permissions", () => {
  it("editors see and edit only their own drafts; reviewers and admins everyone's", () => {
    expect(canSeeInEditor(editor, byEditor("draft"))).toBe(true);
    expect(canSeeInEditor(otherEditor, byEditor("draft"))).toBe(false);
    expect(canEditRecord(otherEditor, byEditor("draft"))).toBe(false);
    expect(canEditRecord(reviewer, byEditor("draft"))).toBe(true);
    expect(canEditRecord(editor, byEditor("rejected"))).toBe(true);
    for (const status of ["submitted", "published", "retracted"] as const) expect(canEditRecord(editor, byEditor(status))).toBe(false);
  });

  it("only drafts are deleted, by their author or an admin", () => {
    expect(canDeleteDraft(editor, byEditor("draft"))).toBe(true);
    expect(canDeleteDraft(reviewer, byEditor("draft"))).toBe(false);
    expect(canDeleteDraft(admin, byEditor("draft"))).toBe(true);
    expect(canDeleteDraft(admin, byEditor("published"))).toBe(false);
  });

  it("editors submit and withdraw their own items but never publish", () => {
    expect(canPerform(editor, byEditor("draft"), "submit")).toBe(true);
    expect(canPerform(otherEditor, byEditor("draft"), "submit")).toBe(false);
    expect(canPerform(editor, byEditor("submitted"), "withdraw")).toBe(true);
    expect(canPerform(editor, byEditor("submitted"), "publish")).toBe(false);
    expect(canPerform(editor, byEditor("published"), "retract")).toBe(false);
  });

  it("applies the four-eyes rule: a reviewer cannot publish their own item, an admin can and it is noted", () => {
    const ownByReviewer = { authorId: reviewer.id, contributorIds: [reviewer.id], status: "submitted" as const };
    expect(canPerform(reviewer, ownByReviewer, "publish")).toBe(false);
    expect(canPerform(reviewer, byEditor("submitted"), "publish")).toBe(true);
    const ownByAdmin = { authorId: admin.id, contributorIds: [admin.id], status: "submitted" as const };
    expect(canPerform(admin, ownByAdmin, "publish")).toBe(true);
    expect(isSelfPublication(admin, ownByAdmin)).toBe(true);
    expect(isSelfPublication(admin, byEditor("submitted"))).toBe(false);
  });

  it("four-eyes covers everyone who changed the values, not only the author, and says why", () => {
    const changedByReviewer = { ...byEditor("submitted"), contributorIds: [editor.id, reviewer.id] };
    expect(workflowDenial(reviewer, changedByReviewer, "publish")).toBe("four_eyes");
    expect(canPerform(reviewer, changedByReviewer, "reject")).toBe(true);
    expect(canPerform({ id: 9, role: "reviewer" }, changedByReviewer, "publish")).toBe(true);
    const changedByAdmin = { ...byEditor("submitted"), contributorIds: [editor.id, admin.id] };
    expect(canPerform(admin, changedByAdmin, "publish")).toBe(true);
    expect(isSelfPublication(admin, changedByAdmin)).toBe(true);
    // Rows from before the contributor list still count their author.
    expect(workflowDenial(reviewer, { authorId: reviewer.id, contributorIds: [], status: "submitted" }, "publish")).toBe("four_eyes");
    expect(workflowDenial(editor, byEditor("submitted"), "publish")).toBe("forbidden");
    expect(workflowDenial(reviewer, byEditor("draft"), "publish")).toBe("invalid_transition");
    expect(withContributor({ contributorIds: [editor.id] }, reviewer)).toEqual([editor.id, reviewer.id]);
    expect(withContributor({ contributorIds: [editor.id, reviewer.id] }, reviewer)).toEqual([editor.id, reviewer.id]);
  });

  it("refuses what the state machine does not allow, whoever asks", () => {
    expect(canPerform(admin, byEditor("draft"), "publish")).toBe(false);
    expect(canPerform(admin, byEditor("retracted"), "retract")).toBe(false);
  });
});
