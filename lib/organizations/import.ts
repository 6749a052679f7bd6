/**
 * CSV import of organizations by an administrator: upload → preview (each row with its line
 * number and its errors) → confirm. Rows are matched on KRS, then NIP: a known organization is
 * updated, a new one created; imported organizations are verified. Running the same file twice
 * updates the same rows and creates nothing new. Invalid rows are skipped, never half-written.
 *
 * The file: UTF-8 (a BOM is fine), `;` or `,` as separator (read from the header line), RFC 4180
 * quotes; headers are the field names of `importColumns`; several areas or links in one cell are
 * separated by "|"; yes/no cells accept tak/nie, yes/no, true/false, 1/0.
 */
import { eq } from "drizzle-orm";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { authorize, type Principal } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/open";
import { districts, organizations, publicTaskAreas } from "@/lib/db/schema";
import { fieldErrorsOf, type CommandResult, type ErrorKey } from "@/lib/forms/result";
import { profileColumns, replaceAreas } from "./commands";
import { registrationSchema, type OrganizationProfile } from "./schemas";

export const importColumns = [
  "name",
  "shortName",
  "legalForm",
  "publicBenefitStatus",
  "krs",
  "branchName",
  "otherRegisterName",
  "otherRegisterNumber",
  "nip",
  "regon",
  "street",
  "postalCode",
  "city",
  "districtSlug",
  "areas",
  "mission",
  "description",
  "yearFounded",
  "email",
  "phone",
  "website",
  "socialLinks",
  "takesVolunteers",
] as const;

/** Branches without legal personality share their parent's KRS: a KRS names one organization together with the branch. */
const krsKey = (o: { krs?: string | null; branchName?: string | null }) => `${o.krs}|${o.branchName ?? ""}`;

/** Under the 1 MB body limit of server actions (next.config sets no other), with room for the form. */
export const maxImportBytes = 900 * 1024;
const maxRows = 5000;

/** Splits CSV text into records, each with the line it starts on (quoted cells may span lines). */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      cells.push(cell);
      if (cells.some((v) => v.trim() !== "")) records.push({ line: start, cells });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((v) => v.trim() !== "")) records.push({ line: start, cells });
  return records;
}

const yesNo = (value: string) => (/^(tak|yes|true|1|t|y)$/i.test(value.trim()) ? "true" : "false");

export interface ImportRow {
  line: number;
  name: string;
  profile: OrganizationProfile | null;
  errors: string[];
  action?: "create" | "update";
  existingId?: string;
}

export type ImportPreview = { header: string[] | null; rows: ImportRow[]; fileError?: ErrorKey };

/** Pure part: header check, cell → field mapping and the profile schema on every row. */
export function parseImport(text: string): ImportPreview {
  const records = parseCsv(text);
  if (records.length === 0) return { header: null, rows: [], fileError: "importEmpty" };
  const header = records[0].cells.map((h) => h.trim());
  const missing = ["name", "legalForm"].filter((h) => !header.includes(h));
  if (missing.length > 0) return { header, rows: [], fileError: "importHeader" };
  if (records.length - 1 > maxRows) return { header, rows: [], fileError: "importTooLarge" };
  const seen = new Map<string, number>();
  const rows = records.slice(1).map(({ line, cells }): ImportRow => {
    const raw: Record<string, unknown> = {};
    header.forEach((h, i) => {
      if ((importColumns as readonly string[]).includes(h)) raw[h] = (cells[i] ?? "").trim();
    });
    for (const key of ["publicBenefitStatus", "takesVolunteers"]) if (typeof raw[key] === "string") raw[key] = yesNo(raw[key] as string);
    if (typeof raw.areas === "string")
      raw.areas = (raw.areas as string)
        .split("|")
        .map((a) => a.trim())
        .filter(Boolean);
    if (typeof raw.socialLinks === "string")
      raw.socialLinks = (raw.socialLinks as string)
        .split("|")
        .map((a) => a.trim())
        .filter(Boolean);
    const parsed = registrationSchema.safeParse(raw);
    const name = typeof raw.name === "string" ? raw.name : "";
    if (!parsed.success) {
      const errors = Object.entries(fieldErrorsOf(parsed.error)).map(([field, keys]) => `${field.split(".")[0]}:${keys[0]}`);
      return { line, name, profile: null, errors };
    }
    // the same KRS or NIP twice in one file: the later row would silently overwrite the earlier
    const keys = [parsed.data.krs && `krs:${krsKey(parsed.data)}`, parsed.data.nip && `nip:${parsed.data.nip}`].filter(Boolean) as string[];
    const earlier = keys.map((k) => seen.get(k)).find((v) => v !== undefined);
    if (earlier !== undefined) return { line, name, profile: null, errors: [`krs:duplicateInFile`] };
    keys.forEach((k) => seen.set(k, line));
    return { line, name, profile: parsed.data, errors: [] };
  });
  return { header, rows };
}

/** Adds what needs the database: unknown districts/areas and whether each row creates or updates. */
async function resolve(tx: Tx | Db, preview: ImportPreview): Promise<ImportPreview> {
  const [districtRows, areaRows, existing] = await Promise.all([
    tx.select({ slug: districts.slug }).from(districts),
    tx.select({ slug: publicTaskAreas.slug }).from(publicTaskAreas),
    tx
      .select({ id: organizations.id, krs: organizations.krs, branchName: organizations.branchName, nip: organizations.nip })
      .from(organizations),
  ]);
  const districtSlugs = new Set(districtRows.map((d) => d.slug));
  const areaSlugs = new Set(areaRows.map((a) => a.slug));
  const byKrs = new Map(existing.filter((o) => o.krs).map((o) => [krsKey(o), o.id]));
  const byNip = new Map(existing.filter((o) => o.nip).map((o) => [o.nip!, o.id]));
  const rows = preview.rows.map((row): ImportRow => {
    if (!row.profile) return row;
    const errors: string[] = [];
    if (row.profile.districtSlug && !districtSlugs.has(row.profile.districtSlug)) errors.push("districtSlug:district");
    if (row.profile.areas.some((a) => !areaSlugs.has(a))) errors.push("areas:area");
    const krsId = row.profile.krs ? byKrs.get(krsKey(row.profile)) : undefined;
    const nipId = row.profile.nip ? byNip.get(row.profile.nip) : undefined;
    if (krsId && nipId && krsId !== nipId) errors.push("nip:identifierConflict");
    if (errors.length > 0) return { ...row, profile: null, errors };
    const existingId = krsId ?? nipId;
    return { ...row, action: existingId ? "update" : "create", existingId };
  });
  return { ...preview, rows };
}

export async function previewImport(db: Db, principal: Principal | null, text: string): Promise<ImportPreview> {
  authorize(principal, "organization.import");
  if (text.length > maxImportBytes) return { header: null, rows: [], fileError: "importTooLarge" };
  const preview = parseImport(text);
  return preview.fileError ? preview : resolve(db, preview);
}

/** The preview of an uploaded file (the form's first step): the file's own checks, then each row's. */
export async function previewImportFile(
  db: Db,
  principal: Principal | null,
  input: { file: unknown },
): Promise<CommandResult<{ csv: string; rows: ImportRow[] }>> {
  authorize(principal, "organization.import");
  const file = input.file;
  if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: ["importNoFile"] } };
  if (file.size > maxImportBytes) return { ok: false, fieldErrors: { file: ["importTooLarge"] } };
  const csv = await file.text();
  const preview = await previewImport(db, principal, csv);
  if (preview.fileError) return { ok: false, fieldErrors: { file: [preview.fileError] } };
  return { ok: true, value: { csv, rows: preview.rows } };
}

/** The confirmed import: exactly the file that was previewed, sent back by the form. */
export async function runImportOf(db: Db, principal: Principal | null, input: { csv?: unknown }) {
  if (typeof input.csv !== "string") {
    authorize(principal, "organization.import");
    return { ok: false, formError: "importNoFile" } as const;
  }
  return runImport(db, principal, input.csv);
}

/** Writes the valid rows in one transaction; returns the ids touched so the caller can revalidate them. */
export async function runImport(
  db: Db,
  principal: Principal | null,
  text: string,
): Promise<CommandResult<{ created: number; updated: number; skipped: number; ids: string[] }>> {
  authorize(principal, "organization.import");
  if (text.length > maxImportBytes) return { ok: false, formError: "importTooLarge" };
  const parsed = parseImport(text);
  if (parsed.fileError) return { ok: false, formError: parsed.fileError };
  return db.transaction(async (tx) => {
    const { rows } = await resolve(tx, parsed);
    let created = 0;
    let updated = 0;
    const ids: string[] = [];
    const actor = actorOf(principal);
    for (const row of rows) {
      if (!row.profile) continue;
      const columns = { ...profileColumns(row.profile), verificationStatus: "verified" as const };
      let id = row.existingId;
      if (id) {
        await tx
          .update(organizations)
          .set({ ...columns, updatedAt: new Date() })
          .where(eq(organizations.id, id));
        updated++;
      } else {
        [{ id }] = await tx.insert(organizations).values(columns).returning({ id: organizations.id });
        created++;
      }
      await replaceAreas(tx, id, row.profile.areas);
      await recordAudit(tx, {
        actor,
        action: row.existingId ? "organization.updateByImport" : "organization.createByImport",
        entityType: "organization",
        entityId: id,
        after: { ...columns, areas: row.profile.areas, line: row.line },
      });
      ids.push(id);
    }
    return { ok: true, value: { created, updated, skipped: rows.length - created - updated, ids } } as const;
  });
}
