import { describe, expect, it } from "vitest";
import { demoDataWanted } from "./demo";

describe("demoDataWanted", () => {
  it("is on by default outside production and off in production", () => {
    expect(demoDataWanted({ NODE_ENV: "development" })).toBe(true);
    expect(demoDataWanted({})).toBe(true);
    expect(demoDataWanted({ NODE_ENV: "production" })).toBe(false);
  });

  it("follows an explicit DEMO_DATA setting either way", () => {
    expect(demoDataWanted({ NODE_ENV: "production", DEMO_DATA: "on" })).toBe(true);
    expect(demoDataWanted({ NODE_ENV: "development", DEMO_DATA: "off" })).toBe(false);
  });

  it("refuses a value it does not understand", () => {
    expect(() => demoDataWanted({ DEMO_DATA: "maybe" })).toThrow(/DEMO_DATA/);
  });
});
