import { useLocale } from "next-intl";
import { freshness } from "@/lib/domain/chart-series";
import { messagesFor } from "@/lib/i18n/domain-messages";
import type { Locale } from "@/lib/i18n/routing";

/** "Stale · 812 days old": how old the newest figure is. */
export function Freshness({ asOf, today }: { asOf: string; today: Date }) {
  const m = messagesFor(useLocale() as Locale);
  const { days, level } = freshness(asOf, today);
  return (
    <span className={`freshness freshness--${level}`}>
      <span className="freshness__dot" aria-hidden="true" />
      {m.freshness[level]} · {m.age(days)}
    </span>
  );
}
