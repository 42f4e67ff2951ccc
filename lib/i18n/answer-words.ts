// Action answers' words (lib/domain/action-messages.ts) in a given language, for server code (route
// handlers answering JSON with a message, an action that needs a sentence). One per language.
import { createTranslator } from "use-intl/core";
import { answerWords, type AnswerWords } from "@/lib/domain/action-messages";
import { catalogs } from "./catalog";
import { messagesFor } from "./domain-messages";
import { formats, TIME_ZONE } from "./format";
import type { Locale } from "./routing";

const built = new Map<Locale, AnswerWords>();

export function answerWordsFor(locale: Locale): AnswerWords {
  let words = built.get(locale);
  if (!words) {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "actions", formats, timeZone: TIME_ZONE });
    const lookup = Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), {
      has: (key: string) => t.has(key as never),
    });
    words = answerWords(lookup, messagesFor(locale));
    built.set(locale, words);
  }
  return words;
}
