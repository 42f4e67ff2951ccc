// Every page a test opens is watched for Content-Security-Policy violations: the browser's own
// console report ("Refused to ... because it violates the following Content Security Policy
// directive") and the securitypolicyviolation event. Specs that import `test` from here fail on any.
import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";

/** Starts collecting the CSP violations of every page of `context`, present and future. */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  // Init scripts run through the DevTools protocol, which the page's CSP does not restrict.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = `${event.sourceFile}:${event.lineNumber}`;
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${where})`);
    });
  });
  const watch = (page: Page) =>
    page.on("console", (message) => {
      if (/content security policy|CSP violation/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  return violations;
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: async ({ context }, use) => {
    const violations = await watchCspViolations(context);
    await use(violations);
    expect(violations, "no page may log a Content-Security-Policy violation").toEqual([]);
  },
  // Every test gets the watcher, whether or not it asks for the list.
  page: async ({ page, cspViolations }, use) => {
    void cspViolations;
    await use(page);
  },
});

export { expect };
