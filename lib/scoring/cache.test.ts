import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commissionMembers, competitions, offers, organizations, rankingRevisions, users } from "@/lib/db/schema";
import { decideGrant } from "@/lib/decisions/commands";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { closeScoring, declareConflict, signDeclaration, submitScores } from "./commands";
import { memberRanking } from "./queries";
import { rankingOf } from "./ranking";
import { currentRankingOf } from "./cache";
import { scoringFixture, sheet } from "./testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

async function revisionOf(competitionId: string) {
  const [row] = await t.db.select().from(rankingRevisions).where(eq(rankingRevisions.competitionId, competitionId));
  return row?.revision ?? 0;
}

/** The cached ranking must always equal a fresh one. */
async function expectCurrent(competitionId: string) {
  const cached = await currentRankingOf(t.db, competitionId);
  expect(cached).toEqual(await rankingOf(t.db, competitionId));
  return cached!;
}

describe("the cached ranking", () => {
  it("is computed once while nothing changes, and follows every change it is computed from", async () => {
    const f = await scoringFixture(t.db);
    await f.acceptAll();
    const member = await f.principal(await f.member("member", "city_staff"));
    const chair = await f.principal(await f.member("chair", "city_staff"));
    const first = await expectCurrent(f.competitionId);
    expect(await currentRankingOf(t.db, f.competitionId)).toBe(first); // the same object: not recomputed

    // a submitted sheet
    expect(await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [9, 9]))).toMatchObject({ ok: true });
    let ranking = await expectCurrent(f.competitionId);
    expect(ranking.rows.find((r) => r.offerId === f.offerIds[0])!.mean).toBe(18);

    // a conflict
    await declareConflict(t.db, chair, { competitionId: f.competitionId, offerId: f.offerIds[1], reason: "Członek zarządu" });
    ranking = await expectCurrent(f.competitionId);
    expect(ranking.conflicts.map((c) => c.offerId)).toEqual([f.offerIds[1]]);

    // the competition's minimum, an applicant's name, a member's name
    await t.db.update(competitions).set({ minTotalScore: 19 }).where(eq(competitions.id, f.competitionId));
    expect((await expectCurrent(f.competitionId)).rows.find((r) => r.offerId === f.offerIds[0])!.fundable).toBe(false);
    await t.db.update(organizations).set({ name: "Fundacja A (nowa nazwa)" }).where(eq(organizations.id, f.orgIds[0]));
    expect((await expectCurrent(f.competitionId)).rows.find((r) => r.offerId === f.offerIds[0])!.offer.organizationName).toBe(
      "Fundacja A (nowa nazwa)",
    );
    await t.db.update(users).set({ name: "Anna Nowa" }).where(eq(users.id, member.userId));
    expect((await expectCurrent(f.competitionId)).members.map((m) => m.name)).toContain("Anna Nowa");

    // a grant decision
    await t.db.update(competitions).set({ minTotalScore: 10, status: "scoring" }).where(eq(competitions.id, f.competitionId));
    const admin = await f.principal(f.admin);
    await decideGrant(t.db, admin, { competitionId: f.competitionId, offerId: f.offerIds[0], amount: "1000" });
    await expectCurrent(f.competitionId);
  });

  it("follows the formal review, the scoring settings, the closing and the members' kinds and declarations", async () => {
    const f = await scoringFixture(t.db);
    await f.acceptAll();
    const chair = await f.principal(await f.member("chair", "city_staff"));
    const expert = await f.member("member", "city_staff", false);
    await expectCurrent(f.competitionId);

    // an offer leaves the ranking when its formal review changes (a column of the offer)
    await t.db.update(offers).set({ formalReviewOutcome: "rejected" }).where(eq(offers.id, f.offerIds[2]));
    expect((await expectCurrent(f.competitionId)).rows.map((r) => r.offerId)).not.toContain(f.offerIds[2]);
    // the outlier setting (a column of the competition)
    await t.db.update(competitions).set({ outlierShareBp: 1000 }).where(eq(competitions.id, f.competitionId));
    expect((await expectCurrent(f.competitionId)).outlierShare).toBe(0.1);
    // a member's kind and declaration (columns of the commission member)
    await t.db.update(commissionMembers).set({ kind: "expert" }).where(eq(commissionMembers.userId, expert));
    expect((await expectCurrent(f.competitionId)).members.find((m) => m.userId === expert)!.kind).toBe("expert");
    expect(await signDeclaration(t.db, await f.principal(expert), { competitionId: f.competitionId })).toEqual({ ok: true, value: null });
    expect((await expectCurrent(f.competitionId)).members.find((m) => m.userId === expert)!.signedAt).toBeInstanceOf(Date);
    // the chair closes scoring
    expect(await closeScoring(t.db, chair, { competitionId: f.competitionId })).toMatchObject({ ok: true });
    expect((await expectCurrent(f.competitionId)).closedAt).toBeInstanceOf(Date);
  });

  it("is not invalidated by writes that cannot change it", async () => {
    const f = await scoringFixture(t.db);
    await f.acceptAll();
    const other = await scoringFixture(t.db, { status: "formal_review" });
    const before = await revisionOf(f.competitionId);
    const otherBefore = await revisionOf(other.competitionId);
    // drafts and submissions of offers that never reached the formal review (a deadline rush)
    await t.db.update(offers).set({ title: "Zmieniony szkic" }).where(eq(offers.competitionId, other.competitionId));
    // a profile edit that keeps the name, a log-in that keeps name and e-mail
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, f.orgIds[0]));
    await t.db.update(organizations).set({ name: org.name, description: "Nowy opis." }).where(eq(organizations.id, f.orgIds[0]));
    expect(await revisionOf(f.competitionId)).toBe(before);
    expect(await revisionOf(other.competitionId)).toBe(otherBefore);
  });
});

describe("the member's ranking page", () => {
  it("shows the ranking once the member has scored or declared a conflict on every offer, or once scoring is closed (after the declaration)", async () => {
    const f = await scoringFixture(t.db);
    await f.acceptAll();
    const member = await f.principal(await f.member("member", "city_staff"));
    const unsigned = await f.principal(await f.member("member", "city_staff", false));
    expect((await memberRanking(t.db, member, f.competitionId))!.ranking).toBeNull();
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [5, 5]));
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[1], f.criteria, [6, 6]));
    expect((await memberRanking(t.db, member, f.competitionId))!.ranking).toBeNull();
    await declareConflict(t.db, member, { competitionId: f.competitionId, offerId: f.offerIds[2], reason: "" });
    const shown = (await memberRanking(t.db, member, f.competitionId))!;
    expect(shown.competition.id).toBe(f.competitionId);
    expect(shown.ranking!.rows.map((r) => r.mean)).toEqual([12, 10, null]);
    // a signed member who has not finished sees it once scoring is closed; one who never signed the
    // declaration never sees it (nothing about the offers before the declaration)
    const unfinished = await f.principal(await f.member("member", "city_staff"));
    expect(await memberRanking(t.db, unfinished, f.competitionId)).toMatchObject({ ranking: null, step: "submit" });
    expect(await memberRanking(t.db, unsigned, f.competitionId)).toMatchObject({ ranking: null, step: "declare" });
    const chair = await f.principal(await f.member("chair", "city_staff"));
    expect(await closeScoring(t.db, chair, { competitionId: f.competitionId })).toMatchObject({ ok: true });
    expect((await memberRanking(t.db, unfinished, f.competitionId))!.ranking).not.toBeNull();
    expect(await memberRanking(t.db, unsigned, f.competitionId)).toMatchObject({ ranking: null, step: "declare" });
  });
});
