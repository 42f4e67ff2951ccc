// The root layout sends public pages only the keys in PUBLIC_CLIENT_KEYS: this scans every client
// component a public page can render ("use client" files outside the staff forms, which get whole
// catalogues from StaffMessages or FormMessages) for the keys it reads, and fails when the list
// differs from them either way, or names a key a catalogue lacks. A missing key would show as
// MISSING_MESSAGE in the browser; an extra one would be sent for nothing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs } from "./catalog";
import { messageAt, PUBLIC_CLIENT_KEYS, pickKeys } from "./public-client-messages";

const ROOT = path.resolve(__dirname, "../..");

/** Client code that public pages never render without a provider of whole catalogues (StaffMessages, FormMessages, sign-in). */
const WHOLE_CATALOGUES = [
  "components/forms/",
  "components/import/",
  "components/figures/retract-button.tsx",
  "components/i18n/use-domain-messages.ts",
];

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const publicClientFiles = ["app", "components", "lib"]
  .flatMap(filesUnder)
  .filter((file) => /^\s*(\/\/.*\n\s*)*["']use client["']/.test(readFileSync(path.join(ROOT, file), "utf8")))
  .filter((file) => !WHOLE_CATALOGUES.some((prefix) => file.startsWith(prefix)));

/** Every "namespace.key" a file reads through useTranslations; problems for what cannot be read statically. */
function keysRead(source: string): { keys: string[]; problems: string[] } {
  const keys: string[] = [];
  const problems: string[] = [];
  if (/\buseDomainMessages\(/.test(source)) problems.push("useDomainMessages reads the whole domain catalogue");
  for (const [, name, namespace = ""] of source.matchAll(/(\w+)\s*=\s*useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)) {
    const prefix = namespace ? `${namespace}.` : "";
    for (const call of source.matchAll(new RegExp(`\\b${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*([^,)]*)`, "g"))) {
      const literal = /^(["'])([\w.]+)\1$/.exec(call[1]!.trim());
      if (literal) keys.push(`${prefix}${literal[2]}`);
      else problems.push(`${name}(${call[1]}): not a literal key`);
    }
    // Passed on (e.g. to a helper): every key under the namespace could be read.
    if (new RegExp(`[(,\\[]\\s*${name}\\s*[,)\\]]`).test(source)) problems.push(`${name} is passed on`);
  }
  return { keys, problems };
}

describe("the words public pages send to the browser", () => {
  const read = publicClientFiles.map((file) => ({ file, ...keysRead(readFileSync(path.join(ROOT, file), "utf8")) }));

  it("finds the public client components", () => {
    expect(publicClientFiles).toEqual(expect.arrayContaining(["components/charts/claims-chart.tsx", "components/ui/account-menu.tsx"]));
    expect(publicClientFiles.some((f) => f.startsWith("components/forms/"))).toBe(false);
  });

  it("every key they read is listed, every listed key is read, and nothing is read that cannot be checked", () => {
    expect(read.filter((r) => r.problems.length > 0).map((r) => `${r.file}: ${r.problems.join("; ")}`)).toEqual([]);
    const used = [...new Set(read.flatMap((r) => r.keys))].sort();
    const listed = Object.entries(PUBLIC_CLIENT_KEYS)
      .flatMap(([namespace, keys]) => keys.map((key) => `${namespace}.${key}`))
      .sort();
    expect(listed).toEqual(used);
  });

  it("every listed key is a message in every language, and the picked catalogue holds exactly those", () => {
    for (const locale of ["en", "uk"] as const) {
      for (const [namespace, keys] of Object.entries(PUBLIC_CLIENT_KEYS)) {
        for (const key of keys)
          expect(typeof messageAt(catalogs[locale][namespace as "common"], key), `${locale} ${namespace}.${key}`).toBe("string");
      }
      const picked = pickKeys(locale, PUBLIC_CLIENT_KEYS);
      expect(messageAt(picked, "charts.table.figureLabel")).toBe(messageAt(catalogs[locale], "charts.table.figureLabel"));
      expect(messageAt(picked, "charts.table.caption")).toBeUndefined();
      expect(Object.keys(picked).sort()).toEqual(Object.keys(PUBLIC_CLIENT_KEYS).sort());
    }
  });

  it("the scanner reads keys, namespaces and what it cannot check", () => {
    const sample = `const t = useTranslations("charts.chart"); t("asOf"); t.rich("range", { a }); const all = useTranslations(); all("common.brand"); t(key);`;
    expect(keysRead(sample)).toEqual({
      keys: ["charts.chart.asOf", "charts.chart.range", "common.brand"],
      problems: ["t(key): not a literal key"],
    });
    expect(keysRead("const m = useDomainMessages();").problems).toHaveLength(1);
  });
});
