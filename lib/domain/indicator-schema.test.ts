import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HXL_TAG, indicatorInputSchema } from "./indicator-schema";

describe("indicator schema", () => {
  it.each(["#affected+idps", "#affected+killed+f", "#affected +killed +civilian", "#indicator+num+buildings", "#access_incident"])(
    "accepts the HXL hashtag %s",
    (tag) => {
      expect(HXL_TAG.test(tag)).toBe(true);
    },
  );

  it.each(["affected+idps", "#Affected", "#affected+", "#affected++idps", "#1affected", "#affected+ki lled", "#affected-idps"])(
    "refuses %s",
    (tag) => {
      expect(HXL_TAG.test(tag)).toBe(false);
    },
  );

  const valid = {
    slug: "people-in-shelters",
    domain: "displacement",
    name: "People in collective shelters",
    unit: "people",
    hxlTag: "#affected+sheltered",
    displayOrder: "5",
  };

  it("parses a form, lower-casing the hashtag and collecting the breakdowns", () => {
    const parsed = indicatorInputSchema().parse({
      ...valid,
      hxlTag: "#Affected+Sheltered",
      allowedBreakdowns: ["sex", "age_group"],
      isPublic: "on",
    });
    expect(parsed).toMatchObject({
      hxlTag: "#affected+sheltered",
      allowedBreakdowns: ["sex", "age_group"],
      isPublic: true,
      displayOrder: 5,
    });
    expect(indicatorInputSchema().parse({ ...valid, allowedBreakdowns: "sex" }).allowedBreakdowns).toEqual(["sex"]);
    expect(indicatorInputSchema().parse(valid).allowedBreakdowns).toEqual([]);
  });

  it("reports each problem on its field", () => {
    const result = indicatorInputSchema().safeParse({
      slug: "Not A Slug",
      domain: "weather",
      name: "",
      unit: "",
      hxlTag: "affected",
      displayOrder: "-1",
      allowedBreakdowns: ["colour"],
    });
    expect(Object.keys(z.flattenError(result.error!).fieldErrors).sort()).toEqual([
      "allowedBreakdowns",
      "displayOrder",
      "domain",
      "hxlTag",
      "name",
      "slug",
      "unit",
    ]);
  });
});
