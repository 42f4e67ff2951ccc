"use client";
// What every data form does with its action's answers: validate with the shared zod schema as
// fields are left (only those visited), show the server's errors otherwise, re-check a shown
// error while typing (so it never clears on the blur a click on "Save" causes, which would move
// the button from under the pointer), remount the fields with the answer's values, and follow
// a successful answer's redirect. A check between fields (a period starting after its "as of"
// date, numbers beside "no information") is shown as soon as any field is left, on each field the
// user has filled in, not only at save.
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import type { ActionState } from "@/lib/domain/action-state";
import { useRouter } from "@/lib/i18n/navigation";
import { describedBy, fieldId } from "./field";
import { useAnswerKey } from "./use-answer-key";
import { useDescribeAnswer } from "./use-answer-words";

export function useFormChecks(state: ActionState, schema: () => z.ZodType) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const key = useAnswerKey(state);
  const describeAnswer = useDescribeAnswer();
  // Visits and checks belong to one answer: after a new one (the fields remount) the server's words
  // stand until their own field is checked again, not whenever another field is left.
  const [check, setCheck] = useState<{ answer: ActionState; touched: Set<string>; errors: Record<string, string[] | undefined> }>({
    answer: state,
    touched: new Set(),
    errors: {},
  });
  const current = check.answer === state;
  const touched = current ? check.touched : new Set<string>();
  const clientErrors = current ? check.errors : {};

  useEffect(() => {
    if (state.ok && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);

  function validate(field: string) {
    const visited = new Set(touched).add(field);
    if (!formRef.current) return setCheck({ answer: state, touched: visited, errors: clientErrors });
    const data = Object.fromEntries(new FormData(formRef.current));
    const result = schema().safeParse(data);
    const all = result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
    for (const name of crossFieldProblems(result.success ? [] : result.error.issues)) {
      const value = data[name];
      if (typeof value === "string" && value.trim() !== "") visited.add(name);
    }
    setCheck({ answer: state, touched: visited, errors: Object.fromEntries([...visited].map((f) => [f, all[f]])) });
  }

  const answered = describeAnswer(state).errors;
  const errors = (name: string) => (touched.has(name) && name in clientErrors ? clientErrors[name] : answered[name]);

  /** Props for a control named `name` (id "f-<name>", tied to its hint and error slot). */
  const field = (name: string, hint = false) => ({
    id: fieldId(name),
    name,
    onBlur: () => validate(name),
    onChange: () => (errors(name)?.length ? validate(name) : undefined),
    "aria-describedby": describedBy(name, hint),
    "aria-invalid": errors(name)?.length ? true : undefined,
  });

  /** The answer's field errors as they stand now (a field fixed since drops out), in the schema's order: the error summary. */
  const summary = () =>
    Object.keys(answered)
      .map((name) => ({ name, message: errors(name)?.[0] }))
      .filter((item): item is { name: string; message: string } => !!item.message);

  return { formRef, key, errors, field, validate, summary };
}

/** The fields named by checks between fields (zod "custom" issues from a refinement of the whole input). */
function crossFieldProblems(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.filter((issue) => issue.code === "custom" && issue.path.length > 0).map((issue) => String(issue.path[0]));
}

export type FormChecks = ReturnType<typeof useFormChecks>;
