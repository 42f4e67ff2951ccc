import { describe, expect, it } from "vitest";
import { z } from "zod";
import { figureInputSchema, timelineEventInputSchema } from "./figure-schema";
import { messages } from "./messages";

const e = messages.errors;
const today = new Date("2024-01-10T00:00:00Z");
const schema = figureInputSchema(today);

/** What a browser posts for a figure with a single best estimate. */
const form = {
  indicatorId: "1",
  locationId: "2",
  sourceId: "3",
  periodStart: "",
  asOf: "2023-05-20",
  low: "",
  best: "8,000,000",
  high: "",
  qualifier: "approximately",
  credibility: "2",
  verification: "reported",
  sourceUrl: "",
  sourcePublishedAt: "",
  sourcePlaceName: "",
  sex: "",
  ageGroup: "",
  populationGroup: "",
  notes: "",
};

function parse(changes: Record<string, unknown>) {
  return schema.safeParse({ ...form, ...changes });
}

function fieldErrors(changes: Record<string, unknown>) {
  const result = parse(changes);
  if (result.success) throw new Error(`expected ${JSON.stringify(changes)} to be refused`);
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
}

function accepted(changes: Record<string, unknown>) {
  const result = parse(changes);
  if (!result.success) throw new Error(JSON.stringify(z.flattenError(result.error).fieldErrors));
  return result.data;
}

describe("figureInputSchema: accepting", () => {
  it("parses a posted form, filling defaults", () => {
    expect(accepted({})).toEqual({
      indicatorId: 1,
      locationId: 2,
      sourceId: 3,
      periodStart: null,
      asOf: new Date("2023-05-20T00:00:00Z"),
      low: 8_000_000,
      best: 8_000_000,
      high: 8_000_000,
      qualifier: "approximately",
      noInformation: false,
      credibility: 2,
      verification: "reported",
      sourceUrl: null,
      sourcePublishedAt: null,
      sourcePlaceName: null,
      sex: null,
      ageGroup: null,
      populationGroup: null,
      notes: null,
    });
  });

  it("parses FormData entries, where an unticked checkbox is absent", () => {
    const data = new FormData();
    for (const [key, value] of Object.entries(form)) data.set(key, value);
    expect(schema.parse(Object.fromEntries(data)).noInformation).toBe(false);
    data.set("noInformation", "on");
    data.set("best", "");
    expect(schema.parse(Object.fromEntries(data))).toMatchObject({ noInformation: true, low: null, best: null, high: null });
  });

  it("uses the database defaults for a blank qualifier and verification", () => {
    expect(accepted({ qualifier: "", verification: undefined })).toMatchObject({
      qualifier: "approximately",
      verification: "reported",
    });
  });

  it.each([
    "8000000",
    "8,000,000",
    "8 000 000",
    "8\u00A0000\u00A0000",
    "8\u2009000\u2009000",
    "8\u202F000\u202F000",
    " 8,000,000 ",
    8_000_000,
  ])("reads %j as 8,000,000", (best) => {
    expect(accepted({ best }).best).toBe(8_000_000);
  });

  it("accepts zero, which is a number and not 'no information'", () => {
    expect(accepted({ best: "0" })).toMatchObject({ low: 0, best: 0, high: 0, noInformation: false });
  });

  it("accepts the maximum count", () => {
    expect(accepted({ best: "2,000,000,000" }).best).toBe(2_000_000_000);
  });

  it("accepts a range that fits its qualifier", () => {
    expect(accepted({ low: "10,000", best: "12,000", high: "15,000" })).toMatchObject({ low: 10_000, best: 12_000, high: 15_000 });
    expect(accepted({ qualifier: "exact", low: "5", best: "5", high: "5" }).qualifier).toBe("exact");
    expect(accepted({ qualifier: "at_least", low: "100", best: "100", high: "500" }).high).toBe(500);
    expect(accepted({ qualifier: "more_than", low: "100", best: "100", high: "100" }).low).toBe(100);
    expect(accepted({ qualifier: "at_most", low: "0", best: "100", high: "100" }).low).toBe(0);
    expect(accepted({ qualifier: "less_than", low: "10", best: "100", high: "100" }).low).toBe(10);
  });

  it.each(["on", "true", true])("reads the no-information checkbox %j as ticked", (noInformation) => {
    expect(accepted({ noInformation, best: "" })).toMatchObject({ noInformation: true, low: null, best: null, high: null });
  });

  it.each(["off", "false", false, ""])("reads the no-information checkbox %j as unticked", (noInformation) => {
    expect(accepted({ noInformation }).noInformation).toBe(false);
  });

  it("accepts every optional field", () => {
    expect(
      accepted({
        periodStart: "2023-05-01",
        sourceUrl: " https://www.unhcr.org/ukraine?x=1 ",
        sourcePublishedAt: "2023-05-22",
        sourcePlaceName: "  Artemivsk ",
        sex: "female",
        ageGroup: "older_person",
        populationGroup: "civilian",
        notes: "Counted by the regional administration.",
        verification: "corroborated",
        version: "3",
      }),
    ).toMatchObject({
      periodStart: new Date("2023-05-01T00:00:00Z"),
      sourceUrl: "https://www.unhcr.org/ukraine?x=1",
      sourcePublishedAt: new Date("2023-05-22T00:00:00Z"),
      sourcePlaceName: "Artemivsk",
      sex: "female",
      ageGroup: "older_person",
      populationGroup: "civilian",
      verification: "corroborated",
      version: 3,
    });
  });

  it("leaves the version out for a create", () => {
    expect(accepted({}).version).toBeUndefined();
  });

  it("accepts today and a period that is a single day", () => {
    expect(accepted({ asOf: "2024-01-10", periodStart: "2024-01-10", sourcePublishedAt: "2024-01-10" }).asOf).toEqual(today);
  });

  it("compares with the calendar day of `today`, ignoring its time", () => {
    const lateToday = figureInputSchema(new Date("2024-01-10T23:59:00Z"));
    expect(lateToday.safeParse({ ...form, asOf: "2024-01-10" }).success).toBe(true);
    expect(lateToday.safeParse({ ...form, asOf: "2024-01-11" }).success).toBe(false);
  });

  it("accepts text at its length limit and http URLs", () => {
    expect(accepted({ sourcePlaceName: "x".repeat(300), notes: "x".repeat(4000), sourceUrl: "http://example.org" })).toBeTruthy();
  });

  it("accepts Dates at midnight UTC from code", () => {
    expect(accepted({ asOf: new Date("2023-05-20T00:00:00Z") }).asOf).toEqual(new Date("2023-05-20T00:00:00Z"));
  });
});

describe("figureInputSchema: refusing", () => {
  it("names every missing required field", () => {
    expect(z.flattenError(schema.safeParse({}).error!).fieldErrors).toEqual({
      indicatorId: [e.indicatorRequired],
      locationId: [e.locationRequired],
      sourceId: [e.sourceRequired],
      asOf: [e.asOfRequired],
      credibility: [e.credibilityRequired],
      best: [e.bestRequired],
    });
  });

  it.each(["abc", "0", "-1", "1.5", 0, 2_147_483_648])("refuses %j as a reference", (indicatorId) => {
    expect(fieldErrors({ indicatorId }).indicatorId).toEqual([e.invalidChoice]);
  });

  it.each(["8.000.000", "1,5", "8,00,000", "8,000,00", "80,00", "-5", "12.5", "1e6", "abc", "8,000 000x", -1, 1.5, Number.NaN])(
    "refuses %j as a count",
    (best) => {
      expect(fieldErrors({ best }).best).toEqual([e.notWholeNumber]);
    },
  );

  it("refuses counts above the sane maximum", () => {
    expect(fieldErrors({ best: "2,000,000,001" }).best).toEqual([e.numberTooLarge(2_000_000_000)]);
    expect(e.numberTooLarge(2_000_000_000)).toBe("Enter a number no larger than 2,000,000,000.");
  });

  it("requires the best estimate unless there is no information", () => {
    expect(fieldErrors({ best: "" })).toEqual({ best: [e.bestRequired] });
  });

  it("refuses numbers on a no-information figure", () => {
    expect(fieldErrors({ noInformation: "on" })).toEqual({ noInformation: [e.noInformationHasNumbers] });
    expect(fieldErrors({ noInformation: "on", best: "", high: "0" })).toEqual({ noInformation: [e.noInformationHasNumbers] });
  });

  it("refuses a range with only one end", () => {
    expect(fieldErrors({ low: "100" })).toEqual({ high: [e.lowAndHighTogether] });
    expect(fieldErrors({ high: "9,000,000" })).toEqual({ low: [e.lowAndHighTogether] });
  });

  it("refuses low above best and best above high, on the right field", () => {
    expect(fieldErrors({ low: "9,000,000", high: "10,000,000" })).toEqual({
      low: ["The low estimate cannot be higher than the best estimate."],
    });
    expect(fieldErrors({ low: "1", high: "7,000,000" })).toEqual({ high: [e.bestAboveHigh] });
  });

  it("refuses ranges that contradict the qualifier", () => {
    expect(fieldErrors({ qualifier: "exact", low: "1", high: "9,000,000" })).toEqual({
      low: [e.exactNeedsSingleNumber],
      high: [e.exactNeedsSingleNumber],
    });
    expect(fieldErrors({ qualifier: "at_least", low: "1", high: "9,000,000" })).toEqual({ low: [e.lowMustEqualBest("at_least")] });
    expect(fieldErrors({ qualifier: "more_than", low: "1", high: "8,000,000" })).toEqual({ low: [e.lowMustEqualBest("more_than")] });
    expect(fieldErrors({ qualifier: "at_most", low: "1", high: "9,000,000" })).toEqual({ high: [e.highMustEqualBest("at_most")] });
    expect(fieldErrors({ qualifier: "less_than", low: "8,000,000", high: "9,000,000" })).toEqual({
      high: [e.highMustEqualBest("less_than")],
    });
  });

  it("refuses a period that starts after its 'as of' date", () => {
    expect(fieldErrors({ periodStart: "2023-05-21" })).toEqual({ periodStart: [e.periodStartAfterAsOf] });
  });

  it("refuses dates in the future", () => {
    expect(fieldErrors({ asOf: "2024-01-11" }).asOf).toEqual([e.asOfInFuture]);
    expect(fieldErrors({ asOf: "2024-01-10", periodStart: "2024-01-11" }).periodStart).toContain(e.periodStartInFuture);
    expect(fieldErrors({ sourcePublishedAt: "2024-01-11" })).toEqual({ sourcePublishedAt: [e.sourcePublishedInFuture] });
  });

  it.each(["2023-02-30", "2023-02-29", "2023-13-01", "20/05/2023", "2023-5-20", "2023-05-20T10:00:00Z", "yesterday", 20230520])(
    "refuses %j as a date",
    (asOf) => {
      expect(fieldErrors({ asOf }).asOf).toEqual([e.invalidDate]);
    },
  );

  it("refuses Dates that are not a calendar day", () => {
    expect(fieldErrors({ asOf: new Date("2023-05-20T10:00:00Z") }).asOf).toEqual([e.invalidDate]);
    expect(fieldErrors({ asOf: new Date(Number.NaN) }).asOf).toEqual([e.invalidDate]);
  });

  it("refuses dates before 1900 as typing mistakes", () => {
    expect(fieldErrors({ asOf: "0223-05-20" }).asOf).toEqual([e.dateTooEarly("1900-01-01")]);
  });

  it.each(["0", "7", "2.5", "B", ""])("refuses %j as credibility", (credibility) => {
    expect(fieldErrors({ credibility }).credibility).toEqual([e.credibilityRequired]);
  });

  it("refuses unknown qualifiers, verification statuses and breakdowns", () => {
    expect(fieldErrors({ qualifier: "roughly" }).qualifier).toEqual([e.qualifierInvalid]);
    expect(fieldErrors({ verification: "true" }).verification).toEqual([e.verificationInvalid]);
    expect(fieldErrors({ sex: "other" }).sex).toEqual([e.invalidChoice]);
    expect(fieldErrors({ ageGroup: "teen" }).ageGroup).toEqual([e.invalidChoice]);
    expect(fieldErrors({ populationGroup: "police" }).populationGroup).toEqual([e.invalidChoice]);
  });

  it("refuses a checkbox value it does not understand", () => {
    expect(fieldErrors({ noInformation: "maybe" }).noInformation).toEqual([e.checkboxInvalid]);
  });

  it.each([
    "ftp://example.org/file",
    "javascript:alert(1)",
    "http:example.org",
    "example.org",
    "https://",
    "mailto:a@b.org",
    "https://exa mple.org",
  ])("refuses %j as a source URL", (sourceUrl) => {
    expect(fieldErrors({ sourceUrl }).sourceUrl).toEqual([e.urlInvalid]);
  });

  it("bounds text lengths", () => {
    expect(fieldErrors({ sourcePlaceName: "x".repeat(301) }).sourcePlaceName).toEqual([e.textTooLong(300)]);
    expect(fieldErrors({ notes: "x".repeat(4001) }).notes).toEqual([e.textTooLong(4000)]);
    expect(fieldErrors({ sourceUrl: `https://example.org/${"x".repeat(2000)}` }).sourceUrl).toEqual([e.textTooLong(2000)]);
  });

  it.each(["0", "-1", "abc", "1.5"])("refuses %j as a version", (version) => {
    expect(fieldErrors({ version }).version).toEqual([e.versionInvalid]);
  });

  it("shows estimate and date errors beside unrelated field errors", () => {
    expect(fieldErrors({ notes: "x".repeat(4001), low: "9,000,000", high: "9,000,000", periodStart: "2023-06-01" })).toEqual({
      notes: [e.textTooLong(4000)],
      low: [e.lowAboveBest],
      periodStart: [e.periodStartAfterAsOf],
    });
  });

  it("does not add estimate errors on top of an unreadable number", () => {
    expect(fieldErrors({ low: "lots", high: "9,000,000" })).toEqual({ low: [e.notWholeNumber] });
  });
});

describe("timelineEventInputSchema", () => {
  const timeline = timelineEventInputSchema(today);
  const event = {
    occurredOn: "2023-05-20",
    title: "  Russia's MoD claims full control of Bakhmut ",
    description: "",
    locationId: "2",
    sourceId: "3",
    sourceUrl: "",
    sourcePublishedAt: "",
    credibility: "3",
    verification: "",
  };
  const errorsOf = (changes: Record<string, unknown>) => {
    const result = timeline.safeParse({ ...event, ...changes });
    if (result.success) throw new Error("expected a refusal");
    return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
  };

  it("parses a posted event", () => {
    expect(timeline.parse(event)).toEqual({
      occurredOn: new Date("2023-05-20T00:00:00Z"),
      title: "Russia's MoD claims full control of Bakhmut",
      description: null,
      locationId: 2,
      sourceId: 3,
      sourceUrl: null,
      sourcePublishedAt: null,
      credibility: 3,
      verification: "reported",
    });
    expect(
      timeline.parse({
        ...event,
        description: "d".repeat(4000),
        sourceUrl: "https://t.me/x",
        sourcePublishedAt: "2023-05-21",
        version: "2",
      }),
    ).toMatchObject({ description: "d".repeat(4000), sourceUrl: "https://t.me/x", version: 2 });
  });

  it("names every missing required field", () => {
    expect(z.flattenError(timeline.safeParse({}).error!).fieldErrors).toEqual({
      occurredOn: [e.occurredOnRequired],
      title: [e.titleRequired],
      locationId: [e.locationRequired],
      sourceId: [e.sourceRequired],
      credibility: [e.credibilityRequired],
    });
  });

  it("refuses a blank or long title and a long description", () => {
    expect(errorsOf({ title: "   " }).title).toEqual([e.titleRequired]);
    expect(errorsOf({ title: "t".repeat(301) }).title).toEqual([e.textTooLong(300)]);
    expect(timeline.safeParse({ ...event, title: "t".repeat(300) }).success).toBe(true);
    expect(errorsOf({ description: "d".repeat(4001) }).description).toEqual([e.textTooLong(4000)]);
  });

  it("refuses future and impossible dates", () => {
    expect(errorsOf({ occurredOn: "2024-01-11" }).occurredOn).toEqual([e.occurredOnInFuture]);
    expect(errorsOf({ occurredOn: "2023-02-30" }).occurredOn).toEqual([e.invalidDate]);
    expect(errorsOf({ sourcePublishedAt: "2024-02-01" }).sourcePublishedAt).toEqual([e.sourcePublishedInFuture]);
  });

  it("refuses a bad URL, credibility, verification and version", () => {
    expect(errorsOf({ sourceUrl: "ftp://x.org", credibility: "9", verification: "rumour", version: "0" })).toEqual({
      sourceUrl: [e.urlInvalid],
      credibility: [e.credibilityRequired],
      verification: [e.verificationInvalid],
      version: [e.versionInvalid],
    });
  });
});
