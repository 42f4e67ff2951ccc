"use client";
// The one shell of every entity form (figure, event, source, place, indicator): the action's
// state, the loaded values overlaid with those the answer kept, schema checks on blur
// (use-form-checks.ts), the hidden id and version of the record, the status notice (or, after a
// refused save with field errors, the error summary linking to each field) and a submit button
// that shows it is pending.
import { createContext, useActionState, useContext, type InputHTMLAttributes, type ReactNode } from "react";
import type { z } from "zod";
import type { ActionState } from "@/lib/domain/action-state";
import type { Messages } from "@/lib/domain/messages";
import { useDomainMessages } from "@/components/i18n/use-domain-messages";
import { ErrorSummary } from "./error-summary";
import { FieldShell } from "./field";
import { FormStatus } from "./form-status";
import { useDescribeAnswer } from "./use-answer-words";
import { useFormChecks, type FormChecks } from "./use-form-checks";
import { ChoiceOptions, choicesOf } from "@/components/ui/choice-options";

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
export type FormValues = Record<string, string>;

/** What every entity form takes from its page: the action it posts to and the values it starts from. */
export type EntityFormProps = Pick<FormShellProps, "action" | "initial">;

export interface FormShellProps {
  action: FormAction;
  initial: FormValues;
  schema: () => z.ZodType;
  /** The form's catalogue: its accessible name ("label") and the submit button's words ("save", "saving"). */
  words: (key: "label" | "save" | "saving") => string;
  wide?: boolean;
  /** Details under the status notice (e.g. what a conflicting edit changed). */
  details?: (state: ActionState) => ReactNode;
  children: (form: EntityForm) => ReactNode;
}

/** What a form's fields are drawn with: the values (loaded, or kept by the answer), the checks and their shortcuts. */
export interface EntityForm {
  values: FormValues;
  checks: FormChecks;
  state: ActionState;
  errors: FormChecks["errors"];
  field: FormChecks["field"];
  /** The rules' words in the reader's language (option labels of closed lists: `messages.sourceKind`). */
  messages: Messages;
}

export function FormShell({ action, initial, schema, words: t, wide, details, children }: FormShellProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const values: FormValues = { ...initial, ...(state.values ?? {}) };
  const checks = useFormChecks(state, schema);
  const describeAnswer = useDescribeAnswer();
  const messages = useDomainMessages();
  // Taken apart here: the hooks linter treats every property of an object holding a ref as a ref.
  const { formRef, key } = checks;
  const summary = state.ok === false ? checks.summary() : [];
  return (
    <form ref={formRef} key={key} action={formAction} className={wide ? "form form--wide" : "form"} noValidate aria-label={t("label")}>
      <input type="hidden" name="id" value={values.id ?? ""} />
      <input type="hidden" name="version" value={values.version ?? ""} />
      {summary.length > 0 ? (
        <ErrorSummary notice={describeAnswer(state).notice} items={summary} answer={state} />
      ) : (
        <FormStatus state={state}>{details?.(state)}</FormStatus>
      )}
      <FormFieldsContext value={{ values, checks }}>
        {children({ values, checks, state, errors: checks.errors, field: checks.field, messages })}
      </FormFieldsContext>
      <SubmitButton pending={pending} label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel?: string }) {
  return (
    <button type="submit" className="button button--primary" disabled={pending}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}

/** What a field row needs of its form: the values loaded or kept, and the checks. */
export interface FormFields {
  values: Record<string, string | undefined>;
  checks: Pick<FormChecks, "field" | "errors">;
}

/** The form a field row stands in, given by FormShell to every row inside it. */
const FormFieldsContext = createContext<FormFields | null>(null);

function useFormFields(): FormFields {
  const form = useContext(FormFieldsContext);
  if (!form) throw new Error("A field row stands inside a FormShell.");
  return form;
}

/** One input of an entity form: its label and hint, the control tied to the form's checks, the value loaded or kept. */
export function InputRow({
  name,
  label,
  hint,
  ...input
}: { name: string; label: ReactNode; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "form">) {
  const form = useFormFields();
  return (
    <FieldShell name={name} label={label} hint={hint} errors={form.checks.errors(name)}>
      <input {...form.checks.field(name, !!hint)} defaultValue={form.values[name] ?? ""} {...input} />
    </FieldShell>
  );
}

/** One choice of a closed list in an entity form, like InputRow: each option's words from `optionLabel`. */
export function SelectRow<Option extends string | number>({
  name,
  label,
  hint,
  options,
  optionLabel,
  blank,
  fallback,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly Option[];
  optionLabel: (option: Option) => string;
  /** A first option with no value ("— choose —", "any"); without it one of the options is always chosen. */
  blank?: string;
  /** Chosen when the form has no value for it yet. */
  fallback?: Option;
}) {
  const form = useFormFields();
  return (
    <FieldShell name={name} label={label} hint={hint} errors={form.checks.errors(name)}>
      <select {...form.checks.field(name, !!hint)} defaultValue={form.values[name] || String(fallback ?? "")}>
        <ChoiceOptions empty={blank} choices={choicesOf(options, optionLabel)} />
      </select>
    </FieldShell>
  );
}
