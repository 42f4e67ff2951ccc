import { freshness } from "@/lib/domain/chart-series";
import { messages } from "@/lib/domain/messages";

/** "Stale · 812 days old": how old the newest figure is. */
export function Freshness({ asOf, today }: { asOf: string; today: Date }) {
  const { days, level } = freshness(asOf, today);
  return (
    <span className={`freshness freshness--${level}`}>
      <span className="freshness__dot" aria-hidden="true" />
      {messages.freshness[level]} · {messages.age(days)}
    </span>
  );
}
