import { describe, expect, it } from "vitest";
import { revisionTimes } from "./revision-times";

const NOW = Date.parse("2026-12-01T12:00:00.000Z");

describe("revisionTimes", () => {
  it("dates a demo figure's history just after its source published it, in order", () => {
    const times = revisionTimes("2023-05-20", ["created", "submitted", "published", "retracted"], NOW).map((d) => d.toISOString());
    expect(times).toEqual(["2023-05-21T09:00:00.000Z", "2023-05-21T13:00:00.000Z", "2023-05-22T10:00:00.000Z", "2023-06-21T10:00:00.000Z"]);
  });

  it("never dates a step after now, and keeps the order", () => {
    const times = revisionTimes("2026-12-01", ["created", "submitted", "published"], NOW);
    expect(times.every((t) => t.getTime() < NOW)).toBe(true);
    expect(times.map((t) => t.getTime())).toEqual([...times.map((t) => t.getTime())].sort((a, b) => a - b));
  });
});
