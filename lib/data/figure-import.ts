import "server-only";
// The bulk import of figures: a batch per file. Upload keeps the file and shows its columns;
// check (the preview) reads every row with the mapping (the figure schema, the references,
// duplicates within the file and against the database), stores the counts and the first problems,
// and stages the rows to create with their snapshots (import_staged_figure); apply turns the staged
// rows into figures inside one transaction of a few set-based statements, each figure with its
// revision and audit event as if typed: any problem, and nothing is written. Progress goes to the
// batch row (outside the transaction) for the page to poll. A batch whose figures are all still
// drafts can be deleted; a reviewer can publish, reject or send back a batch, figure by figure,
// each through the workflow's own checks (four-eyes rule included).
import { createHash } from "node:crypto";
import { bulkPool, prisma } from "@/lib/db";
import { Prisma, type ImportBatch } from "@/lib/generated/prisma/client";
import { calendarDateIn, formatCalendarDate } from "@/lib/domain/dates";
import { pageWindow } from "@/lib/domain/paging";
import type { ImportDuplicates, PublicationStatus } from "@/lib/domain/enums";
import type { FigureInput } from "@/lib/domain/figure-schema";
import { canDeleteDraft, canSeeInEditor, type Principal } from "@/lib/domain/permissions";
import type { PublicationAction } from "@/lib/domain/status";
import { mappingProblems, parseMapping, suggestMapping, type FileColumn, type ImportMapping } from "@/lib/import/columns";
import { fileProblemText, type Coded, type StoredProblem } from "@/lib/import/messages";
import { detectFormat, ImportFileError, openFile, type FileFormat, type FileProblem, type ReadRow } from "@/lib/import/read";
import { buildReferences, rowChecker, type ImportReferences, type RowProblem } from "@/lib/import/rows";
import { xlsxErrorReport } from "@/lib/import/report";
import type { RawCell } from "@/lib/import/values";
import { importWordsFor } from "@/lib/import/words";
import type { Locale } from "@/lib/i18n/routing";
import { recordAudit, type Actor, type Tx } from "./audit";
import { ESTIMATE_FIELDS, snapshotOf, transitionFigure, type FigureActor } from "./figures";

/** Rows the preview sends to the database, checks against the stored figures and stages at a time. */
const CHUNK = 1000;
/** Chunks read and checked ahead of the oldest one not yet settled (in the database, or waiting for its verdicts). */
const CHUNKS_AHEAD = 2;
/** Problems kept on the batch for the page; the error report has every one. */
const STORED_PROBLEMS = 500;
/** How often the progress on the batch row moves. */
const PROGRESS_EVERY = 2000;
/** The apply's transaction may run this long (100,000 rows take seconds, not minutes). */
const APPLY_TIMEOUT_MS = 10 * 60_000;
/** Imports take turns (an advisory lock), so two files cannot both create the same figure. */
const IMPORT_LOCK = 0x1f1c_0013;

export type { StoredProblem } from "@/lib/import/messages";

export type BatchResult<T = object> = ({ ok: true } & T) | { ok: false; code: string; [detail: string]: unknown };

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Lines of a CSV, for "rows done of total" before the first check counted them. */
function estimateRows(bytes: Uint8Array, format: FileFormat): number {
  if (format !== "csv") return 0;
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++;
  return lines;
}

// ------------------------------------------------------------------ upload

/** Keeps an uploaded file as a new batch with its columns and the suggested mapping, or says what is wrong with it. */
export async function createBatch(
  actor: Actor,
  file: { name: string; bytes: Uint8Array; sheet: string | null },
): Promise<
  | { ok: true; batch: Pick<ImportBatch, "id" | "fileFormat" | "fileName" | "fileSha256"> }
  | { ok: false; problem: FileProblem; message: string }
> {
  const format = detectFormat(file.name, file.bytes);
  if (typeof format !== "string") return { ok: false, problem: format, message: fileProblemText(format) };
  let columns: FileColumn[];
  try {
    columns = (await openFile(file.bytes, format, file.sheet)).columns;
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { ok: false, problem: error.problem, message: fileProblemText(error.problem) };
  }
  await dropStalePreviews();
  const batch = await prisma.importBatch.create({
    data: {
      createdById: actor.id,
      fileName: file.name.slice(0, 255) || "upload",
      fileSha256: sha256(file.bytes),
      fileFormat: format,
      sheet: format === "xlsx" ? (file.sheet?.slice(0, 100) ?? null) : null,
      content: Buffer.from(file.bytes),
      columns: columns as unknown as Prisma.InputJsonValue,
      mapping: suggestMapping(columns) as unknown as Prisma.InputJsonValue,
      progressTotal: estimateRows(file.bytes, format),
    },
    select: { id: true, fileFormat: true, fileName: true, fileSha256: true },
  });
  return { ok: true, batch };
}

// ------------------------------------------------------------------ reading a batch

/** A select of these columns. */
const columnsOf = <K extends string>(...keys: K[]) => Object.fromEntries(keys.map((key) => [key, true])) as Record<K, true>;

const batchSummary = {
  ...columnsOf(
    "id",
    "createdAt",
    "createdById",
    "fileName",
    "fileSha256",
    "fileFormat",
    "sheet",
    "state",
    "columns",
    "mapping",
    "onDuplicate",
    "targetStatus",
    "rowsTotal",
    "rowsToCreate",
    "rowsDuplicate",
    "rowsWithErrors",
    "problems",
    "progressPhase",
    "progressDone",
    "progressTotal",
    "checkedAt",
    "appliedAt",
  ),
  createdBy: { select: { name: true, email: true } },
} as const satisfies Prisma.ImportBatchSelect;

/** Editors see their own batches; reviewers and admins everyone's (as with figures). */
const visibleTo = (user: Principal): Prisma.ImportBatchWhereInput => (user.role === "editor" ? { createdById: user.id } : {});

export async function listBatches(user: Principal) {
  return prisma.importBatch.findMany({
    where: visibleTo(user),
    orderBy: { id: "desc" },
    take: 100,
    select: { ...batchSummary, _count: { select: { figures: true } } },
  });
}

/** A batch for its page; its problems (kept as data) in words of the reader's `locale`. */
export async function getBatch(user: Principal, id: number, locale: Locale = "en") {
  const batch = await prisma.importBatch.findFirst({ where: { id, ...visibleTo(user) }, select: batchSummary });
  if (!batch) return null;
  const byStatus = await prisma.figure.groupBy({ by: ["status"], where: { importBatchId: id }, _count: { _all: true } });
  const figures = Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])) as Partial<Record<PublicationStatus, number>>;
  const columns = batch.columns as unknown as FileColumn[];
  return {
    ...batch,
    columns,
    mapping: parseMapping(batch.mapping, columns.length),
    problems: (batch.problems as unknown as StoredProblem[]).map((p) => ({ ...p, text: importWordsFor(locale).stored(p, columns) })),
    figures,
  };
}
export type ImportBatchView = NonNullable<Awaited<ReturnType<typeof getBatch>>>;
export type ImportBatchListItem = Awaited<ReturnType<typeof listBatches>>[number];

export async function batchProgress(user: Principal, id: number) {
  return prisma.importBatch.findFirst({
    where: { id, ...visibleTo(user) },
    select: { state: true, progressPhase: true, progressDone: true, progressTotal: true },
  });
}

/** Batches with figures waiting for review, for the review queue's batch actions. */
export async function batchesInReview() {
  const groups = await prisma.figure.groupBy({
    by: ["importBatchId"],
    where: { status: "submitted", importBatchId: { not: null } },
    _count: { _all: true },
  });
  if (!groups.length) return [];
  const batches = await prisma.importBatch.findMany({
    where: { id: { in: groups.map((g) => g.importBatchId!) } },
    select: { id: true, fileName: true, createdAt: true, appliedAt: true, createdBy: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const submitted = new Map(groups.map((g) => [g.importBatchId, g._count._all]));
  return batches.map((b) => ({ ...b, submitted: submitted.get(b.id) ?? 0 }));
}

/** Figures of a batch shown per page in the review queue (the page stays this size whatever the batch's size). */
export const REVIEW_BATCH_PAGE_SIZE = 50;

/**
 * One page of a batch's submitted figures, in id order (file order), for the review queue: at most
 * `pageSize` rows, with the page window (a page past the end shows the last one).
 */
export async function batchFiguresInReview(batchId: number, page: number, pageSize = REVIEW_BATCH_PAGE_SIZE) {
  const where = { importBatchId: batchId, status: "submitted" } as const satisfies Prisma.FigureWhereInput;
  const window = pageWindow(page, pageSize, await prisma.figure.count({ where }));
  const rows = await prisma.figure.findMany({
    where,
    orderBy: { id: "asc" },
    skip: window.offset,
    take: window.pageSize,
    select: {
      id: true,
      version: true,
      status: true,
      authorId: true,
      contributorIds: true,
      asOf: true,
      ...ESTIMATE_FIELDS,
      location: { select: { nameEn: true, nameUk: true, pcode: true } },
      source: { select: { name: true, reliability: true } },
    },
  });
  return { rows, window };
}
export type BatchFiguresPage = Awaited<ReturnType<typeof batchFiguresInReview>>;

// ------------------------------------------------------------------ the pipeline

async function loadReferences(): Promise<ImportReferences> {
  const [indicators, places, sources] = await Promise.all([
    prisma.indicator.findMany({ select: { id: true, slug: true, hxlTag: true, allowedBreakdowns: true } }),
    prisma.location.findMany({ select: { id: true, pcode: true, nameEn: true, nameUk: true } }),
    prisma.source.findMany({ select: { id: true, name: true, isActive: true } }),
  ]);
  return buildReferences({ indicators, places, sources });
}

/** A checked row to create, as the preview stages it. */
interface StagedRow {
  line: number;
  input: FigureInput;
}

const day = (d: Date | null) => (d ? formatCalendarDate(d) : null);

/**
 * A checked row's columns as the preview sends a chunk of them, in this order: each column's name and
 * SQL type (as in import_staged_figure) and its value from the row. One JSON array a row, all of a
 * chunk's rows in one JSON parameter, read with jsonb_array_elements: a third of the size of one object
 * a row, and ~35 % less of the database's time than json_to_recordset, which builds a table of each
 * object's keys (`npm run bench:import`).
 */
const CHUNK_COLUMNS: ReadonlyArray<readonly [name: string, type: string, value: (row: StagedRow) => unknown]> = [
  ["line", "int", (r) => r.line],
  ["indicator_id", "int", (r) => r.input.indicatorId],
  ["location_id", "int", (r) => r.input.locationId],
  ["source_id", "int", (r) => r.input.sourceId],
  ["period_start", "date", (r) => day(r.input.periodStart)],
  ["as_of", "date", (r) => day(r.input.asOf)],
  ["low", "int", (r) => r.input.low],
  ["best", "int", (r) => r.input.best],
  ["high", "int", (r) => r.input.high],
  ["qualifier", "varchar(40)", (r) => r.input.qualifier],
  ["no_information", "boolean", (r) => r.input.noInformation],
  ["credibility", "smallint", (r) => r.input.credibility],
  ["verification", "varchar(40)", (r) => r.input.verification],
  ["source_url", "varchar(2000)", (r) => r.input.sourceUrl],
  ["source_published_at", "date", (r) => day(r.input.sourcePublishedAt)],
  ["source_place_name", "varchar(300)", (r) => r.input.sourcePlaceName],
  ["sex", "varchar(40)", (r) => r.input.sex],
  ["age_group", "varchar(40)", (r) => r.input.ageGroup],
  ["population_group", "varchar(40)", (r) => r.input.populationGroup],
  ["notes", "varchar(4000)", (r) => r.input.notes],
];
/** A chunk row `r` (a JSON array) as the named, typed columns. */
const CHUNK_RECORD = Prisma.raw(CHUNK_COLUMNS.map(([name, type], i) => `(r->>${i})::${type} AS ${name}`).join(", "));
const STAGED_COLUMNS = Prisma.raw(CHUNK_COLUMNS.map(([name]) => name).join(", "));

const chunkJson = (rows: StagedRow[]) => JSON.stringify(rows.map((row) => CHUNK_COLUMNS.map(([, , value]) => value(row) ?? null)));

/**
 * Settles one chunk of checked rows in one statement (one round trip: while the file is parsed, Node
 * answers the database only between slices of the file): for each row that repeats a stored figure
 * (same key), that figure's id by the row's line; the other rows staged into batch `stageInto` (none
 * for the error report) with their snapshots, built here on the database's core while Node parses.
 */
async function settleChunk(rows: StagedRow[], stageInto: number | null): Promise<Map<number, number>> {
  if (!rows.length) return new Map();
  // (On the bulk pool: the chunk's JSON is ~0.4 MB, which Prisma's raw queries would encode as JSON again and parse.)
  const statement = Prisma.sql`
    WITH s AS MATERIALIZED (
      SELECT ${CHUNK_RECORD} FROM jsonb_array_elements(${chunkJson(rows)}::jsonb) AS r
    ), stored AS (
      SELECT s.line, min(f.id) AS id FROM s JOIN figure f ON ${SAME_CLAIM} GROUP BY s.line
    ), staged AS (
      INSERT INTO import_staged_figure (batch_id, ${STAGED_COLUMNS}, snapshot)
      SELECT ${stageInto}::int, ${STAGED_COLUMNS}, ${stagedSnapshot(Prisma.sql`${stageInto}::int`)}
      FROM s
      WHERE ${stageInto}::int IS NOT NULL AND NOT EXISTS (SELECT FROM stored WHERE stored.line = s.line)
    )
    SELECT line, id FROM stored`;
  const stored = await bulkPool().query<{ line: number; id: number }>(statement.text, statement.values);
  return new Map(stored.rows.map((r) => [r.line, r.id]));
}

export interface PipelineRow {
  row: ReadRow;
  problems: RowProblem[];
  duplicate: Coded | null;
}

interface PipelineOptions {
  batch: Pick<ImportBatch, "fileFormat" | "sheet"> & { content: Uint8Array; columns: FileColumn[]; mapping: ImportMapping };
  /** Each row's verdict, in file order. */
  onRow?: (row: PipelineRow) => void | Promise<void>;
  /** The batch whose staged rows the rows to create (no problem, not a duplicate) become; none for the error report. */
  stageInto?: number;
  onProgress?: (done: number) => Promise<void>;
}

export interface PipelineCounts {
  rows: number;
  toCreate: number;
  duplicates: number;
  withErrors: number;
}

const noFailure = () => undefined;

/** Reads every row, checks it, finds duplicates (in the file and stored), hands out the verdicts and stages the rows to create. */
async function runPipeline(options: PipelineOptions): Promise<PipelineCounts> {
  const { batch } = options;
  const opened = await openFile(batch.content, batch.fileFormat as FileFormat, batch.sheet);
  const refs = await loadReferences();
  const check = rowChecker(batch.columns, batch.mapping, refs, calendarDateIn(new Date()));
  const seen = new Map<string, number>();
  const counts: PipelineCounts = { rows: 0, toCreate: 0, duplicates: 0, withErrors: 0 };
  let pending: Array<{ row: ReadRow; input: FigureInput | null; problems: RowProblem[]; duplicate: Coded | null }> = [];

  // A chunk's database work (the duplicates of stored figures, the staging) starts as soon as the chunk is checked, beside
  // the chunks before it that are still in the database (each on its own connection: on two cores the database's share of
  // the preview is as large as Node's); its verdicts are handed out after theirs, in file order.
  const settle = async (chunk: typeof pending, fresh: typeof pending, storedOf: Promise<Map<number, number>>) => {
    const stored = await storedOf;
    for (const p of fresh) {
      const id = stored.get(p.row.line);
      if (id !== undefined) p.duplicate = { key: "row.duplicateOfFigure", values: { id: String(id) } };
    }
    for (const p of chunk) {
      if (p.problems.length) counts.withErrors++;
      else if (p.duplicate) counts.duplicates++;
      else counts.toCreate++;
      await options.onRow?.({ row: p.row, problems: p.problems, duplicate: p.duplicate });
    }
  };
  // At most CHUNKS_AHEAD chunks wait (in the database, or for the verdicts before theirs), so memory stays bounded.
  let settled: Promise<void> = Promise.resolve();
  const waiting: Array<Promise<{ error: unknown } | undefined>> = [];
  const flush = async (last = false) => {
    const chunk = pending;
    pending = [];
    if (chunk.length) {
      const fresh = chunk.filter((p) => p.input && !p.duplicate);
      const storedOf = settleChunk(
        fresh.map((p) => ({ line: p.row.line, input: p.input! })),
        options.stageInto ?? null,
      );
      // (Its failure is taken up in turn below; until then it must not count as unhandled.)
      storedOf.catch(noFailure);
      settled = settled.then(() => settle(chunk, fresh, storedOf));
      const turn = settled.then(noFailure, (error: unknown) => ({ error }));
      // Done when its own statement is (even if a chunk before it failed, and its verdicts will never be handed out).
      const afterOwn = () => turn;
      waiting.push(storedOf.then(afterOwn, afterOwn));
    }
    while (waiting.length > (last ? 0 : CHUNKS_AHEAD)) {
      const failure = await waiting.shift();
      if (failure) throw failure.error;
    }
  };

  try {
    for await (const row of opened.rows()) {
      counts.rows++;
      const result = check(row);
      if (!result.ok) pending.push({ row, input: null, problems: result.problems, duplicate: null });
      else {
        const earlier = seen.get(result.key);
        if (earlier === undefined) seen.set(result.key, row.line);
        pending.push({
          row,
          input: result.input,
          problems: [],
          duplicate: earlier === undefined ? null : { key: "row.duplicateOfLine", values: { line: String(earlier) } },
        });
      }
      if (pending.length >= CHUNK) await flush();
      if (counts.rows % PROGRESS_EVERY === 0) await options.onProgress?.(counts.rows);
    }
  } catch (error) {
    // The file failed mid-way (or a chunk did): the chunks still in flight finish first, so that nothing is staged after
    // the caller has cleared the batch's staged rows.
    await Promise.all(waiting);
    throw error;
  }
  await flush(true);
  await options.onProgress?.(counts.rows);
  return counts;
}

/** One batch's turn (a transaction-level advisory lock): its apply, and the start of a new check of it, never overlap. */
async function lockBatch(tx: Tx, id: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK}::int, ${id}::int)`;
}

/** A check or apply's answer when the file itself cannot be read (it was read at upload, so rarely). */
function fileRefusal(error: unknown) {
  if (error instanceof ImportFileError) return { ok: false as const, code: "file_problem", message: fileProblemText(error.problem) };
  throw error;
}

/** A batch to check or report on, without its kept file (keptFile reads that). */
async function loadForWork(user: Principal, id: number) {
  const batch = await prisma.importBatch.findFirst({ where: { id, ...visibleTo(user) }, omit: { content: true } });
  if (!batch) return null;
  const columns = batch.columns as unknown as FileColumn[];
  return { ...batch, columns, mapping: parseMapping(batch.mapping, columns.length) };
}

/** How much of the kept file one query reads. */
const FILE_PIECE = 1024 * 1024;

/**
 * The batch's kept file, or null when it is gone (applied). Read in pieces of 1 MB as base64 text, in
 * one snapshot: the whole bytea in one row costs ~1 s of Node's time for 13 MB (the driver's hex text,
 * then Prisma's base64 and back, and one message of 26 MB), the pieces ~0.2 s (bench:import).
 */
async function keptFile(id: number): Promise<Uint8Array | null> {
  return prisma.$transaction(
    async (tx) => {
      const [kept] = await tx.$queryRaw<Array<{ size: number | null }>>`
        SELECT octet_length(content) AS size FROM import_batch WHERE id = ${id}`;
      if (kept?.size == null) return null;
      const bytes = Buffer.allocUnsafe(kept.size);
      for (let at = 0; at < kept.size; at += FILE_PIECE) {
        const [piece] = await tx.$queryRaw<[{ text: string }]>`
          SELECT encode(substring(content FROM ${at + 1}::int FOR ${FILE_PIECE}::int), 'base64') AS text FROM import_batch WHERE id = ${id}`;
        // (PostgreSQL breaks base64 lines at 76 characters; Node's decoder skips the line breaks.)
        const written = bytes.write(piece.text, at, "base64");
        if (written !== Math.min(FILE_PIECE, kept.size - at))
          throw new Error(`kept file of batch ${id}: a piece of ${written} bytes at ${at}`);
      }
      return bytes;
    },
    // (A file of 20 MB is 20 queries: well within a minute even on a loaded host; Prisma's default is 5 s.)
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 60_000 },
  );
}

function setProgress(id: number, phase: string, done: number, total: number) {
  // `select`: never read the kept file back (megabytes) for a progress tick.
  return prisma.importBatch.update({
    where: { id },
    data: { progressPhase: phase, progressDone: done, progressTotal: total },
    select: { id: true },
  });
}

// ------------------------------------------------------------------ the staged rows

/** A preview not applied within this time is dropped (its staged rows go; the batch is back to "uploaded", to be checked again). */
export const STALE_PREVIEW_MS = 24 * 60 * 60_000;

/**
 * Drops previews older than `maxAgeMs` that were never applied: their staged rows are deleted and
 * the batch is back to "uploaded" (its file is kept: checking it again stages it again). Runs at
 * every upload and check, so abandoned previews do not pile up. Returns how many batches it reset.
 */
export async function dropStalePreviews(maxAgeMs = STALE_PREVIEW_MS): Promise<number> {
  const before = new Date(Date.now() - maxAgeMs);
  return prisma.$transaction(async (tx) => {
    const stale = await tx.importBatch.findMany({
      where: { state: "checked", checkedAt: { lt: before } },
      select: { id: true },
    });
    if (!stale.length) return 0;
    const ids = stale.map((b) => b.id);
    await tx.importStagedFigure.deleteMany({ where: { batchId: { in: ids } } });
    const reset = await tx.importBatch.updateMany({
      where: { id: { in: ids }, state: "checked" },
      data: { state: "uploaded", progressPhase: null, progressDone: 0 },
    });
    return reset.count;
  });
}

// ------------------------------------------------------------------ check (the preview)

export interface CheckOptions {
  mapping: ImportMapping;
  onDuplicate: ImportDuplicates;
  targetStatus: "draft" | "submitted";
}

/**
 * Stores the mapping and options, checks every row and stages the rows to create (import_staged_figure,
 * kept in the database: a closed browser loses nothing, the preview can be reopened and applied);
 * the batch then shows counts and problems.
 */
export async function checkBatch(user: Principal, id: number, options: CheckOptions): Promise<BatchResult<PipelineCounts>> {
  await dropStalePreviews();
  const batch = await loadForWork(user, id);
  if (!batch) return { ok: false, code: "not_found" };
  const content = batch.state === "applied" ? null : await keptFile(id);
  if (!content) return { ok: false, code: "already_applied" };
  const mappingIssues = mappingProblems(batch.columns, options.mapping);
  const base = {
    mapping: options.mapping as unknown as Prisma.InputJsonValue,
    onDuplicate: options.onDuplicate,
    targetStatus: options.targetStatus,
  };
  // Not "checked" until this check is done: an apply meanwhile is refused. A running apply holds the batch's lock: this waits for it, then finds it applied.
  const started = await prisma.$transaction(async (tx) => {
    await lockBatch(tx, id);
    return tx.importBatch.updateMany({
      where: { id, state: { not: "applied" } },
      data: { ...base, state: "uploaded", progressPhase: mappingIssues.length ? null : "checking", progressDone: 0 },
    });
  });
  if (started.count !== 1) return { ok: false, code: "already_applied" };
  await prisma.importStagedFigure.deleteMany({ where: { batchId: id } });
  if (mappingIssues.length) {
    await prisma.importBatch.update({
      where: { id },
      data: {
        problems: mappingIssues.map((mapping): StoredProblem => ({ line: 0, kind: "error", mapping })) as unknown as Prisma.InputJsonValue,
        rowsToCreate: 0,
        rowsDuplicate: 0,
        rowsWithErrors: 0,
      },
      select: { id: true },
    });
    return { ok: false, code: "mapping_invalid", problems: mappingIssues.length };
  }
  const total = batch.rowsTotal || batch.progressTotal;
  const problems: StoredProblem[] = [];
  let counts: PipelineCounts;
  try {
    counts = await runPipeline({
      batch: { ...batch, content, mapping: options.mapping },
      onRow: ({ problems: rowProblems, duplicate, row }) => {
        if (problems.length >= STORED_PROBLEMS) return;
        for (const p of rowProblems) problems.push({ line: p.line, kind: "error", row: p });
        if (duplicate) problems.push({ line: row.line, kind: "duplicate", duplicate });
      },
      stageInto: id,
      onProgress: async (done) => void (await setProgress(id, "checking", done, Math.max(total, done))),
    });
  } catch (error) {
    await prisma.importStagedFigure.deleteMany({ where: { batchId: id } });
    await setProgress(id, "failed", 0, 0);
    return fileRefusal(error);
  }
  // The staged rows' statistics, for the plans of apply (migration import_staged_snapshot).
  await prisma.$executeRaw`SELECT import_staged_figure_analyze()`;
  await prisma.importBatch.update({
    where: { id },
    data: {
      state: "checked",
      checkedAt: new Date(),
      rowsTotal: counts.rows,
      rowsToCreate: counts.toCreate,
      rowsDuplicate: counts.duplicates,
      rowsWithErrors: counts.withErrors,
      problems: problems.slice(0, STORED_PROBLEMS) as unknown as Prisma.InputJsonValue,
      progressPhase: "checked",
      progressDone: counts.rows,
      progressTotal: counts.rows,
    },
    select: { id: true },
  });
  return { ok: true, ...counts };
}

// ------------------------------------------------------------------ apply

class ApplyStopped extends Error {
  constructor(readonly refusal: { ok: false; code: string; [detail: string]: unknown }) {
    super(refusal.code);
  }
}

/** The duplicate key of a staged (or checked) row `s` and a stored figure `f`, in SQL (as figureKey compares rows within a file). */
const SAME_CLAIM = Prisma.sql`f.source_id = s.source_id AND f.indicator_id = s.indicator_id AND f.location_id = s.location_id
  AND f.as_of = s.as_of AND f.period_start IS NOT DISTINCT FROM s.period_start AND f.sex::text IS NOT DISTINCT FROM s.sex
  AND f.age_group::text IS NOT DISTINCT FROM s.age_group AND f.population_group::text IS NOT DISTINCT FROM s.population_group
  AND claim_place_key(f.source_place_name) = claim_place_key(s.source_place_name)`;

/** A date as JSON.stringify writes a Date (what snapshotOf stores). */
const jsonDay = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T00:00:00.000Z"')`;

/**
 * snapshotOf(figure) in SQL for the figure a staged row `s` of batch `batch` becomes, as far as the
 * preview knows it: every key but the six only apply knows (appliedKeys). jsonb orders keys itself,
 * so the stored snapshot and its audit hash are the same as a typed figure's; figure-import.test.ts
 * compares the two for every column.
 */
const stagedSnapshot = (batch: Prisma.Sql) => Prisma.sql`jsonb_build_object(
  'indicatorId', s.indicator_id, 'locationId', s.location_id, 'sourceId', s.source_id,
  'periodStart', ${jsonDay(Prisma.sql`s.period_start`)}, 'asOf', ${jsonDay(Prisma.sql`s.as_of`)},
  'low', s.low, 'best', s.best, 'high', s.high, 'qualifier', s.qualifier, 'noInformation', s.no_information,
  'credibility', s.credibility, 'verification', s.verification, 'statusReason', NULL,
  'sourceUrl', s.source_url, 'sourcePublishedAt', ${jsonDay(Prisma.sql`s.source_published_at`)}, 'sourcePlaceName', s.source_place_name,
  'sex', s.sex, 'ageGroup', s.age_group, 'populationGroup', s.population_group, 'notes', s.notes,
  'reviewerId', NULL, 'publishedAt', NULL, 'importBatchId', ${batch})`;

/** The snapshot keys only apply knows: the figure's id, its status and version at this revision, and the actor as author. */
const appliedKeys = (id: Prisma.Sql, status: string, version: number, actorId: number) => Prisma.sql`jsonb_build_object(
  'id', ${id}, 'status', ${status}::text, 'version', ${version}::int,
  'authorId', ${actorId}::int, 'lastEditorId', ${actorId}::int, 'contributorIds', jsonb_build_array(${actorId}::int))`;

/** The first staged row (by line) that the database no longer allows: its reference is gone, the source deactivated, the breakdown no longer allowed. */
async function firstStaleReference(tx: Tx, batchId: number): Promise<RowProblem | null> {
  // Checked once per distinct (indicator, place, source, breakdowns given) of the batch, a few hundred at most, not once per
  // row; only when one fails are the rows read again, for the first line it concerns.
  const rows = await tx.$queryRaw<Array<{ line: number; problem: string; slug: string | null }>>`
    WITH k AS (
      SELECT DISTINCT s.indicator_id, s.location_id, s.source_id,
        s.sex IS NOT NULL AS sex, s.age_group IS NOT NULL AS age_group, s.population_group IS NOT NULL AS population_group
      FROM import_staged_figure s WHERE s.batch_id = ${batchId}
    ), stale AS MATERIALIZED (
      SELECT * FROM (SELECT k.*, i.slug, CASE
          WHEN i.id IS NULL THEN 'unknownIndicator'
          WHEN l.id IS NULL THEN 'unknownPlace'
          WHEN so.id IS NULL THEN 'unknownSource'
          WHEN NOT so.is_active THEN 'inactiveSource'
          WHEN k.sex AND NOT 'sex'::"BreakdownDimension" = ANY (i.allowed_breakdowns) THEN 'sex'
          WHEN k.age_group AND NOT 'age_group'::"BreakdownDimension" = ANY (i.allowed_breakdowns) THEN 'age_group'
          WHEN k.population_group AND NOT 'population_group'::"BreakdownDimension" = ANY (i.allowed_breakdowns) THEN 'population_group'
        END AS problem
      FROM k
      LEFT JOIN indicator i ON i.id = k.indicator_id
      LEFT JOIN location l ON l.id = k.location_id
      LEFT JOIN source so ON so.id = k.source_id) checked
      WHERE problem IS NOT NULL
    )
    SELECT s.line, stale.slug, stale.problem
    FROM stale JOIN import_staged_figure s
      ON s.batch_id = ${batchId} AND s.indicator_id = stale.indicator_id AND s.location_id = stale.location_id AND s.source_id = stale.source_id
     AND (s.sex IS NOT NULL) = stale.sex AND (s.age_group IS NOT NULL) = stale.age_group
     AND (s.population_group IS NOT NULL) = stale.population_group
    ORDER BY s.line LIMIT 1`;
  const found = rows[0];
  if (!found) return null;
  const words: Coded =
    found.problem.endsWith("Indicator") || found.problem.endsWith("Place") || found.problem.endsWith("Source")
      ? { key: `row.${found.problem}` }
      : { key: "row.breakdownNotAllowed", values: { indicator: found.slug ?? "", dimension: found.problem } };
  return { line: found.line, column: null, value: "", words };
}

/** The first of the batch's stored problems that stops an apply (an error; a duplicate when the batch says "stop"), in words. */
function firstStoredProblem(
  batch: { problems: unknown; columns: FileColumn[]; onDuplicate: ImportDuplicates },
  words: ReturnType<typeof importWordsFor>,
): string | null {
  const problems = batch.problems as StoredProblem[];
  const stopping = problems.find((p) => p.kind === "error" || batch.onDuplicate === "stop");
  return stopping ? words.stored(stopping, batch.columns) : null;
}

/**
 * Applies a checked batch, all-or-nothing, in one transaction of a few set-based statements: its
 * preview's staged rows become figures (ids from the sequence in the same statement), each with its
 * revision and audit event as if typed (and, when the editor chose "submitted", created as a draft,
 * version 1, then submitted, version 2: two of each). What may have changed since the preview is
 * checked again in SQL first: every reference still exists, the source is still active, the
 * indicator still allows the breakdown, and no figure stored since repeats a row (refused with
 * "stop", left out with "skip"). A problem at the preview, or one of these, and nothing is written.
 */
export async function applyBatch(
  actor: FigureActor,
  id: number,
  origin: string | null,
  locale: Locale = "en",
): Promise<BatchResult<PipelineCounts>> {
  const words = importWordsFor(locale);
  const found = await prisma.importBatch.findFirst({ where: { id, ...visibleTo(actor) }, select: batchSummary });
  if (!found) return { ok: false, code: "not_found" };
  const batch = { ...found, columns: found.columns as unknown as FileColumn[] };
  if (batch.state === "applied") return { ok: false, code: "already_applied" };
  if (batch.state !== "checked") return { ok: false, code: "not_checked" };
  if (batch.rowsWithErrors > 0 || (batch.rowsDuplicate > 0 && batch.onDuplicate === "stop")) {
    return { ok: false, code: "import_has_errors", first: firstStoredProblem(batch, words) ?? "" };
  }
  if (batch.rowsToCreate === 0) return { ok: false, code: "nothing_to_create" };
  const target = batch.targetStatus === "submitted" ? "submitted" : "draft";
  const version = target === "submitted" ? 2 : 1;
  await setProgress(id, "writing", 0, batch.rowsTotal);
  try {
    const counts = await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
        await lockBatch(tx, id);
        // Sorts and CTEs over 100,000 rows stay in memory rather than spilling to disk (this transaction only).
        await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
        // (Not the batch row's lock: the progress is written to that row from outside this transaction.)
        const [now] = await tx.$queryRaw<Array<{ state: string; checked_at: Date | null }>>`
          SELECT state::text, checked_at FROM import_batch WHERE id = ${id}`;
        if (now?.state === "applied") throw new ApplyStopped({ ok: false, code: "already_applied" });
        if (now?.state !== "checked" || now.checked_at?.getTime() !== batch.checkedAt?.getTime()) {
          throw new ApplyStopped({ ok: false, code: "not_checked" });
        }
        const stale = await firstStaleReference(tx, id);
        if (stale) throw new ApplyStopped({ ok: false, code: "import_has_errors", first: words.row(stale) });
        // The figures and their revisions, in one statement. Each staged row is looked up among the stored figures once more
        // (one stored since the preview repeats it); the others draw their ids from the figure sequence in line order (a
        // volatile select-list expression is evaluated after the sort), so ids follow the file. Each step (created; and
        // submitted) is a revision whose snapshot is the one the preview staged plus what only apply knows. A repeat with
        // "stop" refuses the batch below, which rolls all of it back; with "skip" its row is left out.
        const [written] = await tx.$queryRaw<[{ created: number; repeat_line: number | null; repeat_id: number | null }]>`
          WITH s AS MATERIALIZED (
            SELECT CASE WHEN stored.id IS NULL THEN nextval('figure_id_seq') END AS id, stored.id AS stored_id, s.*
            FROM import_staged_figure s
            LEFT JOIN LATERAL (SELECT min(f.id) AS id FROM figure f WHERE ${SAME_CLAIM}) stored ON true
            WHERE s.batch_id = ${id}
            ORDER BY s.line
          ), figures AS (
            INSERT INTO figure (id, indicator_id, location_id, source_id, period_start, as_of, low, best, high, qualifier, no_information,
              credibility, verification, status, source_url, source_published_at, source_place_name, sex, age_group, population_group, notes,
              version, author_id, last_editor_id, contributor_ids, import_batch_id, created_at, updated_at)
            SELECT s.id, s.indicator_id, s.location_id, s.source_id, s.period_start, s.as_of, s.low, s.best, s.high, s.qualifier::"Qualifier",
              s.no_information, s.credibility, s.verification::"VerificationStatus", ${target}::"PublicationStatus", s.source_url,
              s.source_published_at, s.source_place_name, s.sex::"Sex", s.age_group::"AgeGroup", s.population_group::"PopulationGroup", s.notes,
              ${version}::int, ${actor.id}::int, ${actor.id}::int, ARRAY[${actor.id}::int], ${id}::int, now(), now()
            FROM s WHERE s.id IS NOT NULL
          ), revisions AS (
            INSERT INTO figure_revision (figure_id, version, action, snapshot, changed_by_id)
            SELECT s.id, 1, 'created', s.snapshot || ${appliedKeys(Prisma.sql`s.id`, "draft", 1, actor.id)}, ${actor.id}::int
            FROM s WHERE s.id IS NOT NULL
            UNION ALL
            SELECT s.id, 2, 'submitted', s.snapshot || ${appliedKeys(Prisma.sql`s.id`, "submitted", 2, actor.id)}, ${actor.id}::int
            FROM s WHERE s.id IS NOT NULL AND ${target}::text = 'submitted'
          ), repeat AS (
            SELECT s.line, s.stored_id FROM s WHERE s.stored_id IS NOT NULL ORDER BY s.line LIMIT 1
          )
          SELECT (SELECT count(*) FROM s WHERE s.id IS NOT NULL)::int AS created,
            (SELECT line FROM repeat) AS repeat_line, (SELECT stored_id FROM repeat) AS repeat_id`;
        if (written.repeat_line !== null && batch.onDuplicate === "stop") {
          const duplicate = { key: "row.duplicateOfFigure", values: { id: String(written.repeat_id) } };
          throw new ApplyStopped({ ok: false, code: "import_has_errors", first: words.duplicate(written.repeat_line, duplicate) });
        }
        const { created } = written;
        if (created === 0) throw new ApplyStopped({ ok: false, code: "nothing_to_create" });
        // The figures and revisions are written: half way (their audit events are the other half).
        await setProgress(id, "writing", Math.floor(batch.rowsTotal / 2), batch.rowsTotal);
        // Each revision's audit event (figure.<action>, the revision as "after", the one before it as "before"), appended by the
        // audit log's own function in (figure, version) order under one lock of the chain's head, each hash computed there
        // (migration audit_chain_set_append; README "Audit log integrity").
        await tx.$queryRaw`SELECT audit_append_import_events(${id}::int, ${actor.id}::int, ${actor.email}::text, ${origin?.slice(0, 500) ?? null}::text)`;
        await tx.importStagedFigure.deleteMany({ where: { batchId: id } });
        const counts: PipelineCounts = {
          rows: batch.rowsTotal,
          toCreate: created,
          duplicates: batch.rowsDuplicate + (batch.rowsToCreate - created),
          withErrors: 0,
        };
        await tx.importBatch.update({
          where: { id },
          data: {
            state: "applied",
            appliedAt: new Date(),
            content: null,
            rowsToCreate: counts.toCreate,
            rowsDuplicate: counts.duplicates,
            progressPhase: "applied",
            progressDone: counts.rows,
            progressTotal: counts.rows,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor,
          action: "import_batch.applied",
          entityType: "import_batch",
          entityId: id,
          after: { fileName: batch.fileName, fileSha256: batch.fileSha256, mapping: batch.mapping, targetStatus: target, ...counts },
          origin,
        });
        return counts;
      },
      { timeout: APPLY_TIMEOUT_MS, maxWait: 60_000 },
    );
    return { ok: true, ...counts };
  } catch (error) {
    await setProgress(id, "failed", 0, 0).catch(() => undefined);
    if (error instanceof ApplyStopped) return error.refusal;
    throw error;
  }
}

// ------------------------------------------------------------------ the error report

/**
 * The error report's rows: the file's header with an error column, its hashtag row if it has one,
 * then every row as read with its problems (empty where the row is fine); the column's name and the
 * words in the reader's `locale`. Null when the batch is not there (or applied: its file is gone).
 */
async function errorReportRows(user: Principal, id: number, locale: Locale): Promise<{ sheet: string | null; rows: RawCell[][] } | null> {
  const words = importWordsFor(locale);
  const batch = await loadForWork(user, id);
  const content = batch && (await keptFile(id));
  if (!batch || !content) return null;
  const rows: RawCell[][] = [[...batch.columns.map((c) => c.header), words.errorColumn]];
  if (batch.columns.some((c) => c.hxl)) rows.push([...batch.columns.map((c) => c.hxl ?? ""), ""]);
  try {
    await runPipeline({
      batch: { ...batch, content },
      onRow: ({ row, problems, duplicate }) => {
        const texts = problems.map((p) => words.row(p));
        if (duplicate) texts.push(words.render(duplicate));
        rows.push([...batch.columns.map((_, i) => row.cells[i] ?? null), texts.join(" | ")]);
      },
    });
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    rows.push([words.file(error.problem)]);
  }
  return { sheet: batch.sheet, rows };
}

/** The error report as CSV lines (UTF-8 with BOM; dates as YYYY-MM-DD), for the editor to fix and upload again. */
export async function* errorReport(user: Principal, id: number, locale: Locale = "en"): AsyncGenerator<string> {
  const report = await errorReportRows(user, id, locale);
  if (!report) return;
  const { encodeCsvCell } = await import("@/lib/domain/csv");
  const cell = (c: RawCell) => encodeCsvCell(c instanceof Date ? c.toISOString().slice(0, 10) : c);
  let bom = "\uFEFF";
  for (const cells of report.rows) {
    yield bom + cells.map(cell).join(",") + "\r\n";
    bom = "";
  }
}

/** The error report as an XLSX workbook (for a file uploaded as XLSX): the same rows, cells keeping their types. */
export async function errorReportXlsx(user: Principal, id: number, locale: Locale = "en"): Promise<ReadableStream<Uint8Array> | null> {
  const report = await errorReportRows(user, id, locale);
  return report ? xlsxErrorReport(report.rows, report.sheet ?? "Sheet1") : null;
}

// ------------------------------------------------------------------ delete, submit, review

/** Deletes a batch: before it is applied, the upload; after, its figures too, if every one is a draft this user may delete. */
export async function deleteBatch(actor: FigureActor, id: number, origin: string | null): Promise<BatchResult> {
  return prisma.$transaction(
    async (tx) => {
      const batch = await tx.importBatch.findFirst({ where: { id, ...visibleTo(actor) } });
      if (!batch) return { ok: false, code: "not_found" };
      if (batch.createdById !== actor.id && actor.role !== "admin") return { ok: false, code: "forbidden" };
      await tx.$executeRaw`SELECT id FROM figure WHERE import_batch_id = ${id} FOR UPDATE`;
      const figures = await tx.figure.findMany({ where: { importBatchId: id } });
      const notDeletable = figures.filter((f) => !canDeleteDraft(actor, f)).length;
      if (notDeletable) return { ok: false, code: "not_all_drafts", count: notDeletable };
      for (let i = 0; i < figures.length; i += CHUNK) {
        const chunk = figures.slice(i, i + CHUNK);
        await tx.auditEvent.createMany({
          data: chunk.map((f) => ({
            actorId: actor.id,
            actorEmail: actor.email,
            action: "figure.deleted",
            entityType: "figure",
            entityId: String(f.id),
            before: snapshotOf(f),
            origin: origin?.slice(0, 500) ?? null,
          })),
        });
      }
      await tx.figure.deleteMany({ where: { importBatchId: id } });
      await tx.importBatch.delete({ where: { id } });
      await recordAudit(tx, {
        actor,
        action: "import_batch.deleted",
        entityType: "import_batch",
        entityId: id,
        before: { fileName: batch.fileName, fileSha256: batch.fileSha256, state: batch.state, figures: figures.length },
        origin,
      });
      return { ok: true, figures: figures.length };
    },
    { timeout: APPLY_TIMEOUT_MS, maxWait: 60_000 },
  );
}

export interface BatchStepCounts {
  done: number;
  refused: number;
  fourEyes: number;
}

/**
 * One workflow step for every figure of a batch in the given status, each through the workflow's
 * own checks and history (transitionFigure: permissions, four-eyes, version, revision, audit).
 */
async function stepBatch(
  actor: FigureActor,
  id: number,
  from: PublicationStatus,
  action: PublicationAction,
  reason: string | null,
  origin: string | null,
): Promise<BatchResult<BatchStepCounts>> {
  const batch = await prisma.importBatch.findFirst({ where: { id }, select: { id: true, createdById: true } });
  if (!batch) return { ok: false, code: "not_found" };
  const figures = await prisma.figure.findMany({
    where: { importBatchId: id, status: from },
    select: { id: true, version: true, authorId: true, status: true },
    orderBy: { id: "asc" },
  });
  const visible = figures.filter((f) => canSeeInEditor(actor, f));
  if (!visible.length) return { ok: false, code: "nothing_to_do" };
  const counts: BatchStepCounts = { done: 0, refused: 0, fourEyes: 0 };
  for (const f of visible) {
    const result = await transitionFigure(actor, f.id, action, f.version, reason, origin);
    if (result.ok) counts.done++;
    else if (result.code === "four_eyes") counts.fourEyes++;
    else counts.refused++;
  }
  return { ok: true, ...counts };
}

export function submitBatch(actor: FigureActor, id: number, origin: string | null) {
  return stepBatch(actor, id, "draft", "submit", null, origin);
}

export function reviewBatch(
  actor: FigureActor,
  id: number,
  action: "publish" | "reject" | "return",
  reason: string | null,
  origin: string | null,
) {
  return stepBatch(actor, id, "submitted", action, reason, origin);
}
