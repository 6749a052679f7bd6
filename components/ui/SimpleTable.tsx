import type { ReactNode } from "react";
import { TableScroll } from "./TableScroll";

/** `rowHeader`: the cell names its row (a year, a person), so it is a row header for screen readers. */
export type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
  /** a test id of the cell, for a journey that reads one value */
  testId?: (row: Row) => string;
};

/**
 * A small read-only table: a caption, one headed column per `columns` entry, one row per item. It
 * scrolls inside its own labelled region on a phone (TableScroll). With `labelledBy` (the id of a
 * heading above it) the caption is for screen readers only; otherwise it is shown and names the region.
 */
export function SimpleTable<Row>({
  caption,
  labelledBy,
  columns,
  rows,
  className = "",
  captionClassName = "mb-1 text-left font-semibold",
  rowTestId,
}: {
  caption: string;
  labelledBy?: string;
  columns: Column<Row>[];
  rows: Row[];
  className?: string;
  /** the look of a shown caption (a caption that heads a section of its own is larger) */
  captionClassName?: string;
  rowTestId?: string;
}) {
  const cellClass = (column: Column<Row>) => `py-1 pr-2${column.numeric ? " text-right" : ""}`;
  const table = (
    <table className="w-full border-collapse text-left text-sm">
      <caption className={labelledBy ? "sr-only" : captionClassName}>{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-700">
          {columns.map((column, index) => (
            <th key={index} scope="col" className={cellClass(column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex} className="border-b border-gray-200 break-inside-avoid" data-testid={rowTestId}>
            {columns.map((column, index) =>
              column.rowHeader ? (
                <th key={index} scope="row" className={cellClass(column)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={cellClass(column)} data-testid={column.testId?.(row)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return labelledBy ? (
    <TableScroll labelledBy={labelledBy} className={className}>
      {table}
    </TableScroll>
  ) : (
    <TableScroll label={caption} className={className}>
      {table}
    </TableScroll>
  );
}
