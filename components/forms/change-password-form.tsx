"use client";
// The user's own password change. Errors come back beside their fields; the fields are all
// passwords, so none is filled in again after an answer.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy-limits";
import { Field } from "./field";
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
      <Field
        name="currentPassword"
        type="password"
        label={t("current")}
        errors={errors.currentPassword}
        autoComplete="current-password"
        required
      />
      <Field
        name="newPassword"
        type="password"
        label={t("next")}
        hint={t("nextHint", { min: PASSWORD_MIN_LENGTH })}
        errors={errors.newPassword}
        autoComplete="new-password"
        required
      />
      <Field
        name="confirmPassword"
        type="password"
        label={t("confirm")}
        errors={errors.confirmPassword}
        autoComplete="new-password"
        required
      />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("working") : t("submit")}
      </button>
    </form>
  );
}
