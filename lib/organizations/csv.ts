/**
 * The directory as CSV for spreadsheets. Pure. Format (documented in the API description too):
 * UTF-8 with a byte order mark (Excel detects the encoding), fields separated by a semicolon `;`
 * (what Polish Excel expects, as the comma is the decimal separator), CRLF line ends, fields
 * quoted with `"` when needed (RFC 4180). Several values in one cell (areas, links) are separated
 * by " | ". A cell that starts with = + - @ is prefixed with ' so no spreadsheet runs it as a formula.
 */
import type { PublicOrganization } from "./public";

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvLabels {
  headers: Record<CsvColumn, string>;
  legalForm: (form: PublicOrganization["legalForm"]) => string;
  yes: string;
  no: string;
  areaName: (slug: string) => string;
  profileUrl: (id: string) => string;
}

export const csvColumns = [
  "name",
  "shortName",
  "legalForm",
  "publicBenefitStatus",
  "krs",
  "nip",
  "regon",
  "street",
  "postalCode",
  "city",
  "district",
  "areas",
  "mission",
  "yearFounded",
  "email",
  "phone",
  "website",
  "socialLinks",
  "takesVolunteers",
  "profile",
] as const;
export type CsvColumn = (typeof csvColumns)[number];

function cells(org: PublicOrganization, labels: CsvLabels): Record<CsvColumn, string | number | null | undefined> {
  return {
    name: org.name,
    shortName: org.shortName,
    legalForm: labels.legalForm(org.legalForm),
    publicBenefitStatus: org.publicBenefitStatus ? labels.yes : labels.no,
    krs: org.krs,
    nip: org.nip,
    regon: org.regon,
    street: org.street,
    postalCode: org.postalCode,
    city: org.city,
    district: org.districtName,
    areas: org.areas.map(labels.areaName).join(" | "),
    mission: org.mission,
    yearFounded: org.yearFounded,
    email: org.email,
    phone: org.phone,
    website: org.website,
    socialLinks: org.socialLinks?.join(" | "),
    takesVolunteers: org.takesVolunteers ? labels.yes : labels.no,
    profile: labels.profileUrl(org.id),
  };
}

/** The whole file: BOM, header row, one row per organization (public fields only: hidden ones are empty). */
export function directoryCsv(rows: readonly PublicOrganization[], labels: CsvLabels): string {
  const lines = [csvColumns.map((column) => csvCell(labels.headers[column])).join(CSV_SEPARATOR)];
  for (const org of rows) {
    const values = cells(org, labels);
    lines.push(csvColumns.map((column) => csvCell(values[column])).join(CSV_SEPARATOR));
  }
  return BOM + lines.join("\r\n") + "\r\n";
}
