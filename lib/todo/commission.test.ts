import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitScores } from "@/lib/scoring/commands";
import { scoringFixture, sheet } from "@/lib/scoring/testing";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { todoItems } from "./queries";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 180_000);
afterAll(() => t?.close());

describe("the commission member's to-do items", () => {
  it("asks for the declaration first, then counts the offers to score, then asks the chair to close", async () => {
    const f = await scoringFixture(t.db);
    await f.acceptAll();
    const unsigned = await f.principal(await f.member("member", "city_staff", false));
    const chair = await f.principal(await f.member("chair", "city_staff"));
    const now = new Date();

    expect(await todoItems(t.db, unsigned, now)).toEqual([
      expect.objectContaining({ kind: "declarationToSign", role: "commission", href: `/commission/${f.competitionId}` }),
    ]);
    expect(await todoItems(t.db, chair, now)).toEqual([
      expect.objectContaining({ kind: "offersToScore", count: 3, href: `/commission/${f.competitionId}` }),
    ]);

    for (const offerId of f.offerIds)
      expect((await submitScores(t.db, chair, sheet(f.competitionId, offerId, f.criteria, [8, 7]))).ok).toBe(true);
    expect(await todoItems(t.db, chair, now)).toEqual([expect.objectContaining({ kind: "scoringToClose", count: 1 })]);
  });

  it("shows nothing before the offer deadline, the declaration after it", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    const member = await f.principal(await f.member("member", "city_staff", false));
    expect(await todoItems(t.db, member, new Date("2026-01-10T10:00:00Z"))).toEqual([]);
    expect((await todoItems(t.db, member, new Date())).map((i) => i.kind)).toEqual(["declarationToSign"]);
  });
});
