// Words live in messages/<locale>/*.json and numbers and dates are formatted by lib/i18n/format.ts:
// a component, page or module that keeps its own English `strings`, or calls Intl with a locale of
// its own, shows English to a Ukrainian reader. (JSX text and attributes are checked by ESLint's
// i18next/no-literal-string; this catches the rest.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components", "lib", "proxy.ts"];
/** Not shown to readers: the API's machine answers and OpenAPI text (English by design), generated code. */
const NOT_FOR_READERS = [/^lib\/generated\//, /^lib\/api\//, /^app\/api\//, /^lib\/i18n\//, /\.test\.tsx?$/];

/** Files still to move to the catalogues. Remove a file here when it is done; the list must end empty. */
const PENDING = new Set<string>([
  "app/[locale]/(site)/account/page.tsx",
  "app/[locale]/(site)/account/two-factor/page.tsx",
  "app/[locale]/(site)/admin/audit/page.tsx",
  "app/[locale]/(site)/admin/indicators/[id]/page.tsx",
  "app/[locale]/(site)/admin/indicators/page.tsx",
  "app/[locale]/(site)/admin/locations/[id]/page.tsx",
  "app/[locale]/(site)/admin/locations/page.tsx",
  "app/[locale]/(site)/admin/page.tsx",
  "app/[locale]/(site)/admin/sources/[id]/page.tsx",
  "app/[locale]/(site)/admin/sources/page.tsx",
  "app/[locale]/(site)/admin/users/page.tsx",
  "app/[locale]/(site)/editor/events/[id]/page.tsx",
  "app/[locale]/(site)/editor/events/new/page.tsx",
  "app/[locale]/(site)/editor/events/page.tsx",
  "app/[locale]/(site)/editor/figures/[id]/page.tsx",
  "app/[locale]/(site)/editor/figures/new/page.tsx",
  "app/[locale]/(site)/editor/import/[id]/page.tsx",
  "app/[locale]/(site)/editor/import/page.tsx",
  "app/[locale]/(site)/editor/page.tsx",
  "app/[locale]/(site)/review/page.tsx",
  "app/[locale]/(site)/signin/page.tsx",
  "components/charts/breakdown-table.tsx",
  "components/charts/chart-legend.tsx",
  "components/charts/claim-rows.tsx",
  "components/charts/claims-chart.tsx",
  "components/charts/claims-figure.tsx",
  "components/charts/claims-table.tsx",
  "components/charts/domain-card.tsx",
  "components/charts/embed-code.tsx",
  "components/charts/panels.tsx",
  "components/charts/place-breakdown.tsx",
  "components/charts/timeline-list.tsx",
  "components/figures/retract-control.tsx",
  "components/forms/change-password-form.tsx",
  "components/forms/claim-fields.tsx",
  "components/forms/confirm-button.tsx",
  "components/forms/error-summary.tsx",
  "components/forms/figure-form.tsx",
  "components/forms/indicator-form.tsx",
  "components/forms/location-form.tsx",
  "components/forms/location-import-form.tsx",
  "components/forms/merge-source-form.tsx",
  "components/forms/sign-out-everywhere-form.tsx",
  "components/forms/signin-form.tsx",
  "components/forms/source-form.tsx",
  "components/forms/timeline-event-form.tsx",
  "components/forms/two-factor-forms.tsx",
  "components/forms/user-forms.tsx",
  "components/import/batch-forms.tsx",
  "components/import/import-progress.tsx",
  "components/import/upload-form.tsx",
  "components/ui/format.ts",
  "lib/domain/action-messages.ts",
  "lib/domain/chart-series.ts",
  "lib/domain/qualifiers.ts",
  "lib/import/messages.ts",
  "proxy.ts",
]);

function files(entry: string): string[] {
  if (statSync(entry).isFile()) return /\.(ts|tsx|mjs)$/.test(entry) ? [entry] : [];
  return readdirSync(entry).flatMap((name) => files(path.join(entry, name)));
}

const INLINE = [
  { what: "an English `strings` object", pattern: /\bconst strings\b/ },
  { what: "a locale of its own (use lib/i18n/format.ts)", pattern: /"en-GB"|"en-US"|\btoLocaleString\(|\btoLocaleDateString\(/ },
];

describe("no words or formats outside the catalogues", () => {
  const all = ROOTS.flatMap(files).filter((f) => !NOT_FOR_READERS.some((p) => p.test(f)));

  it("finds no inline English strings or locales in files that are done", () => {
    const offenders = all
      .filter((f) => !PENDING.has(f))
      .flatMap((f) => {
        const text = readFileSync(f, "utf8");
        return INLINE.filter((i) => i.pattern.test(text)).map((i) => `${f}: ${i.what}`);
      });
    expect(offenders).toEqual([]);
  });

  it("lists as pending only files that still have some", () => {
    const done = [...PENDING].filter((f) => {
      try {
        const text = readFileSync(f, "utf8");
        return !INLINE.some((i) => i.pattern.test(text));
      } catch {
        return true;
      }
    });
    expect(done, "remove these from PENDING").toEqual([]);
  });
});
