import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { competitions, offers } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { normalizeContent } from "@/lib/offers/content";
import { checkLimits, computeSums, missingFields } from "@/lib/offers/rules";
import { limitsOf } from "@/lib/offers/limits";
import { seedDemo, seedReferenceData } from "./index";
import { seedCompetitions } from "./competitions";
import { demoId } from "./demo";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemo(t.db);
  await seedCompetitions(t.db);
  await seedCompetitions(t.db); // idempotent
});
afterAll(() => t?.close());

describe("competitions demo seed", () => {
  it("fills the announcement with a deadline in the future and valid offers", async () => {
    const [open] = await t.db
      .select()
      .from(competitions)
      .where(eq(competitions.id, demoId("competition", "DSS-I.526.12.2026")));
    expect(open.offerDeadline!.getTime()).toBeGreaterThan(Date.now() + 19 * 86_400_000);
    const all = await t.db
      .select({ offer: offers, competition: competitions })
      .from(offers)
      .innerJoin(competitions, eq(competitions.id, offers.competitionId));
    const byNumber = (n: string) => all.filter((r) => r.competition.number === n);
    expect(byNumber("DSS-I.526.3.2026").filter((r) => r.offer.status === "submitted")).toHaveLength(6);
    expect(byNumber("DE-III.526.2.2026")).toHaveLength(8);
    for (const { offer, competition } of all.filter((r) => r.offer.status === "submitted")) {
      const content = normalizeContent(offer.content);
      const sums = computeSums(content, 2026);
      expect([...missingFields(content, sums), ...checkLimits(content, sums, limitsOf(competition))]).toEqual([]);
      expect(offer.checksum).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    }
  });
});
