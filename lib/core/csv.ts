/**
 * CSV files for spreadsheets, written by `csv-stringify`, in the form Polish Excel opens without an
 * import dialog: UTF-8 with a byte order mark, fields separated by `;` (the comma is the decimal
 * separator), CRLF line ends, fields quoted with `"` when they hold a separator, a quote or a line
 * break (RFC 4180). A cell starting with = + - @, a tab or a carriage return is prefixed with `'`,
 * so no spreadsheet runs it as a formula (CSV injection). Pure.
 */
import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | boolean | null | undefined;

/** The text of one cell: empty for nothing, `'` before what a spreadsheet would read as a formula. */
export function csvText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The whole file: one array per row (the header row first). */
export function spreadsheetCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvText)),
    { bom: true, delimiter: ";", record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}
