// The charts' words in both languages: plurals (Ukrainian has one, few and many), numbers inside
// messages grouped the reader's way, and the English kept word for word as the pages had it.
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/catalog";
import { formats, TIME_ZONE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

const translator = (locale: Locale) =>
  createTranslator({ locale, messages: catalogs[locale], namespace: "charts", formats, timeZone: TIME_ZONE });
const en = translator("en");
const uk = translator("uk");
// Ukrainian groups thousands with a no-break space; shown here as a plain space.
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("charts.json", () => {
  it("counts claims with each language's plural forms (1, 2, 5, 21, 1 000)", () => {
    const counts = [1, 2, 5, 21, 1000];
    expect(counts.map((count) => en("viewTable", { count }))).toEqual([
      "View as table (1 claim)",
      "View as table (2 claims)",
      "View as table (5 claims)",
      "View as table (21 claims)",
      "View as table (1,000 claims)",
    ]);
    expect(counts.map((count) => plain(uk("viewTable", { count })))).toEqual([
      "Показати таблицею (1 твердження)",
      "Показати таблицею (2 твердження)",
      "Показати таблицею (5 тверджень)",
      "Показати таблицею (21 твердження)",
      "Показати таблицею (1 000 тверджень)",
    ]);
  });

  it("counts sources: the chart's description and the sources left out", () => {
    expect(en("chart.description", { count: 1 })).toMatch(/^Chart of 1 source's claims over time\./);
    expect(en("chart.description", { count: 3 })).toMatch(/^Chart of 3 sources' claims over time\./);
    expect([1, 2, 5, 21].map((count) => uk("chart.description", { count }).split(" в часі")[0])).toEqual([
      "Графік тверджень 1 джерела",
      "Графік тверджень 2 джерел",
      "Графік тверджень 5 джерел",
      "Графік тверджень 21 джерела",
    ]);
    expect([1, 2, 5, 21].map((count) => uk("places.notListed", { count }))).toEqual([
      "Ще 1 джерело з нижчою оцінкою: у завантаженні.",
      "Ще 2 джерела з нижчою оцінкою: у завантаженні.",
      "Ще 5 джерел з нижчою оцінкою: у завантаженні.",
      "Ще 21 джерело з нижчою оцінкою: у завантаженні.",
    ]);
    expect(en("places.notListed", { count: 1 })).toBe("1 more source with a lower grade: in the download.");
    expect(en("places.notListed", { count: 2 })).toBe("2 more sources with a lower grade: in the download.");
  });

  it("keeps the English sentences the pages had", () => {
    expect(en("figure.notDrawn", { drawn: 8, sources: 1, claims: 1234 })).toBe(
      "Drawn: the 8 best-graded sources with the most claims. 1 other source made 1,234 claims: choose sources with the filter, or download them all.",
    );
    expect(en("figure.viewLatestHere", { sources: 1, claims: 1 })).toBe(
      "View as table (the latest claim of each of the 1 source drawn, of 1 claim)",
    );
    expect(en("card.disagree", { disagreeing: 1, recent: 3, days: 30 })).toBe("1 of 3 within 30 days disagrees (ranges do not overlap).");
    expect(en("card.overlap", { recent: 2, days: 30 })).toBe("2 within 30 days: their ranges overlap this one.");
    expect(en("places.older", { days: 1558 })).toBe("older: 1,558 days before the chosen date");
  });

  it("reads naturally in Ukrainian, numbers grouped with spaces", () => {
    expect(plain(uk("places.older", { days: 1558 }))).toBe("застаріле: за 1 558 днів до вибраної дати");
    expect(uk("places.older", { days: 2 })).toBe("застаріле: за 2 дні до вибраної дати");
    expect(uk("card.others", { count: 3, latest: "26 серпня 2022" })).toBe(
      "Ще 3 джерела наводили дані про це, останні — станом на 26 серпня 2022.",
    );
    expect(plain(uk("figure.notDrawn", { drawn: 8, sources: 5, claims: 1234 }))).toBe(
      "Показано 8 джерел із найвищою оцінкою та найбільшою кількістю тверджень. " +
        "Ще 5 джерел зробили 1 234 твердження: виберіть джерела у фільтрі або завантажте всі дані.",
    );
    expect(uk("chart.range", { low: "8 000", high: "10 000" })).toBe("діапазон 8 000–10 000");
  });
});
