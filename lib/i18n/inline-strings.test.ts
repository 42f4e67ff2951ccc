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
const PENDING = new Set<string>([]);

function files(entry: string): string[] {
  if (statSync(entry).isFile()) return /\.(ts|tsx|mjs)$/.test(entry) ? [entry] : [];
  return readdirSync(entry).flatMap((name) => files(path.join(entry, name)));
}

const INLINE = [
  { what: "an English `strings` object", pattern: /\bconst strings\b/ },
  { what: "a locale of its own (use lib/i18n/format.ts)", pattern: /"en-GB"|"en-US"|\btoLocaleString\(|\btoLocaleDateString\(/ },
  {
    what: "the rules' English words (use messagesFor(locale) or useDomainMessages())",
    pattern: /import \{[^}]*\bmessages\b[^}]*\} from "@\/lib\/domain\/messages"/,
  },
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
