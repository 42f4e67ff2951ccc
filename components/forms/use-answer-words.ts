"use client";
// The words of action answers and of the shared form parts, in the reader's language. Staff pages
// get the "actions" and "fields" catalogues through <StaffMessages> (a staff area's layout) or
// <FormMessages> (one form on a public page); a page that has neither shows English rather than
// message keys.
import { useLocale, useMessages, useTranslations } from "next-intl";
import { useMemo } from "react";
import { createTranslator } from "use-intl/core";
import { useDomainMessages } from "@/components/i18n/use-domain-messages";
import { answerWords, describeAnswer, englishWords, type AnswerWords } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import enFields from "@/messages/en/fields.json";

type Lookup = AnswerWords["t"] & { has: (key: string) => boolean };

const englishFields = createTranslator({ locale: "en", messages: { fields: enFields }, namespace: "fields" });

/** The answer words (lib/domain/action-messages.ts) of the reader's language. */
export function useAnswerWords(): AnswerWords {
  const present = "actions" in useMessages();
  const t = useTranslations("actions");
  const rules = useDomainMessages();
  const locale = useLocale();
  // t is stable per locale and catalogue; locale is listed so a change of language rebuilds.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (present ? answerWords(t as unknown as Lookup, rules) : englishWords), [present, t, rules, locale]);
}

/** describeAnswer in the reader's language. */
export function useDescribeAnswer(): (state: ActionState) => ReturnType<typeof describeAnswer> {
  const words = useAnswerWords();
  return (state) => describeAnswer(state, words);
}

/** The shared form parts' words (messages/<locale>/fields.json). */
export function useFieldWords(): (key: string, values?: Record<string, string | number>) => string {
  const present = "fields" in useMessages();
  const t = useTranslations("fields");
  return present ? (key, values) => t(key as never, values as never) : (key, values) => englishFields(key as never, values as never);
}
