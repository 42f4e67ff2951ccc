"use client";
// The user's own password change. Errors come back beside their fields; the fields are all
// passwords, so none is filled in again after an answer.
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy-limits";
import { Field } from "./field";
import { FormStatus } from "./form-status";

const strings = {
  title: "Change your password",
  current: "Current password",
  next: "New password",
  nextHint: `At least ${PASSWORD_MIN_LENGTH} characters; no other rules. Not a common password.`,
  confirm: "New password again",
  submit: "Change password",
  working: "Changing…",
  note: "Your other sessions end; this one stays.",
};

export function ChangePasswordForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = describeAnswer(state).errors;
  return (
    <form action={formAction} className="form" aria-labelledby="change-password-title" noValidate>
      <h2 id="change-password-title">{strings.title}</h2>
      <p>{strings.note}</p>
      <FormStatus state={state} />
      <Field
        name="currentPassword"
        type="password"
        label={strings.current}
        errors={errors.currentPassword}
        autoComplete="current-password"
        required
      />
      <Field
        name="newPassword"
        type="password"
        label={strings.next}
        hint={strings.nextHint}
        errors={errors.newPassword}
        autoComplete="new-password"
        required
      />
      <Field
        name="confirmPassword"
        type="password"
        label={strings.confirm}
        errors={errors.confirmPassword}
        autoComplete="new-password"
        required
      />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? strings.working : strings.submit}
      </button>
    </form>
  );
}
