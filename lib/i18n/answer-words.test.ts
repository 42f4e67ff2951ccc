// Action answers in words (lib/domain/action-messages.ts over messages/<locale>/actions.json): the
// English words stay what the forms said before the catalogue, Ukrainian takes its plural forms,
// and every action's groups exist.
import { describe, expect, it } from "vitest";
import { actionMessages, describeAnswer } from "@/lib/domain/action-messages";
import { messages } from "@/lib/domain/messages";
import enActions from "@/messages/en/actions.json";
import { answerWordsFor } from "./answer-words";

const en = answerWordsFor("en");
const uk = answerWordsFor("uk");

describe("describeAnswer", () => {
  it("names only groups the catalogue has", () => {
    for (const groups of Object.values(actionMessages)) for (const g of groups) expect(Object.keys(enActions)).toContain(g);
  });

  it("keeps the English words", () => {
    expect(describeAnswer({ ok: false, action: "figures.save", code: "invalid" }, en).notice).toBe(
      "Some fields need attention. Your input is kept; correct the marked fields and save again.",
    );
    expect(describeAnswer({ ok: true, action: "account.changePassword", code: "changed", params: { ended: 1 } }, en).notice).toBe(
      "Your password is changed. One other session has ended.",
    );
    expect(describeAnswer({ ok: true, action: "account.changePassword", code: "changed", params: { ended: 3 } }, en).notice).toBe(
      "Your password is changed. 3 other sessions have ended.",
    );
    expect(describeAnswer({ ok: true, action: "account.changePassword", code: "changed" }, en).notice).toBe("Your password is changed.");
    expect(describeAnswer({ ok: false, action: "account.changePassword", code: "throttled", params: { seconds: 150 } }, en).notice).toBe(
      "Too many wrong current passwords. Wait 3 minutes, then try again.",
    );
    expect(describeAnswer({ ok: true, action: "imports.apply", code: "applied", params: { created: 4, skipped: 2 } }, en).notice).toBe(
      "Imported: 4 figure(s) created, 2 duplicate row(s) left out.",
    );
    expect(describeAnswer({ ok: true, action: "imports.apply", code: "applied", params: { created: 4 } }, en).notice).toBe(
      "Imported: 4 figure(s) created.",
    );
    expect(describeAnswer({ ok: false, code: "signed_out" })).toEqual(describeAnswer({ ok: false, code: "signed_out" }, en));
  });

  it("puts the rules' words beside the field and the group's notice above", () => {
    const answer = describeAnswer({ ok: false, action: "locations.save", code: "pcode_taken", field: "pcode" }, en);
    expect(answer.errors.pcode).toEqual([messages.errors.pcodeTaken]);
    expect(answer.notice).toBe("Some fields need attention. Your input is kept.");
    const wrong = describeAnswer({ ok: false, action: "account.changePassword", code: "wrong_password", field: "currentPassword" }, en);
    expect(wrong.notice).toBe("Your password was not changed: the current password is not right.");
    expect(wrong.errors.currentPassword).toEqual([messages.errors.currentPasswordWrong]);
  });

  it("answers in Ukrainian, with its plural forms", () => {
    expect(describeAnswer({ ok: false, code: "forbidden" }, uk).notice).toBe("Ваша роль не дозволяє цієї дії.");
    const wait = (seconds: number) => describeAnswer({ ok: false, code: "too_many", params: { seconds } }, uk).notice;
    expect(wait(1)).toContain("через 1 секунду.");
    expect(wait(3)).toContain("через 3 секунди.");
    expect(wait(25)).toContain("через 25 секунд.");
    const field = describeAnswer({ ok: false, action: "figures.save", code: "invalid_choice", field: "sourceId" }, uk);
    expect(field.errors.sourceId).toEqual([uk.rules.errors.invalidChoice]);
    expect(field.notice).toMatch(/^Деякі поля потребують уваги/);
    expect(describeAnswer({ ok: false }, uk).notice).toBe("Не вдалося. Перезавантажте сторінку й спробуйте ще раз.");
  });
});
