// Says which filters in the address were not understood. The page still falls back to the
// defaults (a mistyped link shows something, never an error page), but not silently: each
// dropped or reinterpreted parameter is named with what was shown instead.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FilterProblem } from "@/lib/domain/filters";

// URL parameter names and values stay as typed (they are the address's, not a language's).
const code = (chunks: ReactNode) => <code>{chunks}</code>;

function useWords() {
  const t = useTranslations("public.filterNotice");
  return (problem: FilterProblem, shown: string): ReactNode => {
    if (problem.kind === "unknown_place") return t("unknownPlace", { value: problem.value, shown });
    if (problem.kind === "reversed_dates") return t.rich("reversed", { from: problem.value, to: problem.to, code });
    switch (problem.param) {
      case "place":
        return t.rich("place", { value: problem.value, shown, code });
      case "from":
      case "to":
      case "at":
        return t.rich("date", { param: problem.param, value: problem.value, code });
      case "grade":
      case "cred":
      case "source":
      case "ver":
        return t.rich(problem.param, { value: problem.value, code });
    }
  };
}

export function FilterNotice({ problems, placeShown }: { problems: FilterProblem[]; placeShown: string }) {
  const t = useTranslations("public.filterNotice");
  const words = useWords();
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--info" role="status">
      <p>{t("title")}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.param}-${i}`}>{words(problem, placeShown)}</li>
        ))}
      </ul>
    </div>
  );
}
