import { describe, expect, it } from "vitest";
import {
  claimPlaceName,
  enteredTextLang,
  indicatorName,
  indicatorText,
  indicatorUnit,
  localized,
  localizedText,
  placeName,
  placeText,
  valueRuns,
} from "./localized";

describe("localized", () => {
  it("shows the Ukrainian text to a Ukrainian reader", () => {
    expect(localized({ en: "Civilians killed", uk: "Загиблі цивільні" }, "uk")).toEqual({ text: "Загиблі цивільні", lang: "uk" });
  });

  it("shows the English text to an English reader even when a Ukrainian one exists", () => {
    expect(localized({ en: "Civilians killed", uk: "Загиблі цивільні" }, "en")).toEqual({ text: "Civilians killed", lang: "en" });
  });

  it("falls back to English, marked as English, when the Ukrainian text is missing or blank", () => {
    expect(localized({ en: "Returnees", uk: null }, "uk")).toEqual({ text: "Returnees", lang: "en" });
    expect(localized({ en: "Returnees", uk: undefined }, "uk")).toEqual({ text: "Returnees", lang: "en" });
    expect(localized({ en: "Returnees", uk: "   " }, "uk")).toEqual({ text: "Returnees", lang: "en" });
  });

  it("shows a text written only in Ukrainian to every reader, marked as Ukrainian", () => {
    expect(localized({ en: null, uk: "Лише українською." }, "en")).toEqual({ text: "Лише українською.", lang: "uk" });
    expect(localized({ en: " ", uk: "Лише українською." }, "uk")).toEqual({ text: "Лише українською.", lang: "uk" });
  });

  it("gives an empty English text when neither language has one", () => {
    expect(localized({ en: null, uk: null }, "uk")).toEqual({ text: "", lang: "en" });
  });

  it("treats an unknown locale as English", () => {
    expect(localized({ en: "IDPs", uk: "ВПО" }, "de")).toEqual({ text: "IDPs", lang: "en" });
  });

  it("has shorthands for plain text, places and indicator fields", () => {
    expect(localizedText({ en: "people", uk: "осіб" }, "uk")).toBe("осіб");
    expect(placeName({ nameEn: "Donetsk Oblast", nameUk: "Донецька область" }, "uk")).toBe("Донецька область");
    expect(placeName({ nameEn: "Donetsk Oblast", nameUk: "Донецька область" }, "en")).toBe("Donetsk Oblast");
    const indicator = {
      name: "Returnees",
      nameUk: "Особи, що повернулися",
      description: "Returned.",
      descriptionUk: null,
      unit: "people",
      unitUk: "осіб",
    };
    expect(indicatorText(indicator, "name", "uk")).toEqual({ text: "Особи, що повернулися", lang: "uk" });
    expect(indicatorText(indicator, "description", "uk")).toEqual({ text: "Returned.", lang: "en" });
    expect(indicatorText(indicator, "unit", "uk")).toEqual({ text: "осіб", lang: "uk" });
  });

  it("picks names and units for composed titles, falling back to English", () => {
    expect(indicatorName({ name: "Returnees", nameUk: "Особи, які повернулися" }, "uk")).toBe("Особи, які повернулися");
    expect(indicatorName({ name: "Returnees", nameUk: null }, "uk")).toBe("Returnees");
    expect(indicatorUnit({ unit: "buildings", unitUk: "будинків" }, "uk")).toBe("будинків");
    expect(indicatorUnit({ unit: "buildings", unitUk: "будинків" }, "en")).toBe("buildings");
    expect(claimPlaceName({ placeName: "Bakhmut", placeNameUk: "Бахмут" }, "uk")).toBe("Бахмут");
    expect(claimPlaceName({ placeName: "Bakhmut" }, "uk")).toBe("Bakhmut");
  });
});

describe("enteredTextLang", () => {
  it("tells English, Ukrainian and Russian by their letters, and leaves the rest unmarked", () => {
    expect(enteredTextLang("Fighting continues on the western outskirts")).toBe("en");
    expect(enteredTextLang("Бої тривають на західних околицях")).toBe("uk");
    expect(enteredTextLang("Бои продолжаются на западных окраинах, объявлено")).toBe("ru");
    expect(enteredTextLang("Бахмут")).toBeUndefined();
    expect(enteredTextLang("ВПО: 350 000 (OCHA)")).toBeUndefined();
    expect(enteredTextLang("350 000")).toBeUndefined();
  });
});

describe("placeText", () => {
  it("gives a place's name in the reader's language, with the language shown", () => {
    const bakhmut = { nameEn: "Bakhmut", nameUk: "Бахмут" };
    expect(placeText(bakhmut, "uk")).toEqual({ text: "Бахмут", lang: "uk" });
    expect(placeText(bakhmut, "en")).toEqual({ text: "Bakhmut", lang: "en" });
  });

  it("falls back to the English name, marked English, when the Ukrainian one is blank", () => {
    expect(placeText({ nameEn: "Bakhmut", nameUk: " " }, "uk")).toEqual({ text: "Bakhmut", lang: "en" });
    expect(placeText({ nameEn: "Bakhmut" }, "uk")).toEqual({ text: "Bakhmut", lang: "en" });
  });
});

describe("valueRuns", () => {
  it("shows the lowercase Latin words of a Ukrainian text as values, and keeps capitalised names as words", () => {
    expect(valueRuns("Розподіл: female (жінки) або male (чоловіки).")).toEqual([
      { text: "Розподіл: ", value: false },
      { text: "female", value: true },
      { text: " (жінки) або ", value: false },
      { text: "male", value: true },
      { text: " (чоловіки).", value: false },
    ]);
    expect(valueRuns("Номер цифри в Crisis Ledger (її сторінка — figure_url).")).toEqual([
      { text: "Номер цифри в Crisis Ledger (її сторінка — ", value: false },
      { text: "figure_url", value: true },
      { text: ").", value: false },
    ]);
    expect(
      valueRuns("exact (рівно), at_least (щонайменше)")
        .filter((r) => r.value)
        .map((r) => r.text),
    ).toEqual(["exact", "at_least"]);
  });

  it("leaves an English text whole: its words are words", () => {
    expect(valueRuns("Breakdown: female or male; empty for a total.")).toEqual([
      { text: "Breakdown: female or male; empty for a total.", value: false },
    ]);
  });
});
