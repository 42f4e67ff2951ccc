import { useLocale } from "next-intl";
import { createTranslator } from "use-intl/core";
import { formatGrade, isCredibility, type Credibility } from "@/lib/domain/grades";
import type { Reliability } from "@/lib/domain/enums";
import { catalogs } from "@/lib/i18n/catalog";
import { messagesFor } from "@/lib/i18n/domain-messages";
import type { Locale } from "@/lib/i18n/routing";

type ReliabilityOnly = (reliability: Reliability) => string;

// "Source reliability B: usually reliable" for each grade, built once per language (a table calls
// gradeLabel once a row), like messagesFor.
const reliabilityOnlyWords = new Map<Locale, ReliabilityOnly>();

function reliabilityOnlyFor(locale: Locale): ReliabilityOnly {
  let words = reliabilityOnlyWords.get(locale);
  if (!words) {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "public.grade" });
    const m = messagesFor(locale);
    const titles = new Map<Reliability, string>();
    words = (reliability) => {
      let title = titles.get(reliability);
      if (title === undefined) {
        title = t("reliabilityOnly", { reliability, meaning: m.reliability[reliability].toLowerCase() });
        titles.set(reliability, title);
      }
      return title;
    };
    reliabilityOnlyWords.set(locale, words);
  }
  return words;
}

/** A grade's text ("B2", or "B" without a credibility) and its meaning, in the reader's language. */
export function gradeLabel(reliability: Reliability, credibility: number | undefined, locale: Locale): { text: string; title: string } {
  if (credibility === undefined || !isCredibility(credibility))
    return { text: reliability, title: reliabilityOnlyFor(locale)(reliability) };
  const m = messagesFor(locale);
  const grade = formatGrade(reliability, credibility);
  return { text: grade, title: m.gradeDescription(grade, reliability, credibility as Credibility) };
}

/** "B2" (or "B" without a credibility) with its meaning as a tooltip and for screen readers. */
export function Grade({ reliability, credibility }: { reliability: Reliability; credibility?: number }) {
  const { text, title } = gradeLabel(reliability, credibility, useLocale() as Locale);
  return (
    <abbr className="grade" title={title}>
      {text}
    </abbr>
  );
}
