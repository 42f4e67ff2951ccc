// A labelled input with an accessible error slot: the error is announced to screen readers
// (aria-live) and tied to the input (aria-describedby, aria-invalid).
import type { InputHTMLAttributes, ReactNode } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
}

export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const hasError = !!errors?.length;
  return (
    <div className={`field${hasError ? " field--error" : ""}`}>
      <label htmlFor={inputId}>{label}</label>
      {hint ? <p id={hintId} className="field__hint">{hint}</p> : null}
      <input id={inputId} name={name} aria-invalid={hasError || undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(" ")} {...input} />
      <p id={errorId} className="field__error" aria-live="polite">{errors?.join(" ")}</p>
    </div>
  );
}

// For controls laid out by the caller (selects, textareas): the label, hint and error slot
// around them, tied together by ids derived from the field name ("f-<name>").
export function ErrorSlot({ id, errors }: { id: string; errors?: string[] }) {
  return <p id={`${id}-error`} className="field__error" aria-live="polite">{errors?.join(" ")}</p>;
}

export function FieldShell({ name, label, hint, errors, children }: { name: string; label: ReactNode; hint?: ReactNode; errors?: string[]; children: ReactNode }) {
  return (
    <div className={`field${errors?.length ? " field--error" : ""}`}>
      <label htmlFor={`f-${name}`}>{label}</label>
      {hint ? <p id={`f-${name}-hint`} className="field__hint">{hint}</p> : null}
      {children}
      <ErrorSlot id={`f-${name}`} errors={errors} />
    </div>
  );
}

export function describedBy(name: string, hint?: boolean) {
  return [hint ? `f-${name}-hint` : null, `f-${name}-error`].filter(Boolean).join(" ");
}

