"use client";
// The forms of /admin/users. Each posts to a server action handed in by the page; errors come
// back per field and the user's input stays in the form.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useDomainMessages } from "@/components/i18n/use-domain-messages";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { ROLES, type Role } from "@/lib/domain/enums";
import { ConfirmButton } from "./confirm-button";
import { Field, NewPasswordField } from "./field";
import { SubmitButton } from "./form-shell";
import { FormStatus } from "./form-status";
import { useAnswerKey } from "./use-answer-key";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function RoleSelect({
  id,
  name,
  defaultValue,
  label,
  errors,
}: {
  id: string;
  name: string;
  defaultValue?: string;
  label: string;
  errors?: string[];
}) {
  const messages = useDomainMessages();
  return (
    <div className={`field${errors?.length ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? "editor"}
        aria-describedby={`${id}-error`}
        aria-invalid={errors?.length ? true : undefined}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {messages.role[role]}
          </option>
        ))}
      </select>
      <p id={`${id}-error`} className="field__error" aria-live="polite">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

export function CreateUserForm({ action }: { action: Action }) {
  const t = useTranslations("admin.userForms");
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = describeAnswer(state).errors;
  // A new key after each successful create empties the form for the next user; errors keep it.
  const answerKey = useAnswerKey(state);
  return (
    <form action={formAction} className="form card" aria-labelledby="create-user-title" key={state.ok ? `created-${answerKey}` : "form"}>
      <h2 id="create-user-title">{t("createTitle")}</h2>
      <FormStatus state={state} />
      <Field name="email" type="email" label={t("email")} defaultValue={values.email} errors={errors.email} autoComplete="off" required />
      <Field name="name" label={t("name")} defaultValue={values.name} errors={errors.name} required />
      <Field name="organisation" label={t("organisation")} defaultValue={values.organisation} errors={errors.organisation} />
      <RoleSelect id="create-role" name="role" label={t("role")} defaultValue={values.role} errors={errors.role} />
      <NewPasswordField name="password" label={t("password")} errors={errors.password} />
      <SubmitButton pending={pending} label={t("create")} pendingLabel={t("creating")} />
    </form>
  );
}

export interface UserActions {
  changeRole: Action;
  setActive: Action;
  resetPassword: Action;
  endSessions: Action;
  resetSecondFactor: Action;
}

/** The controls of one user's row. */
export function UserRowActions({
  user,
  actions,
}: {
  user: { id: number; email: string; role: Role; isActive: boolean; secondFactor: boolean };
  actions: UserActions;
}) {
  const t = useTranslations("admin.userForms");
  const [roleState, roleAction, rolePending] = useActionState(actions.changeRole, {});
  const [activeState, activeAction, activePending] = useActionState(actions.setActive, {});
  const [passwordState, passwordAction, passwordPending] = useActionState(actions.resetPassword, {});
  const [sessionState, sessionAction, sessionPending] = useActionState(actions.endSessions, {});
  const [factorState, factorAction, factorPending] = useActionState(actions.resetSecondFactor, {});
  const idField = <input type="hidden" name="userId" value={user.id} />;
  return (
    <div className="row-actions">
      <form action={roleAction} className="inline-form">
        {idField}
        <RoleSelect id={`role-${user.id}`} name="role" defaultValue={user.role} label={t("roleFor", { email: user.email })} />
        <button type="submit" className="button" disabled={rolePending}>
          {t("changeRole")}
        </button>
        <FormStatus state={roleState} />
      </form>
      <form action={activeAction} className="inline-form">
        {idField}
        <input type="hidden" name="active" value={user.isActive ? "false" : "true"} />
        {user.isActive ? (
          <ConfirmButton label={t("disable")} confirmLabel={t("confirmDisable", { email: user.email })} pending={activePending} />
        ) : (
          <button type="submit" className="button" disabled={activePending}>
            {t("enable")}
          </button>
        )}
        <FormStatus state={activeState} />
      </form>
      <form action={passwordAction} className="inline-form">
        {idField}
        <Field
          name="password"
          id={`password-${user.id}`}
          type="password"
          label={t("newPassword", { email: user.email })}
          errors={describeAnswer(passwordState).errors.password}
          autoComplete="new-password"
        />
        <button type="submit" className="button" disabled={passwordPending}>
          {t("resetPassword")}
        </button>
        <FormStatus state={passwordState} />
      </form>
      <form action={sessionAction} className="inline-form">
        {idField}
        <ConfirmButton label={t("endSessions")} confirmLabel={t("confirmEndSessions", { email: user.email })} pending={sessionPending} />
        <FormStatus state={sessionState} />
      </form>
      {user.secondFactor ? (
        <form action={factorAction} className="inline-form">
          {idField}
          <ConfirmButton
            label={t("resetSecondFactor")}
            confirmLabel={t("confirmResetSecondFactor", { email: user.email })}
            pending={factorPending}
          />
          <FormStatus state={factorState} />
        </form>
      ) : (
        <FormStatus state={factorState} />
      )}
    </div>
  );
}
