import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { competitions, offers, organizations } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { directoryFigures } from "./queries";

/** The home page's live figures, against a real database. */
let t: TestDatabase;
const at = (iso: string) => new Date(iso);

async function competition(number: string, values: Partial<typeof competitions.$inferInsert>) {
  const [row] = await t.db
    .insert(competitions)
    .values({ number, title: number, status: "results_published", ...values })
    .returning({ id: competitions.id });
  return row.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const [a, b] = await t.db
    .insert(organizations)
    .values([
      { name: "Fundacja A", legalForm: "foundation", verificationStatus: "verified", publicBenefitStatus: true },
      { name: "Stowarzyszenie B", legalForm: "association", verificationStatus: "verified" },
      { name: "Fundacja C", legalForm: "foundation", verificationStatus: "verified", publicBenefitStatus: true },
      { name: "Czeka na weryfikację", legalForm: "foundation", verificationStatus: "pending", publicBenefitStatus: true },
      { name: "Odrzucona", legalForm: "foundation", verificationStatus: "refused" },
    ])
    .returning({ id: organizations.id });
  // 1 January 2027, 00:30 in Warsaw is still 2026 in UTC: it counts for 2027
  const thisYear = await competition("2027/1", { resultsPublishedAt: at("2026-12-31T23:30:00Z") });
  const lastYear = await competition("2026/9", { resultsPublishedAt: at("2026-12-31T22:30:00Z") });
  const voided = await competition("2027/2", {
    status: "voided",
    resultsPublishedAt: at("2027-02-01T10:00:00Z"),
    voidedAt: at("2027-02-02T10:00:00Z"),
  });
  const notPublished = await competition("2027/3", { status: "scoring" });
  await t.db.insert(offers).values([
    { competitionId: thisYear, organizationId: a.id, status: "granted", grantedGrosze: 12_500_00 },
    { competitionId: thisYear, organizationId: b.id, status: "granted", grantedGrosze: 7_500_50 },
    { competitionId: thisYear, organizationId: b.id, status: "not_granted", grantedGrosze: 0 },
    { competitionId: thisYear, organizationId: a.id, status: "withdrawn", grantedGrosze: 3_000_00 },
    { competitionId: lastYear, organizationId: a.id, status: "granted", grantedGrosze: 99_000_00 },
    { competitionId: voided, organizationId: a.id, status: "granted", grantedGrosze: 11_000_00 },
    { competitionId: notPublished, organizationId: b.id, status: "granted", grantedGrosze: 5_000_00 },
  ]);
}, 60_000);
afterAll(() => t?.close());

describe("the home page's live figures", () => {
  it("counts verified organizations and those with OPP status, and the grants in results published that year", async () => {
    expect(await directoryFigures(t.db, 2027)).toEqual({ organizations: 3, publicBenefit: 2, grants: 2, grantsGrosze: 20_000_50 });
  });

  it("takes the year in Warsaw time", async () => {
    expect(await directoryFigures(t.db, 2026)).toMatchObject({ grants: 1, grantsGrosze: 99_000_00 });
  });

  it("is zero, not missing, for a year without results", async () => {
    expect(await directoryFigures(t.db, 2025)).toEqual({ organizations: 3, publicBenefit: 2, grants: 0, grantsGrosze: 0 });
  });
});
