import type { ReactNode } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";

/** The result of an action in words, announced to screen readers; `children` add details (e.g. a conflict's changes). */
export function FormStatus({ state, children }: { state: ActionState; children?: ReactNode }) {
  const { notice } = describeAnswer(state);
  if (!notice) return <div role="status" aria-live="polite" />;
  return (
    <div role={state.ok ? "status" : "alert"} aria-live="polite" className={`notice ${state.ok ? "notice--ok" : "notice--error"}`}>
      {children ? <p>{notice}</p> : notice}
      {children}
    </div>
  );
}
