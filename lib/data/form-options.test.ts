import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { figureFormOptions, missingChoices } from "./form-options";

describe("missingChoices", () => {
  it("names the chosen records that do not exist, so a forged form gets field errors", async () => {
    const indicator = await prisma.indicator.create({
      data: { slug: "idps", domain: "displacement", name: "IDPs", unit: "people", hxlTag: "#affected+idps" },
    });
    const location = await prisma.location.create({ data: { pcode: "UA", nameEn: "Ukraine", nameUk: "Україна", adminLevel: 0 } });
    const source = await prisma.source.create({ data: { name: "IOM", nameKey: "iom", kind: "un_agency", reliability: "B" } });
    expect(await missingChoices({ indicatorId: indicator.id, locationId: location.id, sourceId: source.id })).toEqual([]);
    expect(await missingChoices({ locationId: location.id, sourceId: source.id })).toEqual([]);
    expect(await missingChoices({ indicatorId: 2_147_483_647, locationId: 2_147_483_647, sourceId: source.id })).toEqual([
      "indicatorId",
      "locationId",
    ]);
    expect(await missingChoices({ locationId: location.id, sourceId: 1_000_000 })).toEqual(["sourceId"]);
  });
});

describe("figureFormOptions", () => {
  it("lists places in tree order with their path in the reader's language, siblings by the name shown in its alphabet", async () => {
    const ukraine = await prisma.location.create({ data: { pcode: "XU", nameEn: "Ukraine", nameUk: "Україна", adminLevel: 0 } });
    const oblast = (pcode: string, nameEn: string, nameUk: string) =>
      prisma.location.create({ data: { pcode, nameEn, nameUk, adminLevel: 1, parentId: ukraine.id } });
    const kyiv = await oblast("XU32", "Kyivska", "Київська");
    await oblast("XU26", "Ivano-Frankivska", "Івано-Франківська");
    await oblast("XU18", "Zhytomyrska", "Житомирська");
    await oblast("XU21", "Zakarpatska", "Закарпатська");
    await oblast("XU12", "Dnipropetrovska", "Дніпропетровська");
    await prisma.location.create({
      data: { pcode: "XU3210", nameEn: "Buchanskyi", nameUk: "Бучанський", adminLevel: 2, parentId: kyiv.id },
    });

    // Only this test's places (the first test made another "Ukraine").
    const ours = (places: Awaited<ReturnType<typeof figureFormOptions>>["places"]) => places.filter((p) => p.pcode.startsWith("XU"));
    const uk = await figureFormOptions("uk");
    expect(ours(uk.places).map((p) => [...p.path, p.nameUk].join(" › "))).toEqual([
      "Україна",
      "Україна › Дніпропетровська",
      "Україна › Житомирська",
      "Україна › Закарпатська",
      "Україна › Івано-Франківська",
      "Україна › Київська",
      "Україна › Київська › Бучанський",
    ]);
    const en = await figureFormOptions("en");
    expect(ours(en.places).map((p) => [...p.path, p.nameEn].join(" › "))).toEqual([
      "Ukraine",
      "Ukraine › Dnipropetrovska",
      "Ukraine › Ivano-Frankivska",
      "Ukraine › Kyivska",
      "Ukraine › Kyivska › Buchanskyi",
      "Ukraine › Zakarpatska",
      "Ukraine › Zhytomyrska",
    ]);
    expect(ours(en.places)[0]).toEqual({
      id: ukraine.id,
      pcode: "XU",
      nameEn: "Ukraine",
      nameUk: "Україна",
      adminLevel: 0,
      parentId: null,
      path: [],
    });
  });
});
