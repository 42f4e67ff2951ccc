import { formatGrade, isCredibility, type Credibility } from "@/lib/domain/grades";
import type { Reliability } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";

const strings = { reliabilityOnly: (r: Reliability) => `Source reliability ${r}: ${messages.reliability[r].toLowerCase()}` };

/** A grade's text ("B2", or "B" without a credibility) and its meaning. */
export function gradeLabel(reliability: Reliability, credibility?: number): { text: string; title: string } {
  if (credibility === undefined || !isCredibility(credibility)) return { text: reliability, title: strings.reliabilityOnly(reliability) };
  const grade = formatGrade(reliability, credibility);
  return { text: grade, title: messages.gradeDescription(grade, reliability, credibility as Credibility) };
}

/** "B2" (or "B" without a credibility) with its meaning as a tooltip and for screen readers. */
export function Grade({ reliability, credibility }: { reliability: Reliability; credibility?: number }) {
  const { text, title } = gradeLabel(reliability, credibility);
  return (
    <abbr className="grade" title={title}>
      {text}
    </abbr>
  );
}
