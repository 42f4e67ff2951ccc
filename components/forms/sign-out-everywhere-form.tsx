"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/domain/action-state";
import { ConfirmButton } from "./confirm-button";
import { FormStatus } from "./form-status";

export function SignOutEverywhereForm({ action }: { action: (state: ActionState) => Promise<ActionState> }) {
  const t = useTranslations("account.signOutEverywhere");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <ConfirmButton label={t("label")} confirmLabel={t("confirm")} pending={pending} />
      <FormStatus state={state} />
    </form>
  );
}
