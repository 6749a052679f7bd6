import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { competitionCriteria, competitions, contracts, scores, scoringNotApplicablePolicies } from "@/lib/db/schema";
import { createTestContract } from "@/lib/reports/testing";
import { auditOf } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { submitScores } from "./commands";
import { policyOn, sheetTotal } from "./not-applicable";
import { addNotApplicablePolicy } from "./policy-settings";
import { offerSheet } from "./queries";
import { rankingOf } from "./ranking";
import { scoringFixture, sheet } from "./testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe("art. 15 ust. 1 pkt 4: the total when the settlement criterion does not apply (pure)", () => {
  it("art. 15 ust. 1 pkt 4, policy 'scale': points × total max / applicable max, in hundredths rounded half up", () => {
    expect(sheetTotal({ points: 18, totalMax: 34, notApplicableMax: 5, policy: "scale" })).toBe(21.1); // 21.1034…
    expect(sheetTotal({ points: 1, totalMax: 3, notApplicableMax: 1, policy: "scale" })).toBe(1.5); // exactly half: up
    expect(sheetTotal({ points: 2, totalMax: 9, notApplicableMax: 3, policy: "scale" })).toBe(3); // 3.00
    expect(sheetTotal({ points: 1, totalMax: 7, notApplicableMax: 1, policy: "scale" })).toBe(1.17); // 1.1666…
  });

  it("art. 15 ust. 1 pkt 4, policy 'full': the criterion gets its maximum; a sheet where every criterion applies is unchanged", () => {
    expect(sheetTotal({ points: 18, totalMax: 34, notApplicableMax: 5, policy: "full" })).toBe(23);
    expect(sheetTotal({ points: 18, totalMax: 34, notApplicableMax: 0, policy: "scale" })).toBe(18);
  });

  it("art. 15 ust. 1 pkt 4: the policy in force on a day is the latest period from on or before it; none: 'scale'", () => {
    const periods = [
      { effectiveFrom: "2027-01-01", policy: "scale" as const },
      { effectiveFrom: "2026-06-01", policy: "full" as const },
    ];
    expect(policyOn([], "2026-07-01")).toBe("scale");
    expect(policyOn(periods, "2026-05-31")).toBe("scale");
    expect(policyOn(periods, "2026-06-01")).toBe("full");
    expect(policyOn(periods, "2027-03-01")).toBe("scale");
  });
});

/** A competition with a third criterion and the settlement criterion (5 points); organization A had a contract before. */
async function fixture() {
  const f = await scoringFixture(t.db);
  await f.acceptAll();
  await t.db
    .update(competitions)
    .set({ publishedAt: new Date("2025-12-01T10:00:00+01:00") })
    .where(eq(competitions.id, f.competitionId));
  const extra = await t.db
    .insert(competitionCriteria)
    .values([
      { competitionId: f.competitionId, position: 3, kind: "quality", name: "Jakość", maxPoints: 9 },
      { competitionId: f.competitionId, position: 4, kind: "settlement", name: "Rozliczenie dotacji z lat poprzednich", maxPoints: 5 },
    ])
    .returning();
  const criteria = [...f.criteria, ...extra];
  const settlement = extra[1];
  const earlier = await createTestContract(t.db, f.orgIds[0]);
  await t.db.update(contracts).set({ citySignedOn: "2025-02-20" }).where(eq(contracts.id, earlier.id));
  const memberId = await f.member("chair", "city_staff");
  const member = await f.principal(memberId);
  /** 7 + 6 + 5 points, the settlement criterion "nie dotyczy" */
  const notApplicableSheet = (offerId: string, criterionId = settlement.id) => ({
    ...sheet(f.competitionId, offerId, criteria, [7, 6, 5, 0]),
    [`notApplicable.${criterionId}`]: "on",
  });
  return { f, criteria, settlement, member, memberId, notApplicableSheet };
}

describe("art. 15 ust. 1 pkt 4: 'nie dotyczy' on the score sheet", () => {
  it("art. 15 ust. 1 pkt 4: the sheet shows which organizations realised no public task before (computed from signed contracts)", async () => {
    const { f, member } = await fixture();
    const withContract = await offerSheet(t.db, member, f.competitionId, f.offerIds[0]);
    const firstTime = await offerSheet(t.db, member, f.competitionId, f.offerIds[1]);
    expect(withContract?.kind === "sheet" && withContract.firstTime).toBe(false);
    expect(firstTime?.kind === "sheet" && firstTime.firstTime).toBe(true);
  });

  it("art. 15 ust. 1 pkt 4: marked for a first-time organization, the total is scaled (default policy) in the ranking and the sheet", async () => {
    const { f, member, memberId, notApplicableSheet, settlement } = await fixture();
    const result = await submitScores(t.db, member, notApplicableSheet(f.offerIds[1]));
    expect(result).toEqual({ ok: true, value: { total: 18 } });
    const [stored] = await t.db
      .select()
      .from(scores)
      .where(and(eq(scores.offerId, f.offerIds[1]), eq(scores.criterionId, settlement.id)));
    expect(stored).toMatchObject({ points: 0, notApplicable: true });
    const ranking = (await rankingOf(t.db, f.competitionId))!;
    expect(ranking.notApplicable).toMatchObject({ policy: "scale", totalMax: 34 });
    expect(ranking.totals.get(`${f.offerIds[1]}:${memberId}`)).toBe(21.1);
    expect(ranking.rows.find((r) => r.offerId === f.offerIds[1])?.mean).toBe(21.1);
    const view = await offerSheet(t.db, member, f.competitionId, f.offerIds[1]);
    expect(view?.kind === "sheet" && view.myTotal).toEqual({ points: 18, notApplicableMax: 5, total: 21.1 });
    expect((await auditOf(t.db, f.offerIds[1]))[0].after).toMatchObject({ notApplicable: [settlement.id] });
  });

  it("art. 15 ust. 1 pkt 4: under the 'full' policy in force when the competition was announced, the criterion gets its maximum", async () => {
    const { f, memberId, member, notApplicableSheet } = await fixture();
    await t.db.insert(scoringNotApplicablePolicies).values({ effectiveFrom: "2025-11-01", policy: "full", source: "Zarządzenie testowe" });
    try {
      expect((await submitScores(t.db, member, notApplicableSheet(f.offerIds[2]))).ok).toBe(true);
      const ranking = (await rankingOf(t.db, f.competitionId))!;
      expect(ranking.notApplicable.policy).toBe("full");
      expect(ranking.totals.get(`${f.offerIds[2]}:${memberId}`)).toBe(23);
    } finally {
      await t.db.delete(scoringNotApplicablePolicies);
    }
  });

  it("art. 15 ust. 1 pkt 4: refused for an organization with an earlier contract and for any other criterion; nothing is stored", async () => {
    const { f, member, notApplicableSheet, criteria } = await fixture();
    const earlier = await submitScores(t.db, member, notApplicableSheet(f.offerIds[0]));
    expect(earlier).toMatchObject({ ok: false, fieldErrors: { [`points.${criteria[3].id}`]: ["notApplicableRefused"] } });
    const otherCriterion = await submitScores(t.db, member, notApplicableSheet(f.offerIds[1], criteria[0].id));
    expect(otherCriterion).toMatchObject({ ok: false, fieldErrors: { [`points.${criteria[0].id}`]: ["notApplicableRefused"] } });
    expect(await t.db.select().from(scores).where(eq(scores.competitionId, f.competitionId))).toEqual([]);
  });
});

describe("art. 15 ust. 1 pkt 4: the dated policy setting", () => {
  it("art. 15 ust. 1 pkt 4: only an administrator adds a period; a second period on the same day and a bad policy are refused", async () => {
    const { f, member } = await fixture();
    const admin = await f.principal(f.admin);
    const input = { effectiveFrom: "2030-01-01", policy: "full", source: "Zarządzenie nr 1/2030" };
    await expect(addNotApplicablePolicy(t.db, member, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addNotApplicablePolicy(t.db, null, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.select().from(scoringNotApplicablePolicies)).toEqual([]);
    expect(await addNotApplicablePolicy(t.db, admin, { ...input, policy: "half" })).toMatchObject({
      ok: false,
      fieldErrors: { policy: expect.any(Array) },
    });
    expect(await addNotApplicablePolicy(t.db, admin, input)).toEqual({ ok: true, value: null });
    expect(await addNotApplicablePolicy(t.db, admin, input)).toMatchObject({ ok: false, fieldErrors: { effectiveFrom: ["policyExists"] } });
    expect(await t.db.select().from(scoringNotApplicablePolicies)).toMatchObject([{ effectiveFrom: "2030-01-01", policy: "full" }]);
    expect((await auditOf(t.db, "2030-01-01"))[0].action).toBe("scoring.addNotApplicablePolicy");
    await t.db.delete(scoringNotApplicablePolicies);
  });
});
