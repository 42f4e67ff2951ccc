// The generated bad-input test, from an attacker's seat: every server action of the build
// (read from its server-action manifest, as the authorization matrix does) and every GET route
// with query parameters gets thousands of malformed inputs over HTTP, signed in as admin so the
// guard lets them through. Nothing may answer 500, and no refused input may write anything.
//
// Writes: each generated form starts from a VALID form for the action (so the input reaches
// the deep code, not just the first check) and then breaks at least one field with a value
// that must be refused (a huge, negative, fractional, NaN or "abc" id, a NUL byte, an
// over-long text, an impossible date, a missing required field, a file where text belongs,
// ...), plus random noise (unknown fields, repeated fields, odd unicode). Every answer must
// therefore be a refusal, and the database fingerprint must not change.
//
// Replay: the seed is printed; `BAD_INPUT_SEED=<seed> npx playwright test e2e/bad-input.spec.ts`
// runs the same cases. BAD_INPUT_RUNS scales the number of cases per action and route.
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { MUTATIONS } from "../lib/auth/mutations";
import { DEMO_PASSWORD, DEMO_USERS, signInThroughApi } from "./support/auth";
import { builtActions, type BuiltAction } from "./support/actions";
import { databaseFingerprint, withDatabase } from "./support/database";

const SEED = Number(process.env.BAD_INPUT_SEED ?? 20261201);
// Sized for about 2.5 minutes on two cores: 2,000 action calls and ~580 page requests.
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 100);
const GET_RUNS = Math.ceil(RUNS / 3);

const nameOf = (action: BuiltAction) =>
  Object.entries(MUTATIONS).find(([, m]) => m.module === action.module && m.export === action.exportName)?.[0];

// ------------------------------------------------------------------ bad values

const MAX_INT = 2_147_483_647;
const withNul = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}\u0000${b}`);
const overlong = (max: number) =>
  fc.tuple(fc.integer({ min: max + 1, max: max + 400 }), fc.constantFrom("x", "я", "😀", " x")).map(([n, c]) => c.repeat(n));
const oddUnicode = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\uD800", "\uDFFF", "\u202E\u202D", "\uFEFF", "\u200B", "𝕏", "Ǆ", "İ", "ß", "\u0301"),
);
/** Neither blank nor a whole number from 1 to 2^31-1 once trimmed: refused as an id. */
const notAnId = (s: string) => s.trim() !== "" && !(/^\d{1,10}$/.test(s.trim()) && Number(s.trim()) >= 1 && Number(s.trim()) <= MAX_INT);
const badIdFormat = fc.oneof(
  fc.constantFrom(
    "2147483648",
    "99999999999",
    "Infinity",
    "-Infinity",
    "NaN",
    "abc",
    "1.5",
    "1.0",
    "1e3",
    "0x10",
    "-1",
    "0",
    "+1",
    "1 2",
    "１",
    "\u00001",
    "1\u0000",
  ),
  fc.bigInt({ min: 2n ** 31n, max: 10n ** 30n }).map(String),
  fc.integer({ min: -MAX_INT, max: 0 }).map(String),
  fc.double({ noInteger: true }).map(String),
  fc.string({ minLength: 1, maxLength: 30 }).filter(notAnId),
  withNul,
);
/** Parses as an id but names no record (the demo data has far fewer rows). */
const missingRecordId = fc.integer({ min: 1_000_000, max: MAX_INT }).map(String);
const badRequiredText = (max: number) => fc.oneof(withNul, overlong(max), fc.constant(""), fc.constant("   "));
const badOptionalText = (max: number) => fc.oneof(withNul, overlong(max));
const badDate = fc.oneof(
  fc.constantFrom("0000-01-01", "10000-01-01", "+010000-01-01", "-000001-01-01", "2023-02-30", "1899-12-31", "9999-12-31", "2999-01-01"),
  fc.constantFrom("2023-5-1", "20-05-2023", "2023-05-20T00:00:00Z", "yesterday", "2023-13-01", "2023-00-10", "1e3", "2023-05-20\u0000"),
  fc.string({ maxLength: 12 }).filter((s) => s.trim() !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(s.trim())),
);
const badCount = fc.oneof(
  fc.constantFrom("-1", "1.5", "1e3", "Infinity", "NaN", "2000000001", "99999999999999999999", "8.000.000", "1,5", "0x10", "\u00001"),
  fc.double({ noInteger: true }).map(String),
  fc.bigInt({ min: 2_000_000_001n, max: 10n ** 40n }).map(String),
);
const badEnum = fc.oneof(fc.string({ maxLength: 30 }), withNul, oddUnicode);
const badUrl = fc.oneof(
  // (Not "https:///x": URL parsers read it as https://x/, a valid address.)
  fc.constantFrom("javascript:alert(1)", "http://", "ftp://example.org", "//example.org", "data:text/html,x", "https://"),
  withNul.map((s) => `https://example.org/${s}`),
  overlong(2000).map((s) => `https://example.org/${s}`),
);

type Kind =
  | { kind: "id"; blankMeansNone?: boolean }
  | { kind: "version" }
  | { kind: "text"; max: number; required: boolean }
  | { kind: "date"; required: boolean }
  | { kind: "count" }
  | { kind: "enum"; values: readonly string[]; blankAllowed: boolean }
  | { kind: "url" }
  | { kind: "bad"; values: fc.Arbitrary<string> };

function badValue(spec: Kind): fc.Arbitrary<string> {
  switch (spec.kind) {
    case "id":
      return fc.oneof(badIdFormat, missingRecordId);
    case "version":
      return badIdFormat;
    case "text":
      return spec.required ? badRequiredText(spec.max) : badOptionalText(spec.max);
    case "date":
      return spec.required ? fc.oneof(badDate, fc.constant("")) : badDate;
    case "count":
      return badCount;
    case "enum":
      return badEnum.filter((v) => !spec.values.includes(v.trim()) && !(spec.blankAllowed && v.trim() === "") && v !== "on");
    case "url":
      return badUrl;
    case "bad":
      return spec.values;
  }
}

// ------------------------------------------------------------------ valid forms per action

interface Demo {
  indicatorId: number;
  countryId: number;
  oblastId: number;
  sourceId: number;
  otherSourceId: number;
  editorId: number;
  figure: { id: number; version: number };
  event: { id: number; version: number };
  submittedFigure: { id: number; version: number };
  location: { id: number; version: number };
  source: { version: number };
}

async function loadDemo(): Promise<Demo> {
  return withDatabase(async (db) => {
    const one = async <T>(sql: string) =>
      ((await db.query(sql)).rows[0] as T | undefined) ??
      (() => {
        throw new Error(`no row: ${sql}`);
      })();
    const indicator = await one<{ id: number }>("SELECT id FROM indicator ORDER BY id LIMIT 1");
    const country = await one<{ id: number }>("SELECT id FROM location WHERE pcode = 'UA'");
    const oblast = await one<{ id: number }>("SELECT id FROM location WHERE pcode = 'UA14'");
    const sources = (await db.query<{ id: number; version: number }>("SELECT id, version FROM source ORDER BY id LIMIT 2")).rows;
    const editor = await one<{ id: number }>(`SELECT id FROM app_user WHERE email = '${DEMO_USERS.editor.email}'`);
    const figure = await one<{ id: number; version: number }>(
      "SELECT id, version FROM figure WHERE status = 'draft' ORDER BY id LIMIT 1",
    ).catch(() => one<{ id: number; version: number }>("SELECT id, version FROM figure ORDER BY id LIMIT 1"));
    const submitted = await one<{ id: number; version: number }>(
      "SELECT id, version FROM figure WHERE status = 'submitted' ORDER BY id LIMIT 1",
    ).catch(() => figure);
    const event = await one<{ id: number; version: number }>("SELECT id, version FROM timeline_event ORDER BY id LIMIT 1");
    const leaf = await one<{ id: number; version: number }>(
      "SELECT l.id, l.version FROM location l WHERE NOT EXISTS (SELECT 1 FROM location c WHERE c.parent_id = l.id) ORDER BY l.admin_level DESC, l.id LIMIT 1",
    );
    return {
      indicatorId: indicator.id,
      countryId: country.id,
      oblastId: oblast.id,
      sourceId: sources[0]!.id,
      otherSourceId: sources[1]!.id,
      editorId: editor.id,
      figure,
      event,
      submittedFigure: submitted,
      location: leaf,
      source: { version: sources[0]!.version },
    };
  });
}

interface ActionSpec {
  valid: (d: Demo) => Record<string, string>;
  fields: Record<string, Kind & { required?: boolean }>;
}

const ID: Kind = { kind: "id" };
const VERSION: Kind = { kind: "version" };
const NEW_PASSWORD = "seven other unrelated words, long enough";
const TOTP_BAD = fc.oneof(fc.constantFrom("", "12345", "1234567", "abcdef", "\u0000", "12 34 56 78"), fc.string({ maxLength: 80 }));
const PASSWORD_BAD = fc.oneof(
  fc.constantFrom("", "short", "\u0000"),
  fc.integer({ min: 129, max: 400 }).map((n) => "p".repeat(n)),
);
const EMAIL_BAD = fc.oneof(
  withNul.map((s) => `${s}@example.org`),
  fc.constantFrom("", "not-an-email", "a@", "@b.org"),
  overlong(320).map((s) => `${s}@example.org`),
);
const CSV_HEADER =
  "admin0Pcode,admin0Name_en,admin0Name_uk,admin1Pcode,admin1Name_en,admin1Name_uk,admin2Pcode,admin2Name_en,admin2Name_uk,admin3Pcode,admin3Name_en,admin3Name_uk,admin4Pcode,admin4Name_en,admin4Name_uk";
const BAD_CSV = fc.oneof(
  fc.constant(`${CSV_HEADER}\nUA,Ukraine,Україна,,,,,,,,,,UA14020010001,Bakhmut,Бахмут\n`),
  fc.constant(`${CSV_HEADER}\n,,,UA14,Donetska,Донецька,,,,,,,,,\n`),
  overlong(200).map(
    (name) => `${CSV_HEADER}\nUA,Ukraine,Україна,UA14,Donetska,Донецька,UA1499,${name.replace(/[",\n]/g, "x")},Тест,,,,,,\n`,
  ),
  fc
    .integer({ min: 19, max: 60 })
    .map((n) => `${CSV_HEADER}\nUA,Ukraine,Україна,UA14,Donetska,Донецька,UA${"9".repeat(n)},Long,Довгий,,,,,,\n`),
  withNul.map((s) => `${CSV_HEADER}\nUA,Ukraine,Україна,UA14,Donetska,Донецька,UA1498,Nul${s.replace(/[",\n\r]/g, "x")},Нуль,,,,,,\n`),
  fc.constantFrom("", "   ", '"unterminated', "a,b\n1,2,3\n", "admin0Pcode\n\u0000"),
);

const ACTIONS: Record<string, ActionSpec> = {
  "users.create": {
    valid: () => ({
      email: "fuzz-new@example.org",
      name: "Fuzz Person",
      organisation: "Fuzz NGO",
      role: "editor",
      password: "seven unrelated words make it long",
    }),
    fields: {
      email: { kind: "bad", values: EMAIL_BAD },
      name: { kind: "text", max: 200, required: true },
      organisation: { kind: "text", max: 200, required: false },
      role: { kind: "enum", values: ["editor", "reviewer", "admin"], blankAllowed: false },
      password: { kind: "bad", values: PASSWORD_BAD },
    },
  },
  "users.changeRole": {
    valid: (d) => ({ userId: String(d.editorId), role: "reviewer" }),
    fields: { userId: ID, role: { kind: "enum", values: ["editor", "reviewer", "admin"], blankAllowed: false } },
  },
  "users.setActive": {
    valid: (d) => ({ userId: String(d.editorId), active: "false" }),
    fields: { userId: ID, active: { kind: "enum", values: ["true", "false"], blankAllowed: false } },
  },
  "users.resetPassword": {
    valid: (d) => ({ userId: String(d.editorId), password: "seven unrelated words make it long" }),
    fields: { userId: ID, password: { kind: "bad", values: PASSWORD_BAD } },
  },
  "users.endSessions": { valid: (d) => ({ userId: String(d.editorId) }), fields: { userId: ID } },
  "figures.save": {
    valid: (d) => ({
      indicatorId: String(d.indicatorId),
      locationId: String(d.oblastId),
      sourceId: String(d.sourceId),
      asOf: "2023-05-20",
      periodStart: "2023-05-01",
      low: "90",
      best: "100",
      high: "110",
      qualifier: "approximately",
      credibility: "2",
      verification: "reported",
      sourceUrl: "https://example.org/report",
      sourcePublishedAt: "2023-05-21",
      sourcePlaceName: "Bakhmut",
      notes: "fuzz",
    }),
    fields: {
      id: ID,
      version: VERSION,
      indicatorId: ID,
      locationId: ID,
      sourceId: ID,
      asOf: { kind: "date", required: true },
      periodStart: { kind: "date", required: false },
      sourcePublishedAt: { kind: "date", required: false },
      low: { kind: "count" },
      best: { kind: "count" },
      high: { kind: "count" },
      qualifier: { kind: "enum", values: ["exact", "approximately", "at_least", "at_most", "more_than", "less_than"], blankAllowed: true },
      credibility: { kind: "bad", values: fc.constantFrom("0", "7", "1.5", "abc", "", "-1", "99999999999") },
      verification: { kind: "enum", values: ["reported", "corroborated", "verified", "disputed"], blankAllowed: true },
      sex: { kind: "enum", values: ["female", "male"], blankAllowed: true },
      sourceUrl: { kind: "url" },
      sourcePlaceName: { kind: "text", max: 300, required: false },
      notes: { kind: "text", max: 4000, required: false },
    },
  },
  "figures.workflow": {
    valid: (d) => ({ id: String(d.figure.id), version: String(d.figure.version), action: "submit" }),
    fields: { id: ID, version: VERSION, action: { kind: "enum", values: ["submit", "withdraw", "revise"], blankAllowed: false } },
  },
  "figures.deleteDraft": {
    valid: (d) => ({ id: String(d.figure.id), version: String(d.figure.version) }),
    fields: { id: ID, version: VERSION },
  },
  "timelineEvents.save": {
    valid: (d) => ({
      occurredOn: "2023-05-20",
      title: "Fuzz event",
      description: "d",
      locationId: String(d.oblastId),
      sourceId: String(d.sourceId),
      credibility: "2",
      verification: "reported",
    }),
    fields: {
      id: ID,
      version: VERSION,
      occurredOn: { kind: "date", required: true },
      sourcePublishedAt: { kind: "date", required: false },
      title: { kind: "text", max: 300, required: true },
      description: { kind: "text", max: 4000, required: false },
      locationId: ID,
      sourceId: ID,
      sourceUrl: { kind: "url" },
      credibility: { kind: "bad", values: fc.constantFrom("0", "7", "1.5", "abc", "", "-1") },
    },
  },
  "timelineEvents.workflow": {
    valid: (d) => ({ id: String(d.event.id), version: String(d.event.version), action: "submit" }),
    fields: { id: ID, version: VERSION, action: { kind: "enum", values: ["submit", "withdraw", "revise"], blankAllowed: false } },
  },
  "timelineEvents.review": {
    valid: (d) => ({ id: String(d.event.id), version: String(d.event.version), action: "reject", reason: "fuzz" }),
    fields: {
      id: ID,
      version: VERSION,
      action: { kind: "enum", values: ["publish", "reject", "return", "retract"], blankAllowed: false },
      reason: { kind: "text", max: 2000, required: true },
    },
  },
  "figures.review": {
    valid: (d) => ({ id: String(d.submittedFigure.id), version: String(d.submittedFigure.version), action: "reject", reason: "fuzz" }),
    fields: {
      id: ID,
      version: VERSION,
      action: { kind: "enum", values: ["publish", "reject", "return", "retract"], blankAllowed: false },
      reason: { kind: "text", max: 2000, required: true },
    },
  },
  "sources.save": {
    valid: () => ({
      name: "Fuzz source",
      kind: "ngo",
      affiliation: "None",
      url: "https://example.org",
      reliability: "B",
      notes: "n",
      gradeReason: "r",
    }),
    fields: {
      id: ID,
      version: VERSION,
      name: { kind: "text", max: 200, required: true },
      affiliation: { kind: "text", max: 200, required: false },
      kind: {
        kind: "enum",
        values: ["un_agency", "government", "party_to_conflict", "ngo", "media", "researcher", "other"],
        blankAllowed: false,
      },
      url: { kind: "url" },
      reliability: { kind: "enum", values: ["A", "B", "C", "D", "E", "F"], blankAllowed: false },
      notes: { kind: "text", max: 4000, required: false },
      gradeReason: { kind: "text", max: 2000, required: false },
    },
  },
  "sources.setActive": {
    valid: (d) => ({ id: String(d.sourceId), version: String(d.source.version), active: "false" }),
    fields: { id: ID, version: VERSION, active: { kind: "enum", values: ["true", "false"], blankAllowed: false } },
  },
  "sources.delete": { valid: (d) => ({ id: String(d.sourceId), version: String(d.source.version) }), fields: { id: ID, version: VERSION } },
  "sources.merge": { valid: (d) => ({ id: String(d.otherSourceId), keepId: String(d.sourceId) }), fields: { id: ID, keepId: ID } },
  "indicators.save": {
    valid: () => ({
      slug: "fuzz-indicator",
      domain: "displacement",
      name: "Fuzz",
      description: "d",
      unit: "people",
      hxlTag: "#affected+idps",
      allowedBreakdowns: "sex",
      displayOrder: "5",
      isPublic: "on",
    }),
    fields: {
      id: ID,
      version: VERSION,
      slug: { kind: "bad", values: fc.oneof(withNul, overlong(80), fc.constantFrom("", "Upper", "two--hyphens", "-x", "ü")) },
      domain: { kind: "enum", values: ["displacement", "casualties", "infrastructure", "access"], blankAllowed: false },
      name: { kind: "text", max: 200, required: true },
      description: { kind: "text", max: 2000, required: false },
      unit: { kind: "text", max: 60, required: true },
      hxlTag: {
        kind: "bad",
        values: fc.oneof(
          withNul,
          overlong(120).map((s) => `#${s}`),
          fc.constantFrom("", "affected", "#", "#A", "#a+"),
        ),
      },
      allowedBreakdowns: { kind: "enum", values: ["sex", "age_group", "population_group"], blankAllowed: true },
      displayOrder: { kind: "bad", values: fc.constantFrom("-1", "10001", "1.5", "abc", "Infinity", "99999999999", "\u0000") },
      isPublic: { kind: "bad", values: fc.constantFrom("maybe", "yes", "1", "\u0000") },
    },
  },
  "locations.save": {
    valid: (d) => ({
      pcode: "UA1497",
      nameEn: "Fuzz raion",
      nameUk: "Фазз",
      adminLevel: "2",
      parentId: String(d.oblastId),
      latitude: "48.5",
      longitude: "38.0",
    }),
    fields: {
      id: ID,
      version: VERSION,
      pcode: {
        kind: "bad",
        values: fc.oneof(
          withNul,
          fc.integer({ min: 19, max: 200 }).map((n) => `UA${"9".repeat(n)}`),
          fc.constantFrom("", "U", "U-14", "1A", "UA 14", "ua14\u0000"),
        ),
      },
      nameEn: { kind: "text", max: 200, required: true },
      nameUk: { kind: "text", max: 200, required: true },
      adminLevel: { kind: "bad", values: fc.constantFrom("", "5", "-1", "1.5", "abc", "99999999999", "Infinity") },
      parentId: { kind: "bad", values: fc.oneof(badIdFormat, missingRecordId) },
      latitude: { kind: "bad", values: fc.constantFrom("91", "-91", "Infinity", "NaN", "abc", "1e400", "\u0000") },
      longitude: { kind: "bad", values: fc.constantFrom("181", "-181", "Infinity", "NaN", "abc") },
    },
  },
  "locations.delete": {
    valid: (d) => ({ id: String(d.location.id), version: String(d.location.version) }),
    fields: { id: ID, version: VERSION },
  },
  "locations.import": {
    valid: () => ({ csv: `${CSV_HEADER}\nUA,Ukraine,Україна,UA14,Donetska,Донецька,UA1496,Fuzz,Фазз,,,,,,\n`, intent: "apply" }),
    fields: { csv: { kind: "bad", values: BAD_CSV } },
  },
  // The current password stays right: a wrong one is refused too, but audited and counted against
  // the user's wait (a write this test would rightly count). The new password or its repetition is broken.
  "account.changePassword": {
    valid: () => ({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    fields: {
      newPassword: { kind: "bad", values: PASSWORD_BAD },
      confirmPassword: { kind: "bad", values: fc.constantFrom("", "\u0000", "a different long passphrase", NEW_PASSWORD.slice(1)) },
    },
  },
  // The demo admin has a second factor already and may not turn it off: these are refused whatever
  // the code; the malformed codes must still answer cleanly.
  "account.confirmTotp": { valid: () => ({ code: "123456" }), fields: { code: { kind: "bad", values: TOTP_BAD } } },
  "account.turnOffTotp": { valid: () => ({ code: "123456" }), fields: { code: { kind: "bad", values: TOTP_BAD } } },
  "users.resetSecondFactor": { valid: (d) => ({ userId: String(d.editorId) }), fields: { userId: ID } },
  // The demo data has no import batch: a well-formed batch number is refused as not found, a broken one as invalid.
  "imports.check": {
    valid: () => ({ batch: "1", onDuplicate: "skip", targetStatus: "draft", col_0: "best", def_asOf: "2023-05-20" }),
    fields: {
      batch: ID,
      onDuplicate: { kind: "enum", values: ["skip", "stop"], blankAllowed: false },
      targetStatus: { kind: "enum", values: ["draft", "submitted"], blankAllowed: false },
    },
  },
  "imports.apply": { valid: () => ({ batch: "1" }), fields: { batch: ID } },
  "imports.submit": { valid: () => ({ batch: "1" }), fields: { batch: ID } },
  "imports.delete": { valid: () => ({ batch: "1" }), fields: { batch: ID } },
  "imports.review": {
    valid: () => ({ batch: "1", action: "reject", reason: "fuzz" }),
    fields: {
      batch: ID,
      action: { kind: "enum", values: ["publish", "reject", "return"], blankAllowed: false },
      reason: { kind: "text", max: 2000, required: true },
    },
  },
};
/** Actions with no input to break: their only input is the session. */
const NO_INPUT = new Set(["account.signOutEverywhere"]);

// ------------------------------------------------------------------ cases

type Value = string | { file: string };
interface ActionCase {
  /** The form as sent: repeated names allowed. */
  entries: Array<[string, Value]>;
  why: string;
}

function actionCases(spec: ActionSpec, demo: Demo): fc.Arbitrary<ActionCase> {
  const names = Object.keys(spec.fields);
  const breakOne = fc.constantFrom(...names).chain((name) => {
    const field = spec.fields[name]!;
    const required = (field.kind === "text" || field.kind === "date") && field.required;
    const ways: Array<fc.Arbitrary<{ name: string; values: Value[] | null; why: string }>> = [
      badValue(field).map((v) => ({ name, values: [v], why: `bad ${name}` })),
      // Repeated: two bad values (which one counts must not matter).
      fc.tuple(badValue(field), badValue(field)).map(([a, b]) => ({ name, values: [a, b], why: `repeated bad ${name}` })),
      // A file where a text belongs.
      badValue(field).map((v) => ({ name, values: [{ file: v }], why: `file as ${name}` })),
    ];
    if (required || (field.kind === "enum" && !field.blankAllowed)) ways.push(fc.constant({ name, values: null, why: `missing ${name}` }));
    return fc.oneof(...ways);
  });
  const noise = fc.array(
    fc.tuple(
      fc.oneof(fc.string({ maxLength: 12 }), oddUnicode, fc.constantFrom("$ACTION_ID", "0", "__proto__", "constructor")),
      fc.oneof(fc.string(), oddUnicode, withNul),
    ),
    { maxLength: 3 },
  );
  return fc
    .record({ broken: fc.uniqueArray(breakOne, { minLength: 1, maxLength: 3, selector: (b) => b.name }), noise })
    .map(({ broken, noise: extra }) => {
      const base = spec.valid(demo);
      const entries: Array<[string, Value]> = [];
      for (const [name, value] of Object.entries(base)) if (!broken.some((b) => b.name === name)) entries.push([name, value]);
      for (const b of broken) for (const v of b.values ?? []) entries.push([b.name, v]);
      for (const [k, v] of extra) if (!(k in spec.fields) && !(k in base)) entries.push([k, v]);
      return { entries, why: broken.map((b) => b.why).join(", ") };
    });
}

/** The multipart body React sends for `action(previousState, formData)`: arguments in "0", the form under "_1_". */
function encodeReply(entries: Array<[string, Value]>): FormData {
  const body = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === "string") body.append(`_1_${name}`, value);
    else body.append(`_1_${name}`, new Blob([value.file], { type: "text/plain" }), "fuzz.txt");
  }
  body.append("0", JSON.stringify([{}, "$K1"]));
  return body;
}

/** Arguments of the wrong shape, sent as React's plain-text reply: no form, a JSON object as form, too many, ... */
const wrongArguments = fc.oneof(
  fc.constantFrom(
    "[]",
    "[{}]",
    "[null]",
    "[{},null]",
    "[{},{}]",
    '[{},"id=1"]',
    "[{},[1,2]]",
    "[1,2,3,4]",
    '"x"',
    "{}",
    "null",
    '[{},{"id":"99999999999"}]',
  ),
  fc.json().map((j) => `[{},${j}]`),
  fc.string({ maxLength: 40 }),
);

async function callAction(request: APIRequestContext, action: BuiltAction, baseURL: string, body: FormData | string) {
  const headers: Record<string, string> = { "Next-Action": action.id, Origin: baseURL, Accept: "text/x-component" };
  const response =
    typeof body === "string"
      ? await request.post(action.path, {
          headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
          data: body,
          maxRedirects: 0,
        })
      : await request.post(action.path, { headers, multipart: body, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}

/** Refused: an HTTP 4xx, or the action's own answer with a 4xx status and not ok. */
function isRefusal({ status, body }: { status: number; body: string }): boolean {
  if (status >= 400 && status < 500) return true;
  return status === 200 && !/"ok":true/.test(body) && /"status":(400|403|404|409|413|422|429)\b/.test(body);
}

// ------------------------------------------------------------------ GET routes

const FILTER_PARAMS = ["place", "from", "to", "source", "grade", "cred", "ver", "at"];
const badPathId = fc.constantFrom(
  "0",
  "-1",
  "1.5",
  "1e3",
  "abc",
  "Infinity",
  "NaN",
  "2147483648",
  "99999999999",
  "0x10",
  "99999999999999999999999",
  "1_000",
);

interface RouteSpec {
  path: (d: Demo) => fc.Arbitrary<string>;
  params: string[];
}
const fixed = (p: string) => () => fc.constant(p);
const withId = (prefix: string, id: (d: Demo) => number) => (d: Demo) =>
  fc.oneof(
    fc.constant(`${prefix}/${id(d)}`),
    badPathId.map((b) => `${prefix}/${b}`),
  );

const ROUTES: Record<string, RouteSpec> = {
  home: { path: fixed("/"), params: FILTER_PARAMS },
  domain: { path: () => fc.constantFrom("/displacement", "/casualties", "/infrastructure", "/access", "/nonsense"), params: FILTER_PARAMS },
  indicator: {
    path: () => fc.constantFrom("/casualties/civilians-killed", "/displacement/idps", "/casualties/idps", "/casualties/NOT_A_SLUG", "/x/y"),
    params: FILTER_PARAMS,
  },
  timeline: { path: fixed("/timeline"), params: [...FILTER_PARAMS, "page"] },
  embed: {
    path: () => fc.constantFrom("/embed/displacement/idps", "/embed/casualties/civilians-killed", "/embed/x/y"),
    params: FILTER_PARAMS,
  },
  download: {
    path: () => fc.constantFrom("/download/idps", "/download/civilians-killed", "/download/NOT_A_SLUG", "/download/x"),
    params: [...FILTER_PARAMS, "view"],
  },
  exports: {
    path: () => fc.constantFrom("/download/figures.csv", "/download/figures.xlsx", "/download/figures.json"),
    params: [...FILTER_PARAMS, "domain", "indicator"],
  },
  data: { path: fixed("/data"), params: [...FILTER_PARAMS, "domain", "indicator"] },
  editor: { path: fixed("/editor"), params: ["status", "q", "deleted"] },
  audit: { path: fixed("/admin/audit"), params: ["actor", "entity", "from", "to"] },
  adminSources: { path: fixed("/admin/sources"), params: ["q", "kind", "grade", "status", "deleted"] },
  adminLocations: { path: fixed("/admin/locations"), params: ["deleted"] },
  signin: { path: fixed("/signin"), params: ["callbackUrl", "error"] },
  figure: { path: withId("/editor/figures", (d) => d.figure.id), params: ["saved", "done"] },
  event: { path: withId("/editor/events", (d) => d.event.id), params: ["saved", "done"] },
  publicFigure: { path: withId("/figures", (d) => d.figure.id), params: ["x"] },
  publicSource: { path: withId("/sources", (d) => d.sourceId), params: ["x", "page"] },
  adminSource: { path: withId("/admin/sources", (d) => d.sourceId), params: ["saved", "merged"] },
  adminIndicator: { path: withId("/admin/indicators", (d) => d.indicatorId), params: ["saved"] },
  adminLocation: { path: withId("/admin/locations", (d) => d.location.id), params: ["saved"] },
  apiFigures: {
    path: fixed("/api/v1/figures"),
    params: [
      ...FILTER_PARAMS,
      "indicator",
      "domain",
      "updated_since",
      "sex",
      "age_group",
      "population_group",
      "limit",
      "cursor",
      "output_format",
    ],
  },
  apiFigure: { path: withId("/api/v1/figures", (d) => d.figure.id), params: ["x"] },
  apiLists: {
    path: () =>
      fc.constantFrom(
        "/api/v1",
        "/api/v1/locations",
        "/api/v1/timeline-events",
        "/api/v1/retractions",
        "/api/v1/indicators",
        "/api/v1/sources",
        "/api/x",
      ),
    params: ["place", "level", "from", "to", "source", "limit", "cursor"],
  },
};

const queryValue = fc.oneof(
  badDate,
  fc.constantFrom(
    "0000-01-01",
    "10000-01-01",
    "2023-05-20",
    "UA14",
    "ua14",
    "A",
    "6",
    "verified",
    "99999999999",
    "2147483648",
    "-1",
    "1.5",
    "NaN",
    "Infinity",
    "claims",
    "places",
    "breakdowns",
    "draft",
    "true",
    "",
    "%",
    "%FF",
    "/\\evil.example",
  ),
  withNul,
  overlong(400),
  oddUnicode,
  fc.string({ maxLength: 30 }),
  fc.bigInt({ min: 2n ** 31n, max: 10n ** 25n }).map(String),
  fc.double().map(String),
);

function routeCases(spec: RouteSpec, demo: Demo): fc.Arbitrary<string> {
  const param = fc.tuple(
    fc.oneof(fc.constantFrom(...spec.params), fc.string({ maxLength: 8 })),
    fc.array(queryValue, { minLength: 1, maxLength: 3 }),
  );
  return fc.tuple(spec.path(demo), fc.array(param, { minLength: 1, maxLength: 6 })).map(([path, params]) => {
    const query = new URLSearchParams();
    for (const [name, values] of params) for (const v of values) query.append(name, v);
    return `${path}?${query.toString()}`;
  });
}

// ------------------------------------------------------------------ the tests

test.describe("bad input", () => {
  test.describe.configure({ timeout: 10 * 60_000 });

  let demo: Demo;
  test.beforeAll(async () => {
    demo = await loadDemo();
    console.log(`bad-input fuzz: seed ${SEED}, ${RUNS} cases per action, ${GET_RUNS} per GET route (replay: BAD_INPUT_SEED=${SEED})`);
  });

  test("every registered server action refuses malformed input: no 500, nothing written", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInThroughApi(request, DEMO_USERS.admin.email);
    const names = builtActions.map(nameOf);
    // Every action of the build has a generator, or is listed as having no input.
    for (const name of names) expect(name && (name in ACTIONS || NO_INPUT.has(name)), `no bad-input generator for ${name}`).toBe(true);

    const before = await databaseFingerprint();
    const started = Date.now();
    let cases = 0;
    for (const [index, action] of builtActions.entries()) {
      const name = nameOf(action)!;
      const spec = ACTIONS[name];
      if (!spec) continue;
      const seed = SEED + index;
      const forms = actionCases(spec, demo).map((c) => ({ ...c, body: encodeReply(c.entries) as FormData | string }));
      const raw = wrongArguments.map((body) => ({
        entries: [] as ActionCase["entries"],
        why: `arguments ${body.slice(0, 60)}`,
        body: body as FormData | string,
      }));
      await fc.assert(
        fc.asyncProperty(fc.oneof({ arbitrary: forms, weight: 5 }, { arbitrary: raw, weight: 1 }), async (c) => {
          cases++;
          const answer = await callAction(request, action, baseURL!, c.body);
          const label = `${name} (${c.why}) ${JSON.stringify(c.entries).slice(0, 300)}`;
          expect(answer.status, `${label}: HTTP ${answer.status} ${answer.body.slice(0, 200)}`).toBeLessThan(500);
          expect(isRefusal(answer), `${label} was not refused: HTTP ${answer.status} ${answer.body.slice(0, 300)}`).toBe(true);
        }),
        { seed, numRuns: RUNS },
      );
      // Refused inputs only: the database must be exactly as before.
      expect(await databaseFingerprint(), `${name} (seed ${seed}) changed the database`).toBe(before);
    }
    console.log(`bad-input fuzz: ${cases} action calls in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(cases).toBeGreaterThanOrEqual(RUNS * Object.keys(ACTIONS).length);
    await request.dispose();
  });

  test("every GET route with query parameters answers without a 500 whatever the parameters", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await signInThroughApi(request, DEMO_USERS.admin.email);
    const before = await databaseFingerprint();
    const started = Date.now();
    let cases = 0;
    for (const [index, [name, spec]] of Object.entries(ROUTES).entries()) {
      const seed = SEED + 1000 + index;
      await fc.assert(
        fc.asyncProperty(routeCases(spec, demo), async (url) => {
          cases++;
          const response = await request.get(url, { maxRedirects: 0 });
          expect(response.status(), `${name}: GET ${url.slice(0, 300)} (seed ${seed})`).toBeLessThan(500);
          // The API answers JSON (or the CSV asked for), never an HTML page.
          if (url.startsWith("/api/"))
            expect(response.headers()["content-type"] ?? "", `${name}: GET ${url.slice(0, 300)}`).not.toMatch(/html/);
        }),
        { seed, numRuns: GET_RUNS },
      );
    }
    console.log(`bad-input fuzz: ${cases} GET requests in ${Math.round((Date.now() - started) / 1000)} s`);
    // Reading writes nothing (sessions aside, which the fingerprint leaves out).
    expect(await databaseFingerprint()).toBe(before);
    await request.dispose();
  });
});
