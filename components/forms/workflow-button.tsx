"use client";
// One workflow step on a record (submit, withdraw, delete, publish ...), optionally asking for
// a reason and optionally asking for confirmation first. Navigates where the action says.
import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/domain/action-state";
import { useRouter } from "@/lib/i18n/navigation";
import { stampAnswer } from "./answer-clock";
import { ConfirmButton } from "./confirm-button";
import { describedBy, FieldShell } from "./field";
import { FormStatus } from "./form-status";
import { useDescribeAnswer } from "./use-answer-words";

export interface WorkflowButtonProps {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string | number>;
  label: string;
  /** Asks before doing it (destructive steps). */
  confirmLabel?: string;
  /** A text box for the reason or comment, with this label. */
  reasonLabel?: string;
  reasonHint?: string;
  /** With a reason and a confirmation: the words shown when "label" is pressed with no reason yet (asked before confirming). */
  reasonRequired?: string;
  primary?: boolean;
}

export function WorkflowButton({
  action,
  fields,
  label,
  confirmLabel,
  reasonLabel,
  reasonHint,
  reasonRequired,
  primary,
}: WorkflowButtonProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, {});
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // The reason checked before the confirmation is offered, for this answer (a new answer clears it).
  const [missingReason, setMissingReason] = useState<{ answer: ActionState; message: string } | null>(null);
  useEffect(() => {
    stampAnswer(state);
    if (state.ok && state.redirectTo) router.push(state.redirectTo);
    else if (state.ok) router.refresh();
  }, [state, router]);
  const answer = useDescribeAnswer()(state);
  const reasonErrors = missingReason?.answer === state ? [missingReason.message] : answer.errors.reason;
  const reasonGiven = () => {
    if (!reasonRequired || reasonRef.current?.value.trim()) {
      setMissingReason(null);
      return true;
    }
    setMissingReason({ answer: state, message: reasonRequired });
    reasonRef.current?.focus();
    return false;
  };
  const id = `reason-${Object.values(fields).join("-")}-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <form action={formAction} className="workflow-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {reasonLabel ? (
        <FieldShell name="reason" id={id} label={reasonLabel} hint={reasonHint} errors={reasonErrors}>
          <textarea
            ref={reasonRef}
            id={id}
            name="reason"
            rows={2}
            defaultValue={state.values?.reason ?? ""}
            aria-describedby={describedBy("reason", !!reasonHint, id)}
            aria-invalid={reasonErrors?.length ? true : undefined}
          />
        </FieldShell>
      ) : null}
      {confirmLabel ? (
        <ConfirmButton label={label} confirmLabel={confirmLabel} pending={pending} readyToAsk={reasonLabel ? reasonGiven : undefined} />
      ) : (
        <button type="submit" className={`button${primary ? " button--primary" : ""}`} disabled={pending}>
          {label}
        </button>
      )}
      {state.ok && !answer.notice ? null : <FormStatus state={state} />}
    </form>
  );
}
