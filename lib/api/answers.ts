// The API's bodies, built from what lib/data reads: pure mappings to the names and shapes that
// lib/api/schemas.ts declares (and the OpenAPI document publishes).
import { toCsv } from "@/lib/domain/csv";
import { FIGURE_COLUMNS, figureCells, figureUrl, hxlRow, type PublishedFigure } from "@/lib/domain/figure-columns";
import type { z } from "zod";
import type { PublicIndicator } from "@/lib/data/indicators";
import type { PublicLocation } from "@/lib/data/locations";
import type { Retraction } from "@/lib/data/published-figures";
import type { TimelineEntry } from "@/lib/data/timeline";
import type { figureRow, gradeChange, indicator, location, retraction, revision, source, timelineEvent } from "./schemas";

type FigureRow = z.input<typeof figureRow>;

/** A published figure as the API's flat row: the exchange format's column names and types. */
export function figureJson(figure: PublishedFigure, origin: string): FigureRow {
  const cells = figureCells(figure, origin);
  return Object.fromEntries(FIGURE_COLUMNS.map((column, i) => [column.name, cells[i] ?? null])) as FigureRow;
}

/** A page of figures as CSV: the header, the HXL hashtag row (the indicator's own hashtags when the query names one), the rows. */
export function figuresCsv(figures: readonly PublishedFigure[], origin: string, oneIndicator: boolean): string {
  const indicatorHxl = oneIndicator ? (figures[0]?.indicator.hxlTag ?? null) : null;
  return toCsv(
    FIGURE_COLUMNS.map((c) => c.name),
    [hxlRow(FIGURE_COLUMNS, indicatorHxl), ...figures.map((f) => figureCells(f, origin))],
  );
}

export function revisionJson(r: {
  version: number;
  action: string;
  at: Date;
  organisation: string | null;
  reason: string | null;
  status: string;
  verification: string;
  qualifier: string;
  noInformation: boolean;
  low: number | null;
  best: number | null;
  high: number | null;
}): z.input<typeof revision> {
  return {
    version: r.version,
    action: r.action,
    at: r.at.toISOString(),
    organisation: r.organisation,
    reason: r.reason,
    status: r.status,
    verification: r.verification,
    qualifier: r.qualifier,
    no_information: r.noInformation,
    low: r.low,
    best: r.best,
    high: r.high,
  };
}

export function indicatorJson(i: Omit<PublicIndicator, "id" | "measure">): z.input<typeof indicator> {
  return {
    slug: i.slug,
    domain: i.domain as z.input<typeof indicator>["domain"],
    name: i.name,
    name_uk: i.nameUk,
    description: i.description,
    description_uk: i.descriptionUk,
    unit: i.unit,
    unit_uk: i.unitUk,
    hxl_tag: i.hxlTag,
    breakdowns: i.allowedBreakdowns as z.input<typeof indicator>["breakdowns"],
  };
}

export function locationJson(l: Omit<PublicLocation, "id">): z.input<typeof location> {
  return {
    pcode: l.pcode,
    name_en: l.nameEn,
    name_uk: l.nameUk,
    admin_level: l.adminLevel,
    parent_pcode: l.parentPcode,
    latitude: l.latitude,
    longitude: l.longitude,
  };
}

type Grade = z.input<typeof gradeChange>["to_grade"];

export function sourceJson(s: {
  id: number;
  name: string;
  kind: string;
  affiliation: string | null;
  url: string | null;
  reliability: string;
  notes: string | null;
  notesUk: string | null;
  isActive: boolean;
  gradeHistory: { fromGrade: string | null; toGrade: string; changedAt: Date; reason: string | null }[];
}): z.input<typeof source> {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind as z.input<typeof source>["kind"],
    affiliation: s.affiliation,
    url: s.url,
    reliability: s.reliability as Grade,
    notes: s.notes,
    notes_uk: s.notesUk,
    active: s.isActive,
    grade_history: s.gradeHistory.map((g) => ({
      from_grade: g.fromGrade as Grade | null,
      to_grade: g.toGrade as Grade,
      changed_at: g.changedAt.toISOString(),
      reason: g.reason,
    })),
  };
}

export function timelineEventJson(e: TimelineEntry): z.input<typeof timelineEvent> {
  return {
    id: e.id,
    occurred_on: e.occurredOn,
    title: e.title,
    description: e.description,
    place_pcode: e.pcode,
    place_name: e.placeName,
    source_id: e.sourceId,
    source: e.sourceName,
    reliability: e.reliability as Grade,
    credibility: e.credibility,
    verification: e.verification as z.input<typeof timelineEvent>["verification"],
    source_url: e.sourceUrl,
  };
}

/** A page of `limit` rows read as `limit + 1`: the rows to send, and the cursor of the next page (null on the last). */
/** A retraction as the API answers it, with the figure's public page on the public address. */
export function retractionJson(r: Retraction, origin: string): z.input<typeof retraction> {
  return {
    figure_id: r.figureId,
    indicator: r.indicator,
    place_pcode: r.placePcode,
    source_id: r.sourceId,
    as_of: r.asOf,
    retracted_at: r.retractedAt,
    reason: r.reason,
    figure_url: figureUrl(origin, r.figureId),
  };
}

export function splitPage<T>(rows: T[], limit: number, idOf: (row: T) => number): { rows: T[]; nextCursor: number | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const kept = rows.slice(0, limit);
  return { rows: kept, nextCursor: idOf(kept[kept.length - 1]!) };
}
