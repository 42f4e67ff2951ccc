"use client";
// The forms of /admin/users. Each posts to a server action handed in by the page; errors come
// back per field and the user's input stays in the form.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
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
  return (
    <div className="row-actions">
      <RowForm action={actions.changeRole} userId={user.id}>
        {({ pending }) => (
          <>
            <RoleSelect id={`role-${user.id}`} name="role" defaultValue={user.role} label={t("roleFor", { email: user.email })} />
            <RowSubmit pending={pending} label={t("changeRole")} />
          </>
        )}
      </RowForm>
      <RowForm action={actions.setActive} userId={user.id}>
        {({ pending }) => (
          <>
            <input type="hidden" name="active" value={user.isActive ? "false" : "true"} />
            {user.isActive ? (
              <ConfirmButton label={t("disable")} confirmLabel={t("confirmDisable", { email: user.email })} pending={pending} />
            ) : (
              <RowSubmit pending={pending} label={t("enable")} />
            )}
          </>
        )}
      </RowForm>
      <RowForm action={actions.resetPassword} userId={user.id}>
        {({ state, pending }) => (
          <>
            <Field
              name="password"
              id={`password-${user.id}`}
              type="password"
              label={t("newPassword", { email: user.email })}
              errors={describeAnswer(state).errors.password}
              autoComplete="new-password"
            />
            <RowSubmit pending={pending} label={t("resetPassword")} />
          </>
        )}
      </RowForm>
      <RowForm action={actions.endSessions} userId={user.id}>
        {({ pending }) => (
          <ConfirmButton label={t("endSessions")} confirmLabel={t("confirmEndSessions", { email: user.email })} pending={pending} />
        )}
      </RowForm>
      {/* After the reset only the answer stays: the user has no second factor left to reset. */}
      <RowForm action={actions.resetSecondFactor} userId={user.id} shown={user.secondFactor}>
        {({ pending }) => (
          <ConfirmButton
            label={t("resetSecondFactor")}
            confirmLabel={t("confirmResetSecondFactor", { email: user.email })}
            pending={pending}
          />
        )}
      </RowForm>
    </div>
  );
}

/** One control of a user's row: its own action state, the user's id, and the answer beside it. */
function RowForm({
  action,
  userId,
  shown = true,
  children,
}: {
  action: Action;
  userId: number;
  /** False: only the answer stays (the control no longer applies). */
  shown?: boolean;
  children: (answer: { state: ActionState; pending: boolean }) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  if (!shown) return <FormStatus state={state} />;
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      {children({ state, pending })}
      <FormStatus state={state} />
    </form>
  );
}

function RowSubmit({ pending, label }: { pending: boolean; label: string }) {
  return (
    <button type="submit" className="button" disabled={pending}>
      {label}
    </button>
  );
}
