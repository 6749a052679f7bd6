/**
 * The directory as CSV for spreadsheets (public fields only; format of lib/core/csv.ts: BOM, `;`,
 * CRLF, RFC 4180 quoting, formula guard). Several values in one cell (areas, links) are separated
 * by " | ". Pure.
 */
import { spreadsheetCsv, type CsvCell } from "@/lib/core/csv";
import type { PublicOrganization } from "./public";

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

function cells(org: PublicOrganization, labels: CsvLabels): Record<CsvColumn, CsvCell> {
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
  const header = csvColumns.map((column) => labels.headers[column]);
  const body = rows.map((org) => {
    const values = cells(org, labels);
    return csvColumns.map((column) => values[column]);
  });
  return spreadsheetCsv([header, ...body]);
}
