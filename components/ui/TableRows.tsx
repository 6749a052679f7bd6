"use client";

/**
 * The body rows of a long table (a ranking, published results), given as plain strings. Rendered on
 * the server like any other markup; as a client component its hundreds of cells travel in the
 * page's hydration data as a compact array instead of a tree of elements, which made such a page
 * twice as costly to render and send. Cell styles come from the table's `data-table` class
 * (with `data-table-amounts` the last column does not wrap). With `labels` (the column headers),
 * each cell names its column, so a `table-stack` table shows "label: value" rows on a phone.
 */
export function TableRows({ rows, labels }: { rows: string[][]; labels?: string[] }) {
  return rows.map((cells, row) => (
    <tr key={row}>
      {cells.map((cell, column) => (
        <td key={column} data-label={labels?.[column]}>
          {cell}
        </td>
      ))}
    </tr>
  ));
}
