"use client";
// The forms of /admin/users. Each posts to a server action handed in by the page; errors come
// back per field and the user's input stays in the form.
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { ROLES, type Role } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy-limits";
import { ConfirmButton } from "./confirm-button";
import { Field } from "./field";
import { FormStatus } from "./form-status";
import { useAnswerKey } from "./use-answer-key";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const strings = {
  createTitle: "Add a user",
  email: "Email",
  name: "Name",
  organisation: "Organisation (optional)",
  role: "Role",
  password: "Initial password",
  passwordHint: `At least ${PASSWORD_MIN_LENGTH} characters; no other rules. Not a common password.`,
  create: "Create the account",
  creating: "Creating…",
  changeRole: "Change role",
  roleFor: (email: string) => `Role of ${email}`,
  disable: "Disable",
  confirmDisable: (email: string) => `Confirm: disable ${email}`,
  enable: "Enable",
  newPassword: (email: string) => `New password for ${email}`,
  resetPassword: "Reset password",
  endSessions: "End sessions",
  confirmEndSessions: (email: string) => `Confirm: sign ${email} out everywhere`,
  resetSecondFactor: "Reset two-factor",
  confirmResetSecondFactor: (email: string) => `Confirm: reset two-factor of ${email}`,
};

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
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = describeAnswer(state).errors;
  // A new key after each successful create empties the form for the next user; errors keep it.
  const answerKey = useAnswerKey(state);
  return (
    <form action={formAction} className="form card" aria-labelledby="create-user-title" key={state.ok ? `created-${answerKey}` : "form"}>
      <h2 id="create-user-title">{strings.createTitle}</h2>
      <FormStatus state={state} />
      <Field
        name="email"
        type="email"
        label={strings.email}
        defaultValue={values.email}
        errors={errors.email}
        autoComplete="off"
        required
      />
      <Field name="name" label={strings.name} defaultValue={values.name} errors={errors.name} required />
      <Field name="organisation" label={strings.organisation} defaultValue={values.organisation} errors={errors.organisation} />
      <RoleSelect id="create-role" name="role" label={strings.role} defaultValue={values.role} errors={errors.role} />
      <Field
        name="password"
        type="password"
        label={strings.password}
        hint={strings.passwordHint}
        errors={errors.password}
        autoComplete="new-password"
        required
      />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? strings.creating : strings.create}
      </button>
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
        <RoleSelect id={`role-${user.id}`} name="role" defaultValue={user.role} label={strings.roleFor(user.email)} />
        <button type="submit" className="button" disabled={rolePending}>
          {strings.changeRole}
        </button>
        <FormStatus state={roleState} />
      </form>
      <form action={activeAction} className="inline-form">
        {idField}
        <input type="hidden" name="active" value={user.isActive ? "false" : "true"} />
        {user.isActive ? (
          <ConfirmButton label={strings.disable} confirmLabel={strings.confirmDisable(user.email)} pending={activePending} />
        ) : (
          <button type="submit" className="button" disabled={activePending}>
            {strings.enable}
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
          label={strings.newPassword(user.email)}
          errors={describeAnswer(passwordState).errors.password}
          autoComplete="new-password"
        />
        <button type="submit" className="button" disabled={passwordPending}>
          {strings.resetPassword}
        </button>
        <FormStatus state={passwordState} />
      </form>
      <form action={sessionAction} className="inline-form">
        {idField}
        <ConfirmButton label={strings.endSessions} confirmLabel={strings.confirmEndSessions(user.email)} pending={sessionPending} />
        <FormStatus state={sessionState} />
      </form>
      {user.secondFactor ? (
        <form action={factorAction} className="inline-form">
          {idField}
          <ConfirmButton
            label={strings.resetSecondFactor}
            confirmLabel={strings.confirmResetSecondFactor(user.email)}
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
