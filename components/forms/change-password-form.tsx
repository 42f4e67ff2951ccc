"use client";
// The user's own password change. Errors come back beside their fields; the fields are all
// passwords, so none is filled in again after an answer.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { NewPasswordField, PasswordField } from "./field";
import { SubmitButton } from "./form-shell";
import { FormStatus } from "./form-status";

export function ChangePasswordForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const t = useTranslations("account.changePassword");
  const [state, formAction, pending] = useActionState(action, {});
  const errors = describeAnswer(state).errors;
  return (
    <form action={formAction} className="form" aria-labelledby="change-password-title" noValidate>
      <h2 id="change-password-title">{t("title")}</h2>
      <p>{t("note")}</p>
      <FormStatus state={state} />
      <PasswordField name="currentPassword" label={t("current")} errors={errors.currentPassword} autoComplete="current-password" />
      <NewPasswordField name="newPassword" label={t("next")} errors={errors.newPassword} />
      <PasswordField name="confirmPassword" label={t("confirm")} errors={errors.confirmPassword} autoComplete="new-password" />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("working")} />
    </form>
  );
}
