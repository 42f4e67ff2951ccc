import { describe, expect, it } from "vitest";
import { calendarDateIn, daysBetween, formatCalendarDate, parseCalendarDate, parseCalendarDateInRange, startOfUtcDay } from "./dates";

describe("parseCalendarDate", () => {
  it("reads YYYY-MM-DD as midnight UTC", () => {
    expect(parseCalendarDate("2023-05-20")?.toISOString()).toBe("2023-05-20T00:00:00.000Z");
    expect(parseCalendarDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseCalendarDate("0099-01-01")?.getUTCFullYear()).toBe(99);
  });

  it("refuses impossible dates and other formats", () => {
    for (const bad of [
      "2023-02-30",
      "2023-02-29",
      "2023-13-01",
      "2023-00-10",
      "2023-04-31",
      "2023-5-20",
      "20-05-2023",
      "2023-05-20T00:00:00Z",
      " 2023-05-20",
      "",
    ]) {
      expect(parseCalendarDate(bad), bad).toBeNull();
    }
  });
});

describe("parseCalendarDateInRange", () => {
  it("keeps to 1900-01-01 .. 2100-12-31, which PostgreSQL can store", () => {
    expect(parseCalendarDateInRange("1900-01-01")?.toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(parseCalendarDateInRange("2100-12-31")?.toISOString()).toBe("2100-12-31T00:00:00.000Z");
    for (const bad of ["0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31", "10000-01-01", "+010000-01-01", "2023-02-30"]) {
      expect(parseCalendarDateInRange(bad), bad).toBeNull();
    }
  });
});

describe("calendar helpers", () => {
  it("formats back to YYYY-MM-DD", () => {
    expect(formatCalendarDate(new Date("2023-05-20T00:00:00Z"))).toBe("2023-05-20");
  });

  it("truncates an instant to its UTC day", () => {
    expect(startOfUtcDay(new Date("2023-05-20T23:59:59.999Z")).toISOString()).toBe("2023-05-20T00:00:00.000Z");
  });

  it("gives the calendar day in Kyiv, which can be a day ahead of UTC", () => {
    const lateEveningUtc = new Date("2023-05-20T22:30:00Z"); // 01:30 on 21 May in Kyiv (UTC+3)
    expect(formatCalendarDate(calendarDateIn(lateEveningUtc))).toBe("2023-05-21");
    expect(formatCalendarDate(calendarDateIn(lateEveningUtc, "UTC"))).toBe("2023-05-20");
  });

  it("counts whole calendar days", () => {
    expect(daysBetween(new Date("2023-05-20T00:00:00Z"), new Date("2023-05-20T23:00:00Z"))).toBe(0);
    expect(daysBetween(new Date("2023-05-20T23:00:00Z"), new Date("2023-05-21T01:00:00Z"))).toBe(1);
    expect(daysBetween(new Date("2024-01-01T00:00:00Z"), new Date("2023-12-01T00:00:00Z"))).toBe(-31);
  });
});
