import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { seedReferenceData } from "@/lib/db/reference";
import { organizations } from "@/lib/db/schema";
import { createUser } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { exportAllOrganizationsCsv } from "./export-admin";
import { parseCsv, parseImport, previewImport, runImport } from "./import";
import { validKrs, validNip } from "./testing";

let t: TestDatabase;
let admin: Principal;
let resident: Principal;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
  resident = (await loadPrincipal(t.db, (await createUser(t.db)).id))!;
});
afterAll(() => t?.close());

const krs = validKrs(7770001);
const nip = validNip(777000222);
const file = (name: string) =>
  [
    "name;legalForm;krs;nip;areas;takesVolunteers;districtSlug",
    `${name};association;${krs};;sport | culture;tak;`,
    `"Fundacja ""Cudzysłów""; z średnikiem";foundation;;${nip};;nie;`,
    "Zła;foundation;123;;;;",
    `Bez formy;;${validKrs(7770009)};;;;`,
  ].join("\r\n");

describe("CSV import", () => {
  it("parses quotes and line numbers", () => {
    expect(parseCsv('a;b\r\n"x\ny";2\r\n3;4').map((r) => r.line)).toEqual([1, 2, 4]);
    const preview = parseImport(file("Klub Importowany"));
    expect(preview.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, []],
      [4, ["krs:krsLength"]],
      [5, ["legalForm:legalFormRequired"]],
    ]);
    expect(preview.rows[1].name).toBe('Fundacja "Cudzysłów"; z średnikiem');
  });

  it("is refused to non-administrators", async () => {
    await expect(previewImport(t.db, resident, file("X"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(runImport(t.db, resident, file("X"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAllOrganizationsCsv(t.db, resident)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("creates verified organizations, and a second import updates instead of duplicating", async () => {
    const preview = await previewImport(t.db, admin, file("Klub Importowany"));
    expect(preview.rows.map((r) => r.action)).toEqual(["create", "create", undefined, undefined]);
    const first = await runImport(t.db, admin, file("Klub Importowany"));
    expect(first).toMatchObject({ ok: true, value: { created: 2, updated: 0, skipped: 2 } });
    const [{ total }] = await t.db.select({ total: count() }).from(organizations);

    const second = await runImport(t.db, admin, file("Klub Importowany po zmianie"));
    expect(second).toMatchObject({ ok: true, value: { created: 0, updated: 2, skipped: 2 } });
    const [{ total: after }] = await t.db.select({ total: count() }).from(organizations);
    expect(after).toBe(total);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.krs, krs));
    expect(org).toMatchObject({ name: "Klub Importowany po zmianie", verificationStatus: "verified", takesVolunteers: true });

    const csv = await exportAllOrganizationsCsv(t.db, admin);
    expect(csv.startsWith("\uFEFFname;shortName;legalForm")).toBe(true);
    expect(csv).toContain("Klub Importowany po zmianie");
    expect(csv).toContain("culture | sport");
  });
});
