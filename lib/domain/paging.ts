// Paging of the public lists (a source's figures, the timeline): a fixed page size, `?page=N` in
// the URL so a page can be linked and works without JavaScript. A missing or malformed page
// ("abc", "0", "-1", "1.5", "1e3", huge) falls back to page 1, never an error page; a page past
// the end shows the last page (a link kept while figures were retracted still shows something).
import { z } from "zod";

/** Far beyond any real list (10 M rows at 1 per page), and keeps OFFSET a safe integer. */
export const MAX_PAGE = 10_000_000;

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

export const pageParamSchema = z
  .preprocess(
    first,
    z
      .string()
      .trim()
      .regex(/^\d{1,8}$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(MAX_PAGE)),
  )
  .catch(1);

/** A `page` search parameter (as Next.js passes it) -> a page number >= 1. Never throws. */
export function parsePage(raw: unknown): number {
  return pageParamSchema.parse(raw);
}

export interface PageWindow {
  /** The page shown, 1-based, within 1..pages. */
  page: number;
  pageSize: number;
  /** Rows in the whole list. */
  total: number;
  /** At least 1 (an empty list has one, empty, page). */
  pages: number;
  /** Rows to skip. */
  offset: number;
  /** 1-based positions of the first and last row shown (0 and 0 for an empty list). */
  from: number;
  to: number;
}

/** The window of `requested` in a list of `total` rows, clamped to the last page. */
export function pageWindow(requested: number, pageSize: number, total: number): PageWindow {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
  const count = Math.max(0, Math.floor(total));
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const page = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pages) : 1;
  const offset = (page - 1) * pageSize;
  return { page, pageSize, total: count, pages, offset, from: count === 0 ? 0 : offset + 1, to: Math.min(count, offset + pageSize) };
}

/** The URL of `page` of a list at `path` with the other search parameters kept (page 1 has no parameter). */
export function pageHref(path: string, params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  next.delete("page");
  if (page > 1) next.set("page", String(page));
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}
