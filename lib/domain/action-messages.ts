// The words of every server action's answer (lib/domain/action-state.ts): actions answer codes,
// and a form turns its action's registry name + code (+ params) into words of the reader's language.
// The words are in messages/<locale>/actions.json, one group per kind of record ("figure",
// "source" ...) plus "common" for what every action may answer (signed_out, too_many ...); words
// the rules already have (a P-code taken, a choice gone) come from the domain's `Messages`.
// Client components: useAnswerWords() (components/forms/use-answer-words.ts); server code:
// answerWordsFor(locale) (lib/i18n/answer-words.ts).
//
// A new action: register it (lib/auth/mutations.ts), name its groups below, and add the words of
// its own codes to messages/en/actions.json and messages/uk/actions.json.
import { createTranslator } from "use-intl/core";
import enActions from "@/messages/en/actions.json";
import type { ActionState, OutcomeParams } from "./action-state";
import type { BreakdownDimension } from "./enums";
import { messages as englishRules, type Messages } from "./messages";

/** Looks up a key of messages/<locale>/actions.json ("figure.conflict"), with ICU values. */
export interface AnswerWords {
  t: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  /** The rules' words in the same language (field errors such as "This P-code is taken"). */
  rules: Messages;
}

export type AnswerGroup = Exclude<keyof typeof enActions, "proxy">;

/** Per action (registry name, lib/auth/mutations.ts): the groups of actions.json its codes are looked up in, in order; then "common". */
export const actionMessages: Record<string, readonly AnswerGroup[]> = {
  "figures.save": ["figure"],
  "figures.workflow": ["figure"],
  "figures.deleteDraft": ["figure"],
  "figures.review": ["review"],
  "timelineEvents.save": ["timelineEvent"],
  "timelineEvents.workflow": ["timelineEvent"],
  "timelineEvents.review": ["review"],
  "sources.save": ["source"],
  "sources.setActive": ["source"],
  "sources.delete": ["source"],
  "sources.merge": ["source"],
  "locations.save": ["location"],
  "locations.delete": ["location"],
  "locations.import": ["location"],
  "indicators.save": ["indicator"],
  "users.create": ["user"],
  "users.changeRole": ["user"],
  "users.setActive": ["user"],
  "users.resetPassword": ["user"],
  "users.endSessions": ["user"],
  "users.resetSecondFactor": ["user"],
  "account.signOutEverywhere": ["account"],
  "account.changePassword": ["account"],
  "account.confirmTotp": ["twoFactor"],
  "account.turnOffTotp": ["turnOff"],
  "imports.check": ["importBatch"],
  "imports.apply": ["importBatch"],
  "imports.submit": ["importBatch"],
  "imports.delete": ["importBatch"],
  "imports.review": ["reviewImportBatch", "review"],
};

type Rule = (m: Messages, p: OutcomeParams) => string;
/** Words from the rules: `field` only beside the field (the notice is the catalogue's, else the group's "invalid"); `both` also as the notice. */
type RuleWords = { field: Rule; both?: boolean };

const n = (p: OutcomeParams, key: string) => Number(p[key] ?? 0);
const s = (p: OutcomeParams, key: string) => String(p[key] ?? "");
const dimensionNames = (m: Messages, p: OutcomeParams) =>
  s(p, "dimensions")
    .split(",")
    .filter(Boolean)
    .map((d) => m.breakdownDimension[d as BreakdownDimension] ?? d)
    .join(", ");

const invalidChoice: RuleWords = { field: (m) => m.errors.invalidChoice };
const RULE_WORDS: Partial<Record<AnswerGroup, Record<string, RuleWords>>> = {
  common: {
    id_invalid: { field: (m) => m.errors.idInvalid, both: true },
    version_invalid: { field: (m) => m.errors.versionInvalid, both: true },
    version_missing: { field: (m) => m.errors.versionInvalid, both: true },
  },
  figure: { invalid_choice: invalidChoice },
  timelineEvent: { invalid_choice: invalidChoice },
  source: {
    name_taken: { field: (m) => m.errors.sourceNameTaken },
    grade_reason_required: { field: (m) => m.errors.gradeReasonRequired },
  },
  location: {
    pcode_taken: { field: (m) => m.errors.pcodeTaken },
    pcode_not_under_parent: { field: (m, p) => m.errors.pcodeNotUnderParent(s(p, "parentPcode")) },
    level_mismatch: { field: (m) => m.errors.levelNotUnderParent },
    parent_missing: { field: (m) => m.errors.parentMissing },
    parent_is_self: { field: (m) => m.errors.parentIsSelf },
    move_needs_confirmation: { field: (m, p) => m.errors.moveNeedsConfirmation(n(p, "figures")) },
    in_use: { field: (m, p) => m.errors.locationInUse(n(p, "figures"), n(p, "children")), both: true },
  },
  indicator: {
    slug_taken: { field: (m) => m.errors.slugTaken },
    breakdown_in_use: { field: (m, p) => m.errors.breakdownInUse(dimensionNames(m, p)) },
  },
  account: { wrong_password: { field: (m) => m.errors.currentPasswordWrong } },
};

/** Counts a message shows only when there are some: absent means none. */
const OPTIONAL_COUNTS = { skipped: 0, refused: 0, fourEyes: 0, ended: 0 };

/** The values a message embeds: the answer's params, with what some words need derived from them. */
function valuesOf(params: OutcomeParams): Record<string, string | number> {
  const values: Record<string, string | number> = { ...OPTIONAL_COUNTS };
  for (const [key, value] of Object.entries(params)) if (value !== undefined) values[key] = value;
  // A wait reads in seconds under a minute, else in whole minutes.
  const seconds = Number(values.seconds ?? 0);
  values.unit = seconds < 60 ? "seconds" : "minutes";
  values.minutes = Math.ceil(seconds / 60);
  return values;
}

interface Found {
  text?: string;
  rule?: RuleWords;
}

function lookup(words: AnswerWords, action: string | undefined, code: string, values: Record<string, string | number>): Found {
  const groups: readonly AnswerGroup[] = [...((action && actionMessages[action]) || []), "common"];
  for (const group of groups) {
    const key = `${group}.${code}`;
    const text = words.has(key) ? words.t(key, values) : undefined;
    const rule = RULE_WORDS[group]?.[code];
    if (text !== undefined || rule) return { text, rule };
  }
  return {};
}

/** The notice and field errors of an answer, in the words given (English when none: tests, logs). */
export function describeAnswer(
  state: ActionState,
  words: AnswerWords = englishWords,
): { notice?: string; errors: Record<string, string[] | undefined> } {
  const errors = { ...(state.errors ?? {}) };
  const failed = words.t("common.failed");
  if (!state.code) return { notice: state.ok === false ? failed : undefined, errors };
  const params = state.params ?? {};
  const values = valuesOf(params);
  const { text, rule } = lookup(words, state.action, state.code, values);
  const ruleText = rule?.field(words.rules, params);
  const fieldText = ruleText ?? text;
  const noticeText = text ?? (rule?.both ? ruleText : rule ? lookup(words, state.action, "invalid", values).text : undefined);
  if (state.field && fieldText) errors[state.field] = [fieldText];
  return { notice: noticeText ?? (state.ok === false ? failed : undefined), errors };
}

/** Answer words from a translator over one language's actions.json and that language's rules. */
export function answerWords(t: AnswerWords["t"] & { has: (key: string) => boolean }, rules: Messages): AnswerWords {
  return { t: (key, values) => t(key, values), has: (key) => t.has(key), rules };
}

const englishTranslator = createTranslator({ locale: "en", messages: { actions: enActions }, namespace: "actions" });

/** English, for code that has no reader (tests, logs, the machine-facing API). */
export const englishWords: AnswerWords = answerWords(
  Object.assign((key: string, values?: Record<string, string | number>) => englishTranslator(key as never, values as never), {
    has: (key: string) => englishTranslator.has(key as never),
  }),
  englishRules,
);
