// Labelled controls with an accessible error slot: the error is announced to screen readers
// (aria-live) and tied to the control (aria-describedby, aria-invalid). One id scheme for every
// form: the control of field `name` is "f-<name>", its hint "f-<name>-hint", its error "f-<name>-error".
import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy-limits";

export const fieldId = (name: string) => `f-${name}`;

export function describedBy(name: string, hint?: boolean, id = fieldId(name)) {
  return [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
}

/** An input with its label, hint and error slot (`id` only where one page shows the same name twice). */
export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  const inputId = id ?? fieldId(name);
  const hasError = !!errors?.length;
  return (
    <FieldShell name={name} id={inputId} label={label} hint={hint} errors={errors}>
      <input
        id={inputId}
        name={name}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy(name, !!hint, inputId)}
        {...input}
      />
    </FieldShell>
  );
}

/** A required password input: never filled in again after an answer (no value is passed back). */
export function PasswordField(props: Omit<FieldProps, "type" | "required" | "defaultValue" | "value">) {
  return <Field type="password" required {...props} />;
}

/** A password being chosen: the policy's minimum in its hint, and the browser offers to make one up. */
export function NewPasswordField(props: Omit<FieldProps, "type" | "required" | "defaultValue" | "value" | "hint" | "autoComplete">) {
  const t = useTranslations("fields.form");
  return <PasswordField hint={t("newPasswordHint", { min: PASSWORD_MIN_LENGTH })} autoComplete="new-password" {...props} />;
}

export function ErrorSlot({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={`${id}-error`} className="field__error" aria-live="polite">
      {errors?.join(" ")}
    </p>
  );
}

/** For controls laid out by the caller (selects, textareas): the label, hint and error slot around them. */
export function FieldShell({
  name,
  id = fieldId(name),
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div className={`field${errors?.length ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      <ErrorSlot id={id} errors={errors} />
    </div>
  );
}
