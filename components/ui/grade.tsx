import { useLocale } from "next-intl";
import { createTranslator } from "use-intl/core";
import { formatGrade, isCredibility, type Credibility } from "@/lib/domain/grades";
import type { Reliability } from "@/lib/domain/enums";
import { catalogs } from "@/lib/i18n/catalog";
import { messagesFor } from "@/lib/i18n/domain-messages";
import type { Locale } from "@/lib/i18n/routing";

/** A grade's text ("B2", or "B" without a credibility) and its meaning, in the reader's language. */
export function gradeLabel(reliability: Reliability, credibility: number | undefined, locale: Locale): { text: string; title: string } {
  const m = messagesFor(locale);
  if (credibility === undefined || !isCredibility(credibility)) {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "public.grade" });
    return { text: reliability, title: t("reliabilityOnly", { reliability, meaning: m.reliability[reliability].toLowerCase() }) };
  }
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
