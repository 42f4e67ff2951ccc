import { describe, expect, it } from "vitest";
import { playwrightFailures, vitestFailures } from "./test-report";

describe("the failed tests npm test repeats at the end", () => {
  it("names a failed vitest test by file and full name, and a file that failed before its tests ran", () => {
    const failures = vitestFailures(
      {
        numPassedTests: 1,
        numFailedTests: 1,
        numPendingTests: 0,
        numTodoTests: 0,
        testResults: [
          {
            name: "/app/lib/a.test.ts",
            message: "",
            assertionResults: [
              { fullName: "group fails", status: "failed", failureMessages: ["AssertionError: expected 1 to be 2\n    at a.test.ts:2"] },
              { fullName: "group passes", status: "passed", failureMessages: [] },
            ],
          },
          { name: "/app/lib/b.test.ts", message: "Failed to load url ./missing", assertionResults: [] },
          { name: "/app/lib/c.test.ts", message: "", assertionResults: [{ fullName: "fine", status: "passed" }] },
        ],
      },
      "/app",
    );
    expect(failures).toEqual([
      { name: "lib/a.test.ts > group fails", message: "AssertionError: expected 1 to be 2\n    at a.test.ts:2" },
      { name: "lib/b.test.ts", message: "Failed to load url ./missing" },
    ]);
  });

  it("names a failed or retried Playwright test by file, line and describe blocks, not passed or skipped ones", () => {
    const failures = playwrightFailures([
      {
        title: "home.spec.ts",
        specs: [
          {
            title: "top level",
            file: "home.spec.ts",
            line: 3,
            tests: [{ status: "unexpected", results: [{ error: { message: "Timed out" } }] }],
          },
        ],
        suites: [
          {
            title: "home page",
            specs: [
              {
                title: "draws",
                file: "home.spec.ts",
                line: 9,
                tests: [{ status: "flaky", results: [{ error: { message: "first try" } }, {}] }],
              },
              { title: "fine", file: "home.spec.ts", line: 20, tests: [{ status: "expected", results: [{}] }] },
              { title: "skipped", file: "home.spec.ts", line: 30, tests: [{ status: "skipped", results: [] }] },
            ],
          },
        ],
      },
    ]);
    expect(failures).toEqual([
      { name: "home.spec.ts:3 > top level", message: "Timed out" },
      { name: "home.spec.ts:9 > home page > draws (passed only on retry)", message: "first try" },
    ]);
  });
});
