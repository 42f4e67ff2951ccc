import "server-only";
// The one way to write a server action. A declaration names the action (its registry entry in
// lib/auth/mutations.ts, which gives the role), how the record it changes is named (id and
// version, parsed by lib/domain/record-ref.ts), its zod input schema, which fields go back to
// the form on failure, which pages it revalidates, and its body. The builder runs the guard,
// parses, answers refusals with their HTTP-like status and code, and never holds words: the form
// turns codes into words (lib/domain/action-messages.ts). Field errors of the input schema are in
// the language of the page that posted (the locale next-intl has for the request, from its URL).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorOf, currentOrigin } from "@/lib/auth/action-helpers";
import { guardedAction } from "@/lib/auth/guard";
import type { MutationName } from "@/lib/auth/mutations";
import type { Actor } from "@/lib/data/audit";
import type { CreateRecord, UpdateRecord } from "@/lib/data/versioned";
import type { SessionUser } from "@/lib/data/sessions";
import type { ActionState, ActionStatus, OutcomeParams } from "@/lib/domain/action-state";
import type { Role } from "@/lib/domain/enums";
import type { Messages } from "@/lib/domain/messages";
import { parseExistingRef, parseRecordRef, type RecordRef } from "@/lib/domain/record-ref";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { redirectIn } from "@/lib/i18n/redirect";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/routing";
import { getLocale } from "next-intl/server";

/** The status of a refusal code, unless the declaration says otherwise; any other code is invalid input (422). */
const REFUSAL_STATUS: Record<string, ActionStatus> = {
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  in_use: 409,
  not_pending: 409,
  version_missing: 409,
  forbidden: 403,
  four_eyes: 403,
  required_for_admin: 403,
  not_enabled: 403,
  throttled: 429,
};

/** A refusal from the body: a data-layer result (`{ ok: false, code, ...details }`) or one of its own. */
export interface Refused {
  ok: false;
  code: string;
  /** Field errors in words from a shared schema check the body ran (e.g. choices no longer available). */
  errors?: ActionState["errors"];
  conflict?: ActionState["conflict"];
  plan?: ActionState["plan"];
  values?: Record<string, string>;
  retryAfterSeconds?: number;
  params?: OutcomeParams;
  [detail: string]: unknown;
}

export interface Done {
  ok: true;
  /** What the form says (e.g. "saved"); none: the form only navigates or refreshes. */
  code?: string;
  params?: OutcomeParams;
  /** Where the form navigates (client side) after this answer. */
  redirectTo?: string;
  /** Where the server sends the browser instead of answering (after deletes: the record's page is gone). */
  redirect?: string;
  /** Paths beyond the declared ones (e.g. the changed record's page). */
  revalidate?: string[];
  recoveryCodes?: string[];
  plan?: ActionState["plan"];
  values?: Record<string, string>;
}

type RefMode = "create-or-update" | "existing";
type RefOf<M> = M extends "create-or-update" ? RecordRef : M extends "existing" ? { id: number; version: number } : undefined;

export interface ActionContext<Input, M> {
  user: SessionUser;
  /** The signed-in user as the audit log and the editorial rules see them. */
  actor: Actor & { role: Role };
  input: Input;
  ref: RefOf<M>;
  formData: FormData;
  /** The rules' words in the language of the page that posted (for checks the body runs itself). */
  messages: Messages;
  /** "address user-agent" of the request, for the audit log. */
  origin: () => Promise<string>;
}

/** A path to revalidate; `[path, "layout"]` revalidates everything under a layout. */
export type Revalidation = string | [string, "layout"];

export interface ActionSpec<S extends z.ZodType, M extends RefMode | undefined> {
  /** How the record is named: a form that creates or updates, or an existing record (workflow steps, deletes). */
  ref?: M;
  /**
   * The input schema (the same one the form checks on blur), built with the poster's words when a
   * function. None: the action takes nothing beyond the record ref (workflow buttons, deletes).
   */
  input?: S | ((user: SessionUser, messages: Messages) => S);
  /** What the schema reads; the form's fields by default. */
  from?: (formData: FormData) => unknown;
  /** Text fields sent back on a refusal so nothing typed is lost (never passwords), or a function for lists. */
  keep?: readonly string[] | ((formData: FormData) => Record<string, string>);
  /** Refusal codes that belong to a field (their words go beside it), and statuses beyond REFUSAL_STATUS. */
  refusals?: Record<string, { field?: string; status?: ActionStatus }>;
  /** Paths every successful run revalidates. */
  revalidate?: readonly Revalidation[];
  /**
   * Which chosen records (by field) the schema accepted but the database no longer has: refused as
   * field errors before the body. Write it as an arrow (`(input) => check(input)`) so TypeScript
   * infers the input from the schema first.
   */
  missingChoices?: (input: NoInfer<z.output<S>>) => Promise<string[]>;
  /** Actions without a form (e.g. sign out everywhere) take no FormData. */
  form?: boolean;
  body: (ctx: ActionContext<z.output<S>, M>) => Promise<Done | Refused>;
}

/** Choices the schema accepted but the database no longer has (deleted meanwhile): field errors, or null. */
function refuseMissingChoices(missing: string[], messages: Messages): Refused | null {
  if (!missing.length) return null;
  return { ok: false, code: "invalid", errors: Object.fromEntries(missing.map((field) => [field, [messages.errors.invalidChoice]])) };
}

/** The language of the page that posted the action (next-intl's request locale, from the page's URL). */
async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** The action the page hands to its form; `mutation` names its registry entry (checked by define-action.test.ts). */
export type ServerAction = ((previous: ActionState, formData?: FormData) => Promise<ActionState>) & { mutation: MutationName };

/** Primitive details of a data-layer refusal (counts, a P-code, a list of names) become the words' params. */
function paramsOf(refused: Refused): OutcomeParams {
  const params: OutcomeParams = { ...(refused.params ?? {}) };
  for (const [key, value] of Object.entries(refused)) {
    if (key === "ok" || key === "code") continue;
    if (typeof value === "string" || typeof value === "number") params[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) params[key] = value.join(",");
  }
  return params;
}

function keptValues(keep: ActionSpec<z.ZodType, RefMode | undefined>["keep"], formData: FormData): Record<string, string> | undefined {
  if (!keep) return undefined;
  if (typeof keep === "function") return keep(formData);
  return Object.fromEntries(keep.map((name) => [name, String(formData.get(name) ?? "")]));
}

const NO_INPUT = z.object({});

export function defineAction<S extends z.ZodType = typeof NO_INPUT, M extends RefMode | undefined = undefined>(
  name: MutationName,
  spec: ActionSpec<S, M>,
): ServerAction {
  async function run(user: SessionUser, formData: FormData): Promise<ActionState> {
    const locale = await requestLocale();
    const messages = messagesFor(locale);
    const values = keptValues(spec.keep, formData);
    const refuse = (refused: Refused): ActionState => {
      const declared = spec.refusals?.[refused.code];
      const status = declared?.status ?? REFUSAL_STATUS[refused.code] ?? 422;
      const params = paramsOf(refused);
      return {
        ok: false,
        status,
        action: name,
        code: refused.code,
        ...(Object.keys(params).length ? { params } : {}),
        ...(declared?.field ? { field: declared.field } : {}),
        ...(refused.errors ? { errors: refused.errors } : {}),
        ...(refused.conflict ? { conflict: refused.conflict } : {}),
        ...(refused.plan ? { plan: refused.plan } : {}),
        ...(refused.retryAfterSeconds !== undefined ? { retryAfterSeconds: refused.retryAfterSeconds } : {}),
        values: refused.values ?? values,
      };
    };

    let ref: unknown = undefined;
    if (spec.ref === "create-or-update" || spec.ref === "existing") {
      const parsed = spec.ref === "existing" ? parseExistingRef(formData) : parseRecordRef(formData);
      if (!parsed.ok) return { ...refuse({ ok: false, code: parsed.code }), field: parsed.field };
      ref = "ref" in parsed ? parsed.ref : { id: parsed.id, version: parsed.version };
    }
    // No input: S is NO_INPUT's type (the default).
    const schema = typeof spec.input === "function" ? spec.input(user, messages) : (spec.input ?? (NO_INPUT as z.ZodType as S));
    const parsed = schema.safeParse(spec.from ? spec.from(formData) : Object.fromEntries(formData));
    if (!parsed.success) {
      return { ...refuse({ ok: false, code: "invalid" }), errors: z.flattenError(parsed.error).fieldErrors as ActionState["errors"] };
    }
    const missing = spec.missingChoices ? refuseMissingChoices(await spec.missingChoices(parsed.data), messages) : null;
    if (missing) return refuse(missing);
    const outcome = await spec.body({
      user,
      actor: { ...actorOf(user), role: user.role },
      input: parsed.data,
      ref: ref as RefOf<M>,
      formData,
      messages,
      origin: currentOrigin,
    });
    if (!outcome.ok) return refuse(outcome);
    for (const path of [...(spec.revalidate ?? []), ...(outcome.revalidate ?? [])]) {
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(path[0], path[1]);
    }
    if (outcome.redirect) redirectIn(locale, outcome.redirect);
    return {
      ok: true,
      status: 200,
      action: name,
      ...(outcome.code ? { code: outcome.code } : {}),
      ...(outcome.params ? { params: outcome.params } : {}),
      ...(outcome.redirectTo ? { redirectTo: outcome.redirectTo } : {}),
      ...(outcome.recoveryCodes ? { recoveryCodes: outcome.recoveryCodes } : {}),
      ...(outcome.plan ? { plan: outcome.plan } : {}),
      ...(outcome.values ? { values: outcome.values } : {}),
    };
  }

  // guardedAction tells a form-reading handler by its arity (user, previous, formData).
  const action =
    spec.form === false
      ? guardedAction(name, (user: SessionUser, _previous: ActionState) => run(user, new FormData()))
      : guardedAction(name, (user: SessionUser, _previous: ActionState, formData: FormData) => run(user, formData));
  return Object.assign(action as (previous: ActionState, formData?: FormData) => Promise<ActionState>, { mutation: name });
}

/** `refusals` written by field: `{ pcode: ["pcode_taken", "pcode_not_under_parent"] }`, each code's words beside that field. */
export function besideFields(codesByField: Record<string, readonly string[]>): Record<string, { field: string }> {
  return Object.fromEntries(Object.entries(codesByField).flatMap(([field, codes]) => codes.map((code) => [code, { field }])));
}

/** A "create-or-update" body's write: the update when the form names a record, else the create. */
export async function saveByRef<A, I, C, U>(
  ctx: { actor: A; input: I; ref: RecordRef; origin: () => Promise<string> },
  create: CreateRecord<A, I, C>,
  update: UpdateRecord<A, I, U>,
): Promise<C | U> {
  const { actor, input, ref } = ctx;
  const origin = await ctx.origin();
  return ref.mode === "update" ? update(actor, ref.id, { ...input, version: ref.version }, origin) : create(actor, input, origin);
}

/** A create that cannot be refused (a new draft), answering as an update does: `{ ok: true, record }`. */
export function alwaysCreates<A, I, R>(create: CreateRecord<A, I, R>): CreateRecord<A, I, { ok: true; record: R }> {
  return async (actor, input, origin) => ({ ok: true, record: await create(actor, input, origin) });
}

/** What a step on an existing record declares beside its write (see defineDeleteAction, editor-step.ts). */
export interface ExistingRecordSpec<F extends Refused> {
  /** Paths every successful run revalidates. */
  revalidate: readonly Revalidation[];
  /** Pages of the record to revalidate beyond the declared ones (e.g. its public page). */
  pages?: (id: number) => string[];
  /** Adds details to a refusal (e.g. what changed meanwhile, for a conflict). */
  refused?: (refused: F, version: number) => Promise<Refused>;
}

/** A refusal of a step on an existing record, with the details its declaration adds. */
export function refusedOn<F extends Refused>(spec: ExistingRecordSpec<F>, refused: F, version: number): Promise<Refused> | Refused {
  return spec.refused ? spec.refused(refused, version) : refused;
}

export interface DeleteSpec<F extends Refused> extends ExistingRecordSpec<F> {
  /** The data layer's version-checked delete. */
  remove: (actor: Actor & { role: Role }, id: number, version: number, origin: string | null) => Promise<{ ok: true } | F>;
  /** Where the server sends the browser after the delete. */
  redirect: string;
}

/** Deletes an existing record (id and version, no other input), then redirects on the server. */
export function defineDeleteAction<F extends Refused>(name: MutationName, spec: DeleteSpec<F>): ServerAction {
  return defineAction(name, {
    ref: "existing",
    revalidate: spec.revalidate,
    body: async ({ actor, ref, origin }) => {
      const result = await spec.remove(actor, ref.id, ref.version, await origin());
      if (!result.ok) return refusedOn(spec, result, ref.version);
      // Redirect on the server: re-rendering the deleted record's page would only find nothing.
      return { ok: true, revalidate: spec.pages?.(ref.id), redirect: spec.redirect };
    },
  });
}
