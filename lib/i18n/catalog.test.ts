// The catalogues stay whole: every key in every language, every message valid ICU with the same
// arguments in each language (a Ukrainian message that drops {count} would show a sentence without
// its number).
import { readdirSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { catalogs } from "./catalog";
import { LOCALES } from "./routing";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of leaves(value, name)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const english = leaves(catalogs.en as unknown as Tree);

describe("message catalogues", () => {
  it("has one file per area in every language, and catalog.ts loads each", () => {
    const files = (locale: string) => readdirSync(path.join(process.cwd(), "messages", locale)).sort();
    for (const locale of LOCALES) {
      expect(files(locale)).toEqual(files("en"));
      expect(Object.keys(catalogs[locale]).sort()).toEqual(files("en").map((f) => f.replace(/\.json$/, "")));
    }
  });

  for (const locale of LOCALES) {
    const messages = leaves(catalogs[locale] as unknown as Tree);

    it(`${locale}: has exactly English's keys`, () => {
      expect(
        [...messages.keys()].filter((k) => !english.has(k)),
        "keys English does not have",
      ).toEqual([]);
      expect(
        [...english.keys()].filter((k) => !messages.has(k)),
        "keys missing",
      ).toEqual([]);
    });

    it(`${locale}: every message is valid ICU with English's arguments`, () => {
      for (const [key, message] of messages) {
        let ast: MessageFormatElement[];
        try {
          ast = parse(message, { requiresOtherClause: true });
        } catch (error) {
          throw new Error(`${locale} ${key}: ${(error as Error).message}: ${message}`, { cause: error });
        }
        const source = english.get(key);
        if (source === undefined) continue;
        expect([...argumentsOf(ast)].sort(), `${locale} ${key}`).toEqual([...argumentsOf(parse(source))].sort());
      }
    });

    it(`${locale}: no message is empty or left in English by mistake`, () => {
      for (const [key, message] of messages) {
        expect(message.trim(), `${locale} ${key}`).not.toBe("");
        // A Ukrainian message with Latin words only is an untranslated copy (names like "HXL" or
        // "CSV" sit among Cyrillic words in a real translation). Arguments and rich-text tags are code, not words.
        const words = message.replace(/\{[^}]*\}/g, "").replace(/<\/?[A-Za-z]+>/g, "");
        if (locale === "uk" && /[A-Za-z]{4,}/.test(words) && !/[А-Яа-яІіЇїЄєҐґ]/u.test(message)) {
          const allowed = UNTRANSLATED_ON_PURPOSE.has(key);
          expect(allowed, `uk ${key} reads like English: ${message}`).toBe(true);
        }
      }
    });
  }
});

/** Keys whose Ukrainian text is the same as the English one on purpose (names, formats). */
const UNTRANSLATED_ON_PURPOSE = new Set<string>(["common.brand", "common.titleTemplate"]);
