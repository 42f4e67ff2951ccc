"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/domain/action-state";
import { ConfirmButton } from "./confirm-button";
import { FormStatus } from "./form-status";

const strings = { label: "Sign out everywhere", confirm: "Confirm: end all my sessions" };

export function SignOutEverywhereForm({ action }: { action: (state: ActionState) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <ConfirmButton label={strings.label} confirmLabel={strings.confirm} pending={pending} />
      <FormStatus state={state} />
    </form>
  );
}
