import { formatGrade, isCredibility, type Credibility } from "@/lib/domain/grades";
import type { Reliability } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";

const strings = { reliabilityOnly: (r: Reliability) => `Source reliability ${r}: ${messages.reliability[r].toLowerCase()}` };

/** "B2" (or "B" without a credibility) with its meaning as a tooltip and for screen readers. */
export function Grade({ reliability, credibility }: { reliability: Reliability; credibility?: number }) {
  if (credibility === undefined || !isCredibility(credibility)) {
    return (
      <abbr className="grade" title={strings.reliabilityOnly(reliability)}>
        {reliability}
      </abbr>
    );
  }
  const grade = formatGrade(reliability, credibility);
  return (
    <abbr className="grade" title={messages.gradeDescription(grade, reliability, credibility as Credibility)}>
      {grade}
    </abbr>
  );
}
