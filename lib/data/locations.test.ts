// The public place filter offers the places around the selected one (its ancestors, siblings and
// children), in tree order: a bounded list whatever the number of places.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listPlacesAround } from "./locations";

beforeAll(async () => {
  const ua = await prisma.location.create({ data: { pcode: "UA", nameEn: "Ukraine", nameUk: "Україна", adminLevel: 0 } });
  const donetska = await prisma.location.create({
    data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1, parentId: ua.id },
  });
  await prisma.location.create({ data: { pcode: "UA63", nameEn: "Kharkivska", nameUk: "Харківська", adminLevel: 1, parentId: ua.id } });
  const bakhmutskyi = await prisma.location.create({
    data: { pcode: "UA1402", nameEn: "Bakhmutskyi", nameUk: "Бахмутський", adminLevel: 2, parentId: donetska.id },
  });
  await prisma.location.create({
    data: { pcode: "UA1412", nameEn: "Kramatorskyi", nameUk: "Краматорський", adminLevel: 2, parentId: donetska.id },
  });
  await prisma.location.create({
    data: { pcode: "UA1402001", nameEn: "Bakhmutska", nameUk: "Бахмутська", adminLevel: 3, parentId: bakhmutskyi.id },
  });
});

const listed = async (pcode: string) => (await listPlacesAround(pcode)).map((p) => `${"-".repeat(p.depth)}${p.pcode}`);

describe("listPlacesAround", () => {
  it("lists the ancestors, the siblings and the children of the place, in tree order, and nothing further", async () => {
    // A small subtree is listed whole.
    expect(await listed("UA14")).toEqual(["UA", "-UA14", "--UA1402", "---UA1402001", "--UA1412", "-UA63"]);
    expect(await listed("UA1402")).toEqual(["UA", "-UA14", "--UA1402", "---UA1402001", "--UA1412"]);
  });

  it("lists only the children of a place with more than 200 places below it", async () => {
    const ua = await prisma.location.findUniqueOrThrow({ where: { pcode: "UA" } });
    const big = await prisma.location.create({
      data: { pcode: "UA71", nameEn: "Cherkaska", nameUk: "Черкаська", adminLevel: 1, parentId: ua.id },
    });
    const raion = await prisma.location.create({
      data: { pcode: "UA7102", nameEn: "Raion", nameUk: "Район", adminLevel: 2, parentId: big.id },
    });
    await prisma.location.createMany({
      data: Array.from({ length: 201 }, (_, i) => ({
        pcode: `UA7102${String(i).padStart(3, "0")}`,
        nameEn: `H${i}`,
        nameUk: `Г${i}`,
        adminLevel: 3,
        parentId: raion.id,
      })),
    });
    expect(await listed("UA71")).toEqual(["UA", "-UA71", "--UA7102", "-UA14", "-UA63"]);
    // The country, the oblast, the raion itself and its 201 hromadas (more than 200 places: the children, which they are).
    expect((await listed("UA7102")).length).toBe(3 + 201);
  });

  it("offers the top level for an unknown place", async () => {
    expect((await listed("UA")).filter((p) => p.split("-").length - 1 <= 1)).toEqual(["UA", "-UA71", "-UA14", "-UA63"]);
    expect(await listed("UA99")).toEqual(["UA"]);
  });
});
