// Loads the demo data set (prisma/seed/data) once.
//
// - Once: if any Source row exists the database is taken to hold data already (the demo data or
//   real data) and nothing is changed: { seeded: false }.
// - All or nothing: one interactive transaction, serialised with an advisory lock so two
//   processes starting at the same moment cannot both seed.
// - Natural keys (source name, indicator slug, P-code) are resolved to ids here; the data is
//   validated first so a typo fails with a readable message instead of a constraint error.
// - Every figure gets its revision history (created -> submitted -> published / rejected ->
//   retracted, as far as its status goes) with a full snapshot per version, and the load is
//   written to the audit log as one "seed.loaded" event.
import { hashPassword } from "../../lib/data/password";
import { encryptSecret, totpSecretContext } from "../../lib/auth/secret-box";
import type { AuditAction } from "../../lib/domain/audit-actions";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import type { PublicationStatus } from "../../lib/generated/prisma/enums";
import { figures } from "./data/figures";
import { indicators } from "./data/indicators";
import { locations } from "./data/locations";
import { sources } from "./data/sources";
import { timeline } from "./data/timeline";
import type { FigureSeed, IsoDate } from "./data/types";
import { revisionTimes } from "./revision-times";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, U, users } from "./data/users";

export interface SeedCounts {
  users: number;
  sources: number;
  sourceGradeChanges: number;
  indicators: number;
  locations: number;
  figures: number;
  figuresByStatus: Record<PublicationStatus, number>;
  figureRevisions: number;
  timelineEvents: number;
  timelineEventsByStatus: Record<PublicationStatus, number>;
  auditEvents: number;
}

export type SeedResult = { seeded: true; counts: SeedCounts } | { seeded: false; counts: null };

const TRANSACTION_TIMEOUT_MS = 120_000;
/** Arbitrary constant key for pg_advisory_xact_lock, shared by every seeding process. */
const SEED_LOCK_KEY = 741_592_653;
const CHUNK = 200;

const STATUSES: readonly PublicationStatus[] = ["draft", "submitted", "published", "rejected", "retracted"];

// ---------------------------------------------------------------- validation

const PCODE = /^[A-Z]{2}[0-9A-Z]*$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HXL = /^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/;
const URL_RE = /^https?:\/\//i;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Every problem with the demo data set; empty when it can be loaded. */
export function demoDataProblems(): string[] {
  const problems: string[] = [];
  const dup = <T>(items: readonly T[], key: (item: T) => string, what: string) => {
    const seen = new Set<string>();
    for (const item of items) {
      const k = key(item);
      if (seen.has(k)) problems.push(`Duplicate ${what}: ${k}`);
      seen.add(k);
    }
    return seen;
  };

  const sourceKeys = dup(sources, (s) => s.name.trim().toLowerCase(), "source name");
  for (const s of sources) {
    if (s.name.trim() === "") problems.push("A source has an empty name");
    if (s.url !== null && !URL_RE.test(s.url)) problems.push(`Source ${s.name}: URL must be http(s): ${s.url}`);
  }

  const indicatorBySlug = new Map(indicators.map((i) => [i.slug, i]));
  dup(indicators, (i) => i.slug, "indicator slug");
  for (const i of indicators) {
    if (!SLUG.test(i.slug)) problems.push(`Indicator slug is not lowercase-hyphen: ${i.slug}`);
    if (!HXL.test(i.hxlTag)) problems.push(`Indicator ${i.slug}: invalid HXL hashtag ${i.hxlTag}`);
  }

  const locationByPcode = new Map(locations.map((l) => [l.pcode, l]));
  dup(locations, (l) => l.pcode, "P-code");
  for (const l of locations) {
    if (!PCODE.test(l.pcode)) problems.push(`Invalid P-code ${l.pcode}`);
    if (l.parentPcode === null) {
      if (l.adminLevel !== 0) problems.push(`${l.pcode} has no parent but is not admin level 0`);
      continue;
    }
    const parent = locationByPcode.get(l.parentPcode);
    if (!parent) problems.push(`${l.pcode}: unknown parent ${l.parentPcode}`);
    else {
      if (!l.pcode.startsWith(parent.pcode) || l.pcode === parent.pcode)
        problems.push(`${l.pcode} does not extend its parent's P-code ${parent.pcode}`);
      if (parent.adminLevel >= l.adminLevel)
        problems.push(`${l.pcode} (level ${l.adminLevel}) is not below its parent (level ${parent.adminLevel})`);
    }
    if ((l.latitude === null) !== (l.longitude === null))
      problems.push(`${l.pcode}: latitude and longitude must both be given or both be null`);
  }

  const key = (name: string) => name.trim().toLowerCase();
  figures.forEach((f, index) => {
    const where = `Figure #${index + 1} (${f.indicator} / ${f.location} / ${f.source} / ${f.asOf})`;
    const indicator = indicatorBySlug.get(f.indicator);
    if (!indicator) problems.push(`${where}: unknown indicator`);
    if (!locationByPcode.has(f.location)) problems.push(`${where}: unknown P-code`);
    if (!sourceKeys.has(key(f.source))) problems.push(`${where}: unknown source`);
    if (!isIsoDate(f.asOf)) problems.push(`${where}: bad asOf date`);
    if (f.periodStart !== undefined && (!isIsoDate(f.periodStart) || f.periodStart > f.asOf)) problems.push(`${where}: bad period start`);
    if (f.sourcePublishedAt && !isIsoDate(f.sourcePublishedAt)) problems.push(`${where}: bad publication date`);
    if (f.sourceUrl && !URL_RE.test(f.sourceUrl)) problems.push(`${where}: source URL must be http(s)`);
    if (f.credibility < 1 || f.credibility > 6) problems.push(`${where}: credibility out of 1..6`);
    const e = f.estimate;
    if (!e.noInformation) {
      const whole = [e.low, e.best, e.high].every((n) => Number.isSafeInteger(n) && n >= 0);
      if (!whole || e.low > e.best || e.best > e.high) problems.push(`${where}: needs whole numbers with 0 <= low <= best <= high`);
      if (e.qualifier === "exact" && (e.low !== e.best || e.high !== e.best)) problems.push(`${where}: 'exact' needs low = best = high`);
      if ((e.qualifier === "at_least" || e.qualifier === "more_than") && e.low !== e.best)
        problems.push(`${where}: '${e.qualifier}' needs low = best`);
      if ((e.qualifier === "at_most" || e.qualifier === "less_than") && e.high !== e.best)
        problems.push(`${where}: '${e.qualifier}' needs best = high`);
    }
    if ((f.status === "rejected" || f.status === "retracted") && !f.statusReason?.trim())
      problems.push(`${where}: ${f.status} needs a reason`);
    if (indicator) {
      const allowed = new Set<string>(indicator.allowedBreakdowns);
      if (f.sex && !allowed.has("sex")) problems.push(`${where}: ${f.indicator} has no sex breakdown`);
      if (f.ageGroup && !allowed.has("age_group")) problems.push(`${where}: ${f.indicator} has no age-group breakdown`);
      if (f.populationGroup && !allowed.has("population_group"))
        problems.push(`${where}: ${f.indicator} has no population-group breakdown`);
    }
  });

  timeline.forEach((t, index) => {
    const where = `Timeline event #${index + 1} (${t.occurredOn} ${t.title})`;
    if (!locationByPcode.has(t.location)) problems.push(`${where}: unknown P-code ${t.location}`);
    if (!sourceKeys.has(key(t.source))) problems.push(`${where}: unknown source ${t.source}`);
    if (!isIsoDate(t.occurredOn)) problems.push(`${where}: bad date`);
    if (t.sourceUrl && !URL_RE.test(t.sourceUrl)) problems.push(`${where}: source URL must be http(s)`);
    if (t.title.trim() === "") problems.push(`${where}: empty title`);
    if (t.status === "rejected" || t.status === "retracted")
      problems.push(`${where}: the demo data has no reasons for rejected/retracted events`);
  });

  for (const u of users) if (u.email !== u.email.toLowerCase()) problems.push(`User email must be lower-case: ${u.email}`);
  return problems;
}

// ---------------------------------------------------------------- helpers

const day = (iso: IsoDate | string): Date => new Date(`${iso}T00:00:00.000Z`);

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function required<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data: unknown ${what} ${String(key)}`);
  return value;
}

function countBy<T>(items: readonly T[], status: (item: T) => PublicationStatus): Record<PublicationStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<PublicationStatus, number>;
  for (const item of items) counts[status(item)] += 1;
  return counts;
}

/** The revision actions a figure went through to reach its status. */
function workflow(status: PublicationStatus): Array<"created" | "submitted" | "published" | "rejected" | "retracted"> {
  switch (status) {
    case "draft":
      return ["created"];
    case "submitted":
      return ["created", "submitted"];
    case "published":
      return ["created", "submitted", "published"];
    case "rejected":
      return ["created", "submitted", "rejected"];
    case "retracted":
      return ["created", "submitted", "published", "retracted"];
  }
}

const STATUS_AFTER: Record<ReturnType<typeof workflow>[number], PublicationStatus> = {
  created: "draft",
  submitted: "submitted",
  published: "published",
  rejected: "rejected",
  retracted: "retracted",
};

// ---------------------------------------------------------------- the seed

/**
 * Seeds the demo data set unless the database already has data (any Source row). Runs in one
 * transaction: a failure leaves the database as it was.
 */
export async function seedDemoData(prisma: PrismaClient, options: { authSecret?: string } = {}): Promise<SeedResult> {
  // The demo admin's TOTP secret is stored encrypted with a key derived from the app's NEXTAUTH_SECRET.
  const authSecret = options.authSecret ?? process.env.NEXTAUTH_SECRET;
  if (!authSecret) throw new Error("Seeding needs the app's NEXTAUTH_SECRET: it encrypts the demo admin's TOTP secret.");
  const problems = demoDataProblems();
  if (problems.length > 0) throw new Error(`The demo data set is invalid:\n  ${problems.join("\n  ")}`);

  // Cheap check before hashing passwords (argon2 takes a moment); repeated under the lock.
  if ((await prisma.source.count()) > 0) return { seeded: false, counts: null };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      if ((await tx.source.count()) > 0) return { seeded: false, counts: null } satisfies SeedResult;
      const counts = await load(tx, passwordHash, authSecret);
      return { seeded: true, counts } satisfies SeedResult;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
}

async function load(tx: Prisma.TransactionClient, passwordHash: string, authSecret: string): Promise<SeedCounts> {
  const now = Date.now();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000);

  // Users: created when missing, never changed when present.
  const userIds = new Map<string, number>();
  let usersCreated = 0;
  for (const u of users) {
    const existing = await tx.user.findUnique({ where: { email: u.email }, select: { id: true } });
    if (existing) {
      userIds.set(u.email, existing.id);
      continue;
    }
    const created = await tx.user.create({
      data: { email: u.email, name: u.name, organisation: u.organisation, role: u.role, passwordHash },
      select: { id: true },
    });
    userIds.set(u.email, created.id);
    usersCreated += 1;
    if (u.email === U.admin) {
      // Admins must have a second factor; the demo admin's is enrolled with a fixed, published secret.
      const secretEncrypted = encryptSecret(authSecret, DEMO_ADMIN_TOTP_SECRET, totpSecretContext(created.id));
      await tx.userSecondFactor.create({ data: { userId: created.id, secretEncrypted, enabledAt: new Date(now) } });
    }
  }
  const adminId = required(userIds, U.admin, "user");
  const editorId = required(userIds, U.editor, "user");
  const reviewerId = required(userIds, U.reviewer, "user");

  // Sources, with their initial grade on the public grade history.
  const createdSources = await tx.source.createManyAndReturn({
    data: sources.map((s) => ({
      name: s.name.trim(),
      nameKey: s.name.trim().toLowerCase(),
      kind: s.kind,
      affiliation: s.affiliation,
      url: s.url,
      reliability: s.reliability,
      notes: s.notes,
      notesUk: s.notesUk,
    })),
    select: { id: true, nameKey: true, reliability: true },
  });
  const sourceIds = new Map(createdSources.map((s) => [s.nameKey, s.id]));
  const sourceId = (name: string) => required(sourceIds, name.trim().toLowerCase(), "source");
  const gradeChanges = await tx.sourceGradeChange.createMany({
    data: createdSources.map((s) => ({
      sourceId: s.id,
      fromGrade: null,
      toGrade: s.reliability,
      changedAt: at(4),
      changedById: adminId,
      reason: "Initial grade (demo data set).",
    })),
  });

  const createdIndicators = await tx.indicator.createManyAndReturn({
    // Shown explicitly: a new indicator starts hidden (the column's default).
    data: indicators.map((i) => ({ ...i, allowedBreakdowns: [...i.allowedBreakdowns], isPublic: true })),
    select: { id: true, slug: true },
  });
  const indicatorIds = new Map(createdIndicators.map((i) => [i.slug, i.id]));

  // Locations level by level, so each parent's id is known.
  const locationIds = new Map<string, number>();
  for (const level of [0, 1, 2, 3, 4] as const) {
    const batch = locations.filter((l) => l.adminLevel === level);
    if (batch.length === 0) continue;
    const created = await tx.location.createManyAndReturn({
      data: batch.map((l) => ({
        pcode: l.pcode,
        nameEn: l.nameEn,
        nameUk: l.nameUk,
        adminLevel: l.adminLevel,
        parentId: l.parentPcode === null ? null : required(locationIds, l.parentPcode, "parent P-code"),
        latitude: l.latitude,
        longitude: l.longitude,
        pcodeNote: l.pcodeNote,
      })),
      select: { id: true, pcode: true },
    });
    for (const l of created) locationIds.set(l.pcode, l.id);
  }

  // Figures. Ids come back from one INSERT per chunk; sorted ascending they follow the input order.
  // Each figure's history is dated near its source's publication, not at the load (revision-times.ts).
  const historyTimes = figures.map((f) => revisionTimes(f.sourcePublishedAt ?? f.asOf, workflow(f.status), now));
  const figureRows = figures.map((f, index) => {
    const publishedStep = workflow(f.status).indexOf("published");
    const publishedAt = publishedStep >= 0 ? historyTimes[index]![publishedStep]! : at(2);
    return figureData(f, { indicatorIds, locationIds, sourceId, editorId, reviewerId, publishedAt });
  });
  const figureIds: number[] = [];
  for (const chunk of chunks(figureRows)) {
    const created = await tx.figure.createManyAndReturn({ data: chunk, select: { id: true } });
    figureIds.push(...created.map((c) => c.id).sort((a, b) => a - b));
  }

  const revisions: Prisma.FigureRevisionCreateManyInput[] = [];
  figures.forEach((f, index) => {
    const id = figureIds[index];
    const row = figureRows[index];
    if (id === undefined || row === undefined) throw new Error("Figure ids and demo data are out of step");
    const steps = workflow(f.status);
    steps.forEach((action, step) => {
      const version = step + 1;
      const byReviewer = action === "published" || action === "rejected" || action === "retracted";
      revisions.push({
        figureId: id,
        version,
        action,
        snapshot: snapshot(f, row, id, STATUS_AFTER[action], version),
        changedById: byReviewer ? reviewerId : editorId,
        changedAt: historyTimes[index]![step]!,
        reason: action === "rejected" || action === "retracted" ? (f.statusReason ?? null) : null,
      });
    });
  });
  let revisionCount = 0;
  for (const chunk of chunks(revisions, 500)) revisionCount += (await tx.figureRevision.createMany({ data: chunk })).count;

  const events = await tx.timelineEvent.createMany({
    data: timeline.map((t) => ({
      occurredOn: day(t.occurredOn),
      title: t.title,
      description: t.description,
      locationId: required(locationIds, t.location, "P-code"),
      sourceId: sourceId(t.source),
      sourceUrl: t.sourceUrl,
      sourcePublishedAt: t.sourcePublishedAt ? day(t.sourcePublishedAt) : null,
      credibility: t.credibility,
      verification: t.verification,
      status: t.status,
      authorId: editorId,
      lastEditorId: editorId,
      contributorIds: [editorId],
      reviewerId: t.status === "published" ? reviewerId : null,
      publishedAt: t.status === "published" ? at(2) : null,
    })),
  });

  const counts: SeedCounts = {
    users: usersCreated,
    sources: createdSources.length,
    sourceGradeChanges: gradeChanges.count,
    indicators: createdIndicators.length,
    locations: locationIds.size,
    figures: figureIds.length,
    figuresByStatus: countBy(figures, (f) => f.status),
    figureRevisions: revisionCount,
    timelineEvents: events.count,
    timelineEventsByStatus: countBy(timeline, (t) => t.status),
    auditEvents: 1,
  };

  await tx.auditEvent.create({
    data: {
      actorId: null,
      actorEmail: null,
      action: "seed.loaded" satisfies AuditAction,
      entityType: "seed",
      entityId: "demo",
      after: { dataSet: "Bakhmut and Donetsk oblast, 2022-2023 (demonstration data)", ...counts },
      origin: "seed",
    },
  });
  return counts;
}

interface Lookups {
  indicatorIds: Map<string, number>;
  locationIds: Map<string, number>;
  sourceId: (name: string) => number;
  editorId: number;
  reviewerId: number;
  publishedAt: Date;
}

function figureData(f: FigureSeed, l: Lookups): Prisma.FigureCreateManyInput {
  const e = f.estimate;
  const reviewed = f.status === "published" || f.status === "rejected" || f.status === "retracted";
  return {
    indicatorId: required(l.indicatorIds, f.indicator, "indicator"),
    locationId: required(l.locationIds, f.location, "P-code"),
    sourceId: l.sourceId(f.source),
    periodStart: f.periodStart ? day(f.periodStart) : null,
    asOf: day(f.asOf),
    low: e.noInformation ? null : e.low,
    best: e.noInformation ? null : e.best,
    high: e.noInformation ? null : e.high,
    qualifier: e.noInformation ? "approximately" : e.qualifier,
    noInformation: e.noInformation,
    credibility: f.credibility,
    verification: f.verification,
    status: f.status,
    statusReason: f.statusReason ?? null,
    sourceUrl: f.sourceUrl ?? null,
    sourcePublishedAt: f.sourcePublishedAt ? day(f.sourcePublishedAt) : null,
    sourcePlaceName: f.sourcePlaceName ?? null,
    sex: f.sex ?? null,
    ageGroup: f.ageGroup ?? null,
    populationGroup: f.populationGroup ?? null,
    notes: f.notes ?? null,
    version: workflow(f.status).length,
    authorId: l.editorId,
    lastEditorId: l.editorId,
    contributorIds: [l.editorId],
    reviewerId: reviewed ? l.reviewerId : null,
    publishedAt: f.status === "published" || f.status === "retracted" ? l.publishedAt : null,
  };
}

/** The figure as it stood at one version: ids plus the natural keys, dates as YYYY-MM-DD. */
function snapshot(
  f: FigureSeed,
  row: Prisma.FigureCreateManyInput,
  id: number,
  status: PublicationStatus,
  version: number,
): Prisma.InputJsonObject {
  const e = f.estimate;
  return {
    id,
    version,
    status,
    statusReason: status === "rejected" || status === "retracted" ? (f.statusReason ?? null) : null,
    indicatorId: row.indicatorId,
    indicatorSlug: f.indicator,
    locationId: row.locationId,
    pcode: f.location,
    sourceId: row.sourceId,
    sourceName: f.source,
    periodStart: f.periodStart ?? null,
    asOf: f.asOf,
    low: e.noInformation ? null : e.low,
    best: e.noInformation ? null : e.best,
    high: e.noInformation ? null : e.high,
    qualifier: e.noInformation ? "approximately" : e.qualifier,
    noInformation: e.noInformation,
    credibility: f.credibility,
    verification: f.verification,
    sourceUrl: f.sourceUrl ?? null,
    sourcePublishedAt: f.sourcePublishedAt ?? null,
    sourcePlaceName: f.sourcePlaceName ?? null,
    sex: f.sex ?? null,
    ageGroup: f.ageGroup ?? null,
    populationGroup: f.populationGroup ?? null,
    notes: f.notes ?? null,
    authorId: row.authorId ?? null,
    reviewerId: status === "draft" || status === "submitted" ? null : (row.reviewerId ?? null),
  };
}
