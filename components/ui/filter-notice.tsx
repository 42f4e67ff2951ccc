// Says which filters in the address were not understood. The page still falls back to the
// defaults (a mistyped link shows something, never an error page), but not silently: each
// dropped or reinterpreted parameter is named with what was shown instead.
import type { FilterProblem } from "@/lib/domain/filters";

const strings = {
  title: "Some filters in the address were not understood:",
  place: (value: string, shown: string) => `place “${value}” is not a P-code; showing ${shown} instead.`,
  unknownPlace: (value: string, shown: string) => `there is no place with the P-code “${value}”; showing ${shown} instead.`,
  date: (param: string, value: string) =>
    `${param} “${value}” is not a date from 1900-01-01 to 2100-12-31 (YYYY-MM-DD); it is not applied.`,
  reversed: (from: string, to: string) => `from “${from}” is after to “${to}”; the dates are read the other way round.`,
  grade: (value: string) => `grade “${value}” is not a reliability grade (A to F); every grade is shown.`,
  cred: (value: string) => `cred “${value}” is not a credibility (1 to 6); every credibility is shown.`,
  source: (value: string) => `source “${value}” is not a source number; it is not applied.`,
  ver: (value: string) => `ver “${value}” is not a verification status (reported, corroborated, verified, disputed); it is not applied.`,
};

function words(problem: FilterProblem, placeShown: string): string {
  if (problem.kind === "unknown_place") return strings.unknownPlace(problem.value, placeShown);
  if (problem.kind === "reversed_dates") return strings.reversed(problem.value, problem.to);
  switch (problem.param) {
    case "place":
      return strings.place(problem.value, placeShown);
    case "from":
    case "to":
    case "at":
      return strings.date(problem.param, problem.value);
    case "grade":
      return strings.grade(problem.value);
    case "cred":
      return strings.cred(problem.value);
    case "source":
      return strings.source(problem.value);
    case "ver":
      return strings.ver(problem.value);
  }
}

export function FilterNotice({ problems, placeShown }: { problems: FilterProblem[]; placeShown: string }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--info" role="status">
      <p>{strings.title}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.param}-${i}`}>{words(problem, placeShown)}</li>
        ))}
      </ul>
    </div>
  );
}
