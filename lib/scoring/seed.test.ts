import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, seedReferenceData } from "@/lib/db/seed";
import { seedCompetitions } from "@/lib/db/seed/competitions";
import { demoId } from "@/lib/db/seed/demo";
import { E2E_SCORING_NUMBER, seedScoring } from "@/lib/db/seed/scoring";
import { publicResults } from "@/lib/decisions/queries";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { loadPrincipal } from "@/lib/accounts/principal";
import { memberDesk } from "./queries";
import { rankingOf } from "./ranking";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedDemo(t.db);
  await seedCompetitions(t.db);
  await seedScoring(t.db);
  await seedScoring(t.db); // idempotent
}, 60_000);
afterAll(() => t?.close());

const principal = async (email: string) => (await loadPrincipal(t.db, demoId("user", email)))!;

describe("scoring demo seed", () => {
  it("DSS-I.526.3.2026: the chair and Robert signed and scored some offers, komisja has not signed", async () => {
    const id = demoId("competition", "DSS-I.526.3.2026");
    expect((await memberDesk(t.db, await principal("komisja@demo.test"), id))?.signedAt).toBeNull();
    const chair = (await memberDesk(t.db, await principal("admin@demo.test"), id))!;
    expect(chair.offers.filter((o) => o.state === "submitted")).toHaveLength(3);
    const ranking = (await rankingOf(t.db, id))!;
    expect(ranking.rows).toHaveLength(6);
    expect(ranking.closedAt).toBeNull();
  });

  it("DE-III.526.2.2026: results published within the budget", async () => {
    const results = (await publicResults(t.db, demoId("competition", "DE-III.526.2.2026")))!;
    expect(results.publishedAt).not.toBeNull();
    expect(results.offers).toHaveLength(8);
    expect(results.grantedTotalGrosze).toBeGreaterThan(0);
    expect(results.grantedTotalGrosze).toBeLessThanOrEqual(results.competition.budgetGrosze);
    expect(results.offers.some((o) => o.grantGrosze === null)).toBe(true);
  });

  it("the e2e scoring competition has four accepted offers and an unsigned member", async () => {
    const id = demoId("competition", E2E_SCORING_NUMBER);
    const desk = (await memberDesk(t.db, await principal("robert.dabrowski@demo.test"), id))!;
    expect(desk.signedAt).toBeNull();
    expect((await rankingOf(t.db, id))!.rows).toHaveLength(4);
  });
});
