"use client";
import type { ReactNode } from "react";
import type { ActionState } from "@/lib/domain/action-state";
import { useIsLatestAnswer } from "./answer-clock";
import { useDescribeAnswer } from "./use-answer-words";

/**
 * The result of an action in words, announced to screen readers; `children` add details (e.g. a
 * conflict's changes). A success ("Saved.", "Role changed.") goes when a later action on the page
 * answers; a refusal stays, since what it is about is still in its form.
 */
export function FormStatus({ state, children }: { state: ActionState; children?: ReactNode }) {
  const latest = useIsLatestAnswer(state);
  const { notice } = useDescribeAnswer()(state);
  if (!notice || (state.ok && !latest)) return <div role="status" aria-live="polite" />;
  return (
    <div role={state.ok ? "status" : "alert"} aria-live="polite" className={`notice ${state.ok ? "notice--ok" : "notice--error"}`}>
      {children ? <p>{notice}</p> : notice}
      {children}
    </div>
  );
}
