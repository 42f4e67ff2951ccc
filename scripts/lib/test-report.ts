// What `npm test` repeats at the very end of its output: the names of the tests that failed.
// A CI log is often read from its tail, and the end-to-end run prints hundreds of lines after
// vitest's own report, so a vitest failure was otherwise out of sight.
import path from "node:path";

export type Failure = { name: string; message: string };

/** The first lines of a failure message, indented under the test's name. */
export const firstLines = (text: string, lines = 6) => text.split("\n").slice(0, lines).join("\n      ");

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: {
    name: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

export function vitestFailures(report: VitestReport, root: string): Failure[] {
  return (report.testResults ?? []).flatMap((file) => {
    const where = path.relative(root, file.name);
    const tests = (file.assertionResults ?? [])
      .filter((test) => test.status === "failed")
      .map((test) => ({ name: `${where} > ${test.fullName}`, message: test.failureMessages?.[0] ?? "" }));
    // A file that failed before its tests ran (an import or a hook) has no failed assertion.
    return tests.length || !file.message ? tests : [{ name: where, message: file.message }];
  });
}

interface PlaywrightSuite {
  title: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
}
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: PlaywrightSuite[];
}

export function playwrightFailures(suites: PlaywrightSuite[] = [], titles: string[] = []): Failure[] {
  return suites.flatMap((suite) => {
    // The top suite's title is the file name, which the spec's file:line already gives.
    const trail = titles.length || !suite.title.endsWith(".ts") ? [...titles, suite.title] : titles;
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected" || test.status === "flaky")
        .map((test) => ({
          name: `${spec.file}:${spec.line} > ${[...trail, spec.title].join(" > ")}${test.status === "flaky" ? " (passed only on retry)" : ""}`,
          message: test.results.find((result) => result.error)?.error?.message ?? "",
        })),
    );
    return [...own, ...playwrightFailures(suite.suites, trail)];
  });
}
