import type { ActionState } from "@/lib/domain/action-state";

/** The result of an action, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState }) {
  if (!state.message) return <div role="status" aria-live="polite" />;
  return (
    <div role={state.ok ? "status" : "alert"} aria-live="polite" className={`notice ${state.ok ? "notice--ok" : "notice--error"}`}>
      {state.message}
    </div>
  );
}
