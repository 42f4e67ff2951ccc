// The one table of rows in the site (lists in the editor, admin, review, import, audit, sources,
// the data page): a caption naming it, column headers with scope, optionally a header cell per
// row, and an empty state instead of an empty table. In a scrolling wrapper the wrapper can be
// focused and scrolled from the keyboard and is announced by the caption. Renders on the server
// or in a client component alike (no state).
import { useId, type HTMLAttributes, type ReactNode } from "react";

export interface DataColumn<Row> {
  /** The column's header cell (scope="col"). */
  header: ReactNode;
  /** The row's cell in this column (left out where the table's `body` lays out the rows). */
  cell?: (row: Row) => ReactNode;
  /** This column names the row: its cells are header cells (scope="row"). */
  rowHeader?: boolean;
  /** A column of numbers: its header and cells are aligned as numbers ("num"). */
  numeric?: boolean;
  /** Class of the column's cells ("num" for numbers under a plain header, "date"). */
  className?: string;
  /** Attributes of one row's cell (e.g. an indent by the row's depth). */
  cellAttributes?: (row: Row) => HTMLAttributes<HTMLTableCellElement>;
  /** Key of the column where its header is not a plain string. */
  key?: string;
}

interface DataTableProps<Row> {
  caption: ReactNode;
  /** Read by screen readers only (the heading above already says it to the eye). */
  captionHidden?: boolean;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** Attributes of a row (e.g. a data-* attribute tests find it by). */
  rowAttributes?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string };
  /** Shown instead of the table when there are no rows; without it, an empty table is drawn. */
  empty?: ReactNode;
  /** Classes added to "data" on the table ("audit", "columns-table"). */
  className?: string;
  /** Wrapped in a horizontally scrolling box (default); false for narrow tables laid out by their page. */
  scroll?: boolean;
  /**
   * The <tbody>, laid out by a client component from cells the server formatted (a long public list,
   * e.g. SourceRows: its rows then travel once in the page's payload, not as HTML and element tree);
   * `columns` then give only the headers.
   */
  body?: ReactNode;
}

export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  rowAttributes,
  empty,
  className,
  scroll = true,
  body,
}: DataTableProps<Row>) {
  const captionId = useId();
  if (rows.length === 0 && empty !== undefined) return <p className="empty-state">{empty}</p>;
  const table = (
    <table className={className ? `data ${className}` : "data"}>
      <caption id={captionId} className={captionHidden ? "visually-hidden" : undefined}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={column.key ?? i} scope="col" className={column.numeric ? "num" : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      {body ?? (
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {columns.map((column, i) =>
                column.rowHeader ? (
                  <th key={column.key ?? i} scope="row" className={cellClass(column)} {...column.cellAttributes?.(row)}>
                    {column.cell?.(row)}
                  </th>
                ) : (
                  <td key={column.key ?? i} className={cellClass(column)} {...column.cellAttributes?.(row)}>
                    {column.cell?.(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      )}
    </table>
  );
  if (!scroll) return table;
  // A scrolling region must be reachable by keyboard (WCAG 2.1.1): focusable, and named by the caption.
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </div>
  );
}

function cellClass(column: DataColumn<never>): string | undefined {
  return column.numeric ? "num" : column.className;
}

/** A list page's words for its table: the caption counts the rows, "empty" says there are none. */
type ListWords = ((key: "empty") => string) & ((key: "caption", values: { count: number }) => string);

/** A list page's table of records, keyed by id, with its caption and empty state in the page's words. */
export function RecordTable<Row extends { id: string | number }>({
  t,
  ...table
}: Omit<DataTableProps<Row>, "caption" | "empty" | "rowKey"> & { t: ListWords }) {
  return <DataTable caption={t("caption", { count: table.rows.length })} empty={t("empty")} rowKey={(row) => row.id} {...table} />;
}
