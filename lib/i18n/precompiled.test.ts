// The app's bundle formats precompiled messages: next.config.js has next-intl's loader compile every
// messages/<locale>/<area>.json with icu-minify, and every formatter in the bundle (server and browser)
// uses use-intl's `format-only` instead of intl-messageformat (README "First-load JavaScript"). Tests
// and scripts outside the bundle format the ICU strings with intl-messageformat. This checks, for every
// message of every catalogue in both languages, that the two give the same text for the same values:
// plurals (Ukrainian's one/few/many/other included), selects, numbers and dates in the app's formats,
// tags (t.rich) and ICU escapes.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatFull from "use-intl/format-message";
import formatOnly from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { catalogs } from "./catalog";
import { formats, TIME_ZONE } from "./format";
import { LOCALES } from "./routing";

type Tree = { [key: string]: string | Tree };
type Value = string | number | Date | ((chunks: unknown[]) => string);

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[name, value] as [string, string]] : leaves(value, name);
  });
}

const NUMBERS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 1000, 350000, 1.5];
const DATES = [new Date(Date.UTC(2022, 7, 26, 14, 5)), new Date(Date.UTC(2024, 0, 1, 23, 59))];

/** The values worth trying for each argument of a message, by how the message uses it. */
function candidates(elements: MessageFormatElement[], into = new Map<string, Value[]>()): Map<string, Value[]> {
  const add = (name: string, values: Value[]) => into.set(name, [...new Set([...(into.get(name) ?? []), ...values])]);
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.argument) add(element.value, ["Bakhmut"]);
    else if (element.type === TYPE.number || element.type === TYPE.plural) add(element.value, NUMBERS);
    else if (element.type === TYPE.date || element.type === TYPE.time) add(element.value, DATES);
    else if (element.type === TYPE.select) add(element.value, [...Object.keys(element.options), "unlisted"]);
    else if (element.type === TYPE.tag) {
      const name = element.value;
      add(name, [(chunks: unknown[]) => `<${name}>${chunks.join("")}</${name}>`]);
      candidates(element.children, into);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) candidates(option.value, into);
    }
  }
  // A number wins over a text where a message uses an argument both ways.
  for (const [name, values] of into) if (values.some((v) => typeof v === "number")) into.set(name, NUMBERS);
  return into;
}

const text = (result: unknown): string => (Array.isArray(result) ? result.map(text).join("") : String(result));

describe("precompiled messages format as the ICU strings do", () => {
  for (const locale of LOCALES) {
    it(`every message in ${locale}`, () => {
      const cache = _createCache();
      const options = {
        cache,
        formatters: _createIntlFormatters(cache),
        globalFormats: formats,
        formats: undefined,
        locale,
        timeZone: TIME_ZONE,
      };
      let compared = 0;
      for (const [key, message] of leaves(catalogs[locale] as unknown as Tree)) {
        const args = candidates(parse(message));
        const rounds = Math.max(1, ...[...args.values()].map((v) => v.length));
        const compiled = compile(message);
        for (let round = 0; round < rounds; round++) {
          const values = args.size ? Object.fromEntries([...args].map(([name, vs]) => [name, vs[round % vs.length]!])) : undefined;
          const expected = text(formatFull(key, message, values as never, options as never));
          expect(
            text(formatOnly(key, compiled as never, values as never, options as never)),
            `${locale} ${key} ${JSON.stringify(values)}`,
          ).toBe(expected);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(500);
    });
  }
});
