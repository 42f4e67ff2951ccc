import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { missingChoices } from "./form-options";

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
