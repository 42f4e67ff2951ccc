// @vitest-environment happy-dom
// The form hooks in a DOM: checks on blur (only visited fields), a shown error re-checked while
// typing, the server's errors otherwise, the form remounted with each answer's values (and only
// then), and a successful answer's redirect followed. createElement, not JSX: the test glob is *.test.ts.
import { act, cleanup, fireEvent, render as renderInDom, renderHook, screen, waitFor } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ReactElement, type ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { ActionState } from "@/lib/domain/action-state";
import { catalogs, pickMessages, STAFF_CLIENT_NAMESPACES } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/routing";
import { FormShell } from "./form-shell";
import { FormStatus } from "./form-status";
import { useAnswerKey } from "./use-answer-key";
import { useFormChecks } from "./use-form-checks";

// The app router is not mounted here; the hook only pushes a redirect to it.
const router = vi.hoisted(() => ({ push: vi.fn() }));
vi.mock("@/lib/i18n/navigation", () => ({ useRouter: () => router }));

/** The words as a staff page has them (StaffMessages), in English unless a test says otherwise. */
let locale: Locale = "en";
const Words = ({ children }: { children: ReactNode }) =>
  h(NextIntlClientProvider, { locale, messages: pickMessages(locale, STAFF_CLIENT_NAMESPACES), timeZone: "UTC", children });
const render = (ui: ReactElement) => renderInDom(ui, { wrapper: Words });

const schema = () =>
  z.object({
    name: z.string().trim().min(1, "Name is required."),
    count: z.coerce.number({ error: "A number, please." }).int("A whole number, please."),
    kind: z.enum(["a", "b"], { error: "Choose a kind." }),
  });

/** A form as the entity forms build it: values from the answer over the defaults, keyed by the answer. */
function TestForm({ state }: { state: ActionState }) {
  const checks = useFormChecks(state, schema);
  const values = { name: "", count: "", kind: "a", ...(state.values ?? {}) };
  const error = (name: string) => h("p", { id: `f-${name}-error`, "data-testid": `${name}-error` }, checks.errors(name)?.join(" ") ?? "");
  return h(
    "form",
    { ref: checks.formRef, key: checks.key, "aria-label": "test form" },
    h("label", { htmlFor: "f-name" }, "Name"),
    h("input", { ...checks.field("name"), defaultValue: values.name }),
    error("name"),
    h("label", { htmlFor: "f-count" }, "Count"),
    h("input", { ...checks.field("count", true), defaultValue: values.count }),
    error("count"),
    h("label", { htmlFor: "f-kind" }, "Kind"),
    h(
      "select",
      { ...checks.field("kind"), defaultValue: values.kind },
      ["a", "b"].map((v) => h("option", { key: v, value: v }, v)),
    ),
    error("kind"),
  );
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const errorOf = (name: string) => screen.getByTestId(`${name}-error`).textContent;
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });

beforeEach(() => {
  router.push.mockClear();
  locale = "en";
});
afterEach(cleanup);

describe("useFormChecks", () => {
  it("checks a field against the schema when it is left, and only the fields visited", () => {
    render(h(TestForm, { state: {} }));
    expect(errorOf("name")).toBe("");
    fireEvent.blur(input("Name"));
    expect(errorOf("name")).toBe("Name is required.");
    expect(input("Name").getAttribute("aria-invalid")).toBe("true");
    // Count is just as invalid (empty), but nobody has been there yet.
    expect(errorOf("count")).toBe("");
    expect(input("Count").getAttribute("aria-invalid")).toBeNull();
    type("Count", "2.5");
    expect(errorOf("count")).toBe("");
    fireEvent.blur(input("Count"));
    expect(errorOf("count")).toBe("A whole number, please.");
    expect(errorOf("name")).toBe("Name is required.");
  });

  it("re-checks a shown error while typing, so it clears before the field is left", () => {
    render(h(TestForm, { state: {} }));
    fireEvent.blur(input("Name"));
    expect(errorOf("name")).toBe("Name is required.");
    type("Name", "Kyiv Independent");
    expect(errorOf("name")).toBe("");
    expect(input("Name").getAttribute("aria-invalid")).toBeNull();
    // Typing it invalid again waits for the blur: only a shown error is re-checked while typing.
    fireEvent.blur(input("Name"));
    type("Name", "   ");
    expect(errorOf("name")).toBe("");
    fireEvent.blur(input("Name"));
    expect(errorOf("name")).toBe("Name is required.");
  });

  it("ties each control to its error slot and hint by the one id scheme", () => {
    render(h(TestForm, { state: {} }));
    expect(input("Name").id).toBe("f-name");
    expect(input("Name").getAttribute("aria-describedby")).toBe("f-name-error");
    expect(input("Count").getAttribute("aria-describedby")).toBe("f-count-hint f-count-error");
  });

  it("shows the server's errors, and a new answer replaces the checks made before it", () => {
    const { rerender } = render(h(TestForm, { state: {} }));
    fireEvent.blur(input("Name"));
    expect(errorOf("name")).toBe("Name is required.");
    const answer: ActionState = {
      ok: false,
      status: 422,
      code: "invalid",
      errors: { name: ["Already taken."], count: ["Too many."] },
      values: { name: "IOM" },
    };
    rerender(h(TestForm, { state: answer }));
    expect(errorOf("name")).toBe("Already taken.");
    expect(errorOf("count")).toBe("Too many.");
    // A field's own check, once it is visited again, takes over from the server's words; the other
    // fields keep theirs (name was visited before the answer: that visit does not re-check it now).
    type("Count", "3");
    expect(errorOf("count")).toBe("");
    expect(errorOf("name")).toBe("Already taken.");
  });

  it("puts an outcome that names a field beside that field", () => {
    render(h(TestForm, { state: { ok: false, status: 409, action: "sources.save", code: "name_taken", field: "name" } }));
    expect(errorOf("name")).not.toBe("");
    expect(input("Name").getAttribute("aria-invalid")).toBe("true");
  });

  it("remounts the fields with each answer's values, and keeps what is typed after it", () => {
    const { rerender } = render(h(TestForm, { state: {} }));
    type("Name", "typed before the answer");
    const answer: ActionState = { ok: false, status: 422, code: "invalid", values: { name: "kept by the server", count: "7", kind: "b" } };
    rerender(h(TestForm, { state: answer }));
    expect(input("Name").value).toBe("kept by the server");
    expect(input("Count").value).toBe("7");
    // A select takes its default only when it mounts: the remount is what shows the kept choice.
    expect((screen.getByLabelText("Kind") as HTMLSelectElement).value).toBe("b");
    type("Name", "typed after the answer");
    rerender(h(TestForm, { state: answer }));
    expect(input("Name").value).toBe("typed after the answer");
  });

  it("follows a successful answer's redirect, and only that", () => {
    const { rerender } = render(h(TestForm, { state: { ok: false, status: 422, code: "invalid" } }));
    rerender(h(TestForm, { state: { ok: true, status: 200, code: "saved" } }));
    expect(router.push).not.toHaveBeenCalled();
    rerender(h(TestForm, { state: { ok: true, status: 200, code: "created", redirectTo: "/editor/figures/12" } }));
    expect(router.push).toHaveBeenCalledExactlyOnceWith("/editor/figures/12");
  });
});

describe("useAnswerKey", () => {
  it("changes in the same render as a new answer, and not for the same answer", () => {
    const seen: number[] = [];
    const first = {};
    const { rerender } = renderHook(
      ({ answer }) => {
        const key = useAnswerKey(answer);
        seen.push(key);
        return key;
      },
      { initialProps: { answer: first } },
    );
    rerender({ answer: first });
    const second = {};
    rerender({ answer: second });
    rerender({ answer: second });
    rerender({ answer: {} });
    // One render per rerender: no extra render to catch up, as an effect would need.
    expect(seen).toEqual([0, 0, 1, 1, 2]);
  });
});

describe("FormShell", () => {
  it("submits, keeps the values the answer sends back, and shows its errors beside the fields", async () => {
    const action = vi.fn(async (_state: ActionState, formData: FormData): Promise<ActionState> => ({
      ok: false,
      status: 422,
      action: "sources.save",
      code: "invalid",
      errors: { name: ["Already taken."] },
      values: { name: String(formData.get("name")), count: String(formData.get("count")) },
    }));
    function Shell() {
      return h(FormShell, {
        action,
        initial: { id: "4", version: "2", name: "", count: "" },
        schema,
        words: (key: "label" | "save" | "saving") => ({ label: "shell", save: "Save", saving: "Saving" })[key],
        children: ({ values, checks }) => [
          h("label", { key: "l", htmlFor: "f-name" }, "Name"),
          h("input", { key: "i", ...checks.field("name"), defaultValue: values.name }),
          h("p", { key: "e", "data-testid": "name-error" }, checks.errors("name")?.join(" ") ?? ""),
          h("label", { key: "lc", htmlFor: "f-count" }, "Count"),
          h("input", { key: "ic", ...checks.field("count"), defaultValue: values.count }),
        ],
      });
    }
    render(h(Shell));
    type("Name", "IOM");
    type("Count", "12");
    await act(async () => {
      fireEvent.submit(screen.getByRole("form", { name: "shell" }));
    });
    expect(action).toHaveBeenCalledOnce();
    const sent = action.mock.calls[0]![1];
    expect(Object.fromEntries(sent)).toMatchObject({ id: "4", version: "2", name: "IOM", count: "12" });
    await waitFor(() => expect(screen.getByTestId("name-error").textContent).toBe("Already taken."));
    expect(input("Name").value).toBe("IOM");
    expect(input("Count").value).toBe("12");

    // The error summary at the top: focused, each problem a link that moves focus to its field.
    const summary = screen.getByRole("alert");
    expect(summary.textContent).toContain("There is a problem");
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const link = screen.getByRole("link", { name: "Already taken." });
    expect(link.getAttribute("href")).toBe("#f-name");
    fireEvent.click(link);
    expect(document.activeElement).toBe(input("Name"));
  });
});

describe("checks between fields", () => {
  const dates = () =>
    z.object({ start: z.string(), end: z.string() }).superRefine((v, ctx) => {
      if (v.start && v.end && v.start > v.end) ctx.addIssue({ code: "custom", path: ["start"], message: "Start after end." });
    });
  const noAnswer: ActionState = {};
  function DatesForm() {
    const checks = useFormChecks(noAnswer, dates);
    return h(
      "form",
      { ref: checks.formRef },
      h("label", { htmlFor: "f-start" }, "Start"),
      h("input", { ...checks.field("start"), defaultValue: "2023-05-10" }),
      h("p", { "data-testid": "start-error" }, checks.errors("start")?.join(" ") ?? ""),
      h("label", { htmlFor: "f-end" }, "End"),
      h("input", { ...checks.field("end"), defaultValue: "" }),
    );
  }

  it("shows a problem between two fields on the filled-in field when the other one is left", () => {
    render(h(DatesForm));
    type("End", "2023-05-01");
    fireEvent.blur(input("End"));
    expect(screen.getByTestId("start-error").textContent).toBe("Start after end.");
    type("End", "2023-06-01");
    fireEvent.blur(input("End"));
    expect(screen.getByTestId("start-error").textContent).toBe("");
  });
});

describe("status notices", () => {
  function Two({ first, second }: { first: ActionState; second: ActionState }) {
    return h("div", null, h(FormStatus, { state: first }), h(FormStatus, { state: second }));
  }

  it("a success notice goes when a later action on the page answers; a refusal stays", async () => {
    const saved: ActionState = { ok: true, status: 200, action: "sources.save", code: "saved" };
    const { rerender } = render(h(Two, { first: saved, second: {} }));
    await waitFor(() => expect(screen.getByText("Saved.")).toBeTruthy());
    const deactivated: ActionState = { ok: true, status: 200, action: "sources.setActive", code: "deactivated" };
    rerender(h(Two, { first: saved, second: deactivated }));
    await waitFor(() => expect(screen.queryByText("Saved.")).toBeNull());
    expect(screen.getByText(/Deactivated/)).toBeTruthy();
  });
});

describe("answers in the reader's language", () => {
  it("puts an outcome's words beside its field in Ukrainian on a Ukrainian page", () => {
    locale = "uk";
    render(h(TestForm, { state: { ok: false, status: 409, action: "sources.save", code: "name_taken", field: "name" } }));
    expect(errorOf("name")).toBe(catalogs.uk.domain.errors.sourceNameTaken);
  });

  it("says what happened in Ukrainian, with the plural the count needs", () => {
    locale = "uk";
    render(h(FormStatus, { state: { ok: false, status: 429, code: "too_many", params: { seconds: 3 } } }));
    expect(screen.getByRole("alert").textContent).toBe(
      "Забагато змін за короткий час. Нічого не збережено; спробуйте знову через 3 секунди.",
    );
  });

  it("keeps the English words of every outcome as they were", () => {
    render(h(FormStatus, { state: { ok: false, status: 429, code: "too_many", params: { seconds: 30 } } }));
    expect(screen.getByRole("alert").textContent).toBe("Too many changes in a short time. Nothing was saved; try again in 30 seconds.");
  });
});
