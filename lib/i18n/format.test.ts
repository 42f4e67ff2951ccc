import { describe, expect, it } from "vitest";
import { formatFor } from "./format";

// Intl separates thousands with a no-break space in Ukrainian; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatFor", () => {
  const en = formatFor("en");
  const uk = formatFor("uk");

  it("formats counts and ranges with each language's separators", () => {
    expect(en.count(350000)).toBe("350,000");
    expect(plain(uk.count(350000))).toBe("350 000");
    expect(en.count(null)).toBe("–");
    expect(en.range(8000, 10000)).toBe("8,000–10,000");
    expect(plain(uk.range(8000, 10000))).toBe("8 000–10 000");
  });

  it("formats calendar days as UTC days, without the year mark in Ukrainian", () => {
    expect(en.day("2022-08-26")).toBe("26 August 2022");
    expect(uk.day("2022-08-26")).toBe("26 серпня 2022");
    expect(uk.day("2022-08-26T23:30:00.000Z")).toBe("26 серпня 2022");
    expect(en.dayShort(new Date(Date.UTC(2023, 4, 21)))).toBe("21 May 2023");
    expect(uk.dayShort(new Date(Date.UTC(2023, 4, 21)))).toBe("21 трав. 2023");
    expect(uk.month(new Date(Date.UTC(2022, 7, 1)))).toBe("серп. 2022");
    expect(uk.year(new Date(Date.UTC(2022, 7, 1)))).toBe("2022");
    expect(uk.stamp(new Date(Date.UTC(2022, 7, 26, 14, 5)))).toBe("26 серп. 2022, 14:05");
    expect(en.day("not a date")).toBe("not a date");
  });

  it("says how long ago in each language's plural forms", () => {
    expect(en.daysAgo(1)).toBe("1 day ago");
    expect(en.daysAgo(1558)).toBe("1,558 days ago");
    expect(plain(uk.daysAgo(1558))).toBe("1 558 днів тому");
    expect(uk.daysAgo(1)).toBe("1 день тому");
    expect(uk.daysAgo(3)).toBe("3 дні тому");
  });

  it("sorts texts in the Ukrainian alphabet's order: ґ after г, є after е, і and ї after и", () => {
    const letters = ["ї", "ж", "є", "и", "ґ", "і", "е", "г", "й", "д"];
    expect([...letters].sort(uk.compare)).toEqual(["г", "ґ", "д", "е", "є", "ж", "и", "і", "ї", "й"]);
    // Capitals sort with their letters, and whole names letter by letter.
    const places = ["Київ", "Їжакевичі", "Ірпінь", "Євпаторія", "Енергодар", "Ґалаґани", "Гадяч", "Житомир", "Ичня", "Бахмут"];
    expect([...places].sort(uk.compare)).toEqual([
      "Бахмут",
      "Гадяч",
      "Ґалаґани",
      "Енергодар",
      "Євпаторія",
      "Житомир",
      "Ичня",
      "Ірпінь",
      "Їжакевичі",
      "Київ",
    ]);
    // Code-point order would put є, і, ї and ґ after every other letter.
    expect([...places].sort()).not.toEqual([...places].sort(uk.compare));
  });

  it("sorts English texts by letter, whatever their case", () => {
    expect(["bakhmut", "Avdiivka", "Chasiv Yar", "avdiivka"].sort(en.compare)).toEqual(["avdiivka", "Avdiivka", "bakhmut", "Chasiv Yar"]);
  });
});
