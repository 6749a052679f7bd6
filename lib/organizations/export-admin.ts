/**
 * The whole directory as CSV for administrators: every organization whatever its status, every
 * field (hidden ones too). Same file conventions as the public export (lib/core/csv.ts); the header row
 * uses the field names of the import, so an exported file can be corrected and imported back.
 */
import { asc, sql } from "drizzle-orm";
import { authorize, type Principal } from "@/lib/auth/permissions";
import { spreadsheetCsv, type CsvCell } from "@/lib/core/csv";
import type { Db } from "@/lib/db/open";
import { organizations } from "@/lib/db/schema";
import { importColumns } from "./import";

export const adminExportColumns = [
  ...importColumns,
  "hiddenFields",
  "verificationStatus",
  "verificationNote",
  "owners",
  "createdAt",
  "id",
] as const;

export function adminCsv(rows: readonly Record<string, CsvCell>[]): string {
  return spreadsheetCsv([adminExportColumns, ...rows.map((row) => adminExportColumns.map((column) => row[column]))]);
}

export async function exportAllOrganizationsCsv(db: Db, principal: Principal | null): Promise<string> {
  authorize(principal, "organization.exportAll");
  const rows = await db
    .select({
      org: organizations,
      areas: sql<
        string[]
      >`array(select area_slug from organization_task_areas where organization_id = ${organizations.id} order by area_slug)`,
      owners: sql<string[]>`array(select u.email from organization_members m join users u on u.id = m.user_id
        where m.organization_id = ${organizations.id} and m.role = 'owner' order by u.email)`,
    })
    .from(organizations)
    .orderBy(asc(organizations.name));
  return adminCsv(
    rows.map(({ org, areas, owners }) => ({
      ...org,
      updatedAt: undefined,
      searchText: undefined,
      searchName: undefined,
      publicBenefitStatus: org.publicBenefitStatus ? "tak" : "nie",
      takesVolunteers: org.takesVolunteers ? "tak" : "nie",
      areas: areas.join(" | "),
      socialLinks: org.socialLinks.join(" | "),
      hiddenFields: org.hiddenFields.join(" | "),
      owners: owners.join(" | "),
      createdAt: new Date(org.createdAt).toISOString(),
    })),
  );
}
