import { describe, expect, it } from "vitest";
import { formatFor } from "@/lib/i18n/format";
import { comparePlacePaths, sortOutline } from "./place-order";

const uk = formatFor("uk").compare;
const en = formatFor("en").compare;
const step = (name: string, key = name) => ({ name, key });

describe("comparePlacePaths", () => {
  it("puts a place before the places under it, and siblings by the reader's alphabet", () => {
    const paths = [
      [step("Україна"), step("Київська"), step("Ірпінь")],
      [step("Україна"), step("Житомирська")],
      [step("Україна")],
      [step("Україна"), step("Київська")],
      [step("Україна"), step("Київська"), step("Бровари")],
      [step("Україна"), step("Житомирська"), step("Бердичів")],
    ];
    const sorted = [...paths].sort((a, b) => comparePlacePaths(a, b, uk)).map((p) => p.map((s) => s.name).join(" › "));
    expect(sorted).toEqual([
      "Україна",
      "Україна › Житомирська",
      "Україна › Житомирська › Бердичів",
      "Україна › Київська",
      "Україна › Київська › Бровари",
      "Україна › Київська › Ірпінь",
    ]);
  });

  it("keeps two places of the same name apart by their key, each with the places under it", () => {
    const paths = [
      [step("Mykolaivka", "UA2"), step("Centre", "UA2-1")],
      [step("Mykolaivka", "UA1")],
      [step("Mykolaivka", "UA2")],
      [step("Mykolaivka", "UA1"), step("Centre", "UA1-1")],
    ];
    const sorted = [...paths].sort((a, b) => comparePlacePaths(a, b, en)).map((p) => p.map((s) => s.key).join("/"));
    expect(sorted).toEqual(["UA1", "UA1/UA1-1", "UA2", "UA2/UA2-1"]);
  });
});

describe("sortOutline", () => {
  interface Option {
    pcode: string;
    nameEn: string;
    nameUk: string;
    depth: number;
  }
  const option = (depth: number, pcode: string, nameEn: string, nameUk: string): Option => ({ pcode, nameEn, nameUk, depth });
  // In tree order by English name, as the database layer lists them.
  const outline = [
    option(0, "UA", "Ukraine", "Україна"),
    option(1, "UA14", "Donetska", "Донецька"),
    option(2, "UA1402", "Bakhmutskyi", "Бахмутський"),
    option(2, "UA1412", "Kramatorskyi", "Краматорський"),
    option(1, "UA32", "Kyivska", "Київська"),
    option(2, "UA3210", "Buchanskyi", "Бучанський"),
    option(1, "UA44", "Luhanska", "Луганська"),
    option(1, "UA12", "Dnipropetrovska", "Дніпропетровська"),
    option(1, "UA63", "Kharkivska", "Харківська"),
    option(1, "UA59", "Sumska", "Сумська"),
    option(1, "UA26", "Ivano-Frankivska", "Івано-Франківська"),
    option(1, "UA07", "Volynska", "Волинська"),
    option(1, "UA23", "Zaporizka", "Запорізька"),
    option(1, "UA18", "Zhytomyrska", "Житомирська"),
  ];
  const sorted = (name: (o: Option) => string, compare: (a: string, b: string) => number) =>
    sortOutline(
      outline,
      (o) => o.depth,
      (o) => ({ name: name(o), key: o.pcode }),
      compare,
    ).map((o) => `${o.depth}:${name(o)}`);

  it("sorts siblings by the Ukrainian name in the Ukrainian alphabet, each place keeping the places under it", () => {
    expect(sorted((o) => o.nameUk, uk)).toEqual([
      "0:Україна",
      "1:Волинська",
      "1:Дніпропетровська",
      "1:Донецька",
      "2:Бахмутський",
      "2:Краматорський",
      "1:Житомирська",
      "1:Запорізька",
      "1:Івано-Франківська",
      "1:Київська",
      "2:Бучанський",
      "1:Луганська",
      "1:Сумська",
      "1:Харківська",
    ]);
  });

  it("sorts by the English name for an English reader", () => {
    expect(sorted((o) => o.nameEn, en).slice(0, 6)).toEqual([
      "0:Ukraine",
      "1:Dnipropetrovska",
      "1:Donetska",
      "2:Bakhmutskyi",
      "2:Kramatorskyi",
      "1:Ivano-Frankivska",
    ]);
  });

  it("treats items whose parent is not listed as siblings at the top", () => {
    const partial = [option(2, "B", "Beta", "Бета"), option(3, "B1", "Beta one", "Бета один"), option(2, "A", "Alpha", "Альфа")];
    const order = sortOutline(
      partial,
      (o) => o.depth,
      (o) => ({ name: o.nameEn, key: o.pcode }),
      en,
    ).map((o) => o.pcode);
    expect(order).toEqual(["A", "B", "B1"]);
  });
});
