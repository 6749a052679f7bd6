import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { auditLog, competitions, correctionRequests, offers, scores, scoreSubmissions, users } from "@/lib/db/schema";
import { decideGrant, publishResults, respondToGrant } from "@/lib/decisions/commands";
import { publicResults } from "@/lib/decisions/queries";
import { reviewOffer, startScoring } from "@/lib/review/commands";
import { auditOf, createOrganization, createUser, addOrganizationMember, mailsTo } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { appointMember } from "./commission";
import { closeScoring, declareConflict, signDeclaration, submitScores } from "./commands";
import { memberDesk, offerSheet } from "./queries";
import { rankingOf } from "./ranking";
import { okChecklist, scoringFixture, sheet } from "./testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

/** The member's sheet of an offer she may see (the test fails when it is locked). */
async function sheetFor(member: Parameters<typeof offerSheet>[1], competitionId: string, offerId: string) {
  const sheet = await offerSheet(t.db, member, competitionId, offerId);
  if (sheet?.kind !== "sheet") throw new Error(`no sheet: ${JSON.stringify(sheet)}`);
  return sheet;
}

describe("formal review", () => {
  it("asks for a correction with a deadline, mails the representative, then rejects with a reason", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    const admin = await f.principal(f.admin);
    const now = new Date("2026-11-27T12:00:00+01:00");
    const refused = await reviewOffer(
      t.db,
      admin,
      { offerId: f.offerIds[0], ...okChecklist, signatures: "fixable", note: "", deadline: "2026-12-04" },
      now,
    );
    expect(refused.ok).toBe(false);
    const result = await reviewOffer(
      t.db,
      admin,
      { offerId: f.offerIds[0], ...okChecklist, signatures: "fixable", note: "Brak podpisu skarbnika.", deadline: "2026-12-04" },
      now,
    );
    expect(result).toEqual({ ok: true, value: { outcome: "correction" } });
    const [request] = await t.db.select().from(correctionRequests).where(eq(correctionRequests.offerId, f.offerIds[0]));
    expect(request.items).toEqual(["signatures"]);
    expect(request.deadline.toISOString()).toBe("2026-12-04T22:59:59.000Z");
    const [mail] = await mailsTo(t.db, f.representatives[0]);
    expect(mail.text).toContain("Brak podpisu skarbnika.");
    expect(mail.text).toContain(`/offers/${f.offerIds[0]}/corrections`);
    expect((await auditOf(t.db, f.offerIds[0]))[0].action).toBe("offer.requestCorrection");

    // Scoring cannot start while an offer waits for its correction.
    expect(await startScoring(t.db, admin, { competitionId: f.competitionId })).toMatchObject({ ok: false, formError: "reviewPending" });
    await reviewOffer(
      t.db,
      admin,
      { offerId: f.offerIds[0], ...okChecklist, eligibleApplicant: "no", reason: "Oferent nie jest uprawniony." },
      now,
    );
    const [offer] = await t.db.select().from(offers).where(eq(offers.id, f.offerIds[0]));
    expect(offer.status).toBe("formally_rejected");
    const mails = await mailsTo(t.db, f.representatives[0]);
    expect(mails.at(-1)!.text).toContain("Oferent nie jest uprawniony.");
  });

  it("is refused to a non-administrator", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    const member = await f.principal(await f.member("member", "city_staff"));
    await expect(reviewOffer(t.db, member, { offerId: f.offerIds[0], ...okChecklist })).rejects.toThrow(ForbiddenError);
  });
});

describe("commission", () => {
  it("refuses to appoint a nominee of a bidding organization or a member of one", async () => {
    const f = await scoringFixture(t.db);
    const admin = await f.principal(f.admin);
    const person = await createUser(t.db);
    const byBidder = await appointMember(t.db, admin, {
      competitionId: f.competitionId,
      email: person.email,
      kind: "ngo_nominee",
      nominatingOrganizationId: f.orgIds[1],
    });
    expect(byBidder).toMatchObject({ ok: false, formError: "nominatedByBidder" });
    const otherOrg = await createOrganization(t.db, "Fundacja Niezależna");
    await addOrganizationMember(t.db, f.orgIds[2], person.id, "editor");
    const memberOfBidder = await appointMember(t.db, admin, {
      competitionId: f.competitionId,
      email: person.email,
      kind: "ngo_nominee",
      nominatingOrganizationId: otherOrg,
    });
    expect(memberOfBidder).toMatchObject({ ok: false, formError: "memberOfBidder" });
    const fine = await createUser(t.db);
    expect(
      await appointMember(t.db, admin, {
        competitionId: f.competitionId,
        email: fine.email,
        kind: "ngo_nominee",
        nominatingOrganizationId: otherOrg,
      }),
    ).toMatchObject({ ok: true });
    expect((await auditOf(t.db, f.competitionId))[0].action).toBe("commission.appoint");
  });
});

describe("scoring", () => {
  it("hides offers until the declaration is signed, excludes conflicts, refuses above the maximum, and shows others only after one's own sheet", async () => {
    const f = await scoringFixture(t.db);
    await f.acceptAll();
    const chairId = await f.member("chair", "city_staff");
    const memberId = await f.member("member", "ngo_nominee", false);
    const member = await f.principal(memberId);
    const chair = await f.principal(chairId);

    const before = await memberDesk(t.db, member, f.competitionId);
    expect(before?.offers).toEqual([]);
    expect(await offerSheet(t.db, member, f.competitionId, f.offerIds[0])).toEqual({ kind: "locked", step: "declare" });
    expect(await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [5, 5]))).toMatchObject({
      formError: "declarationFirst",
    });

    await signDeclaration(t.db, member, { competitionId: f.competitionId });
    expect((await memberDesk(t.db, member, f.competitionId))?.offers).toHaveLength(3);
    expect((await auditOf(t.db, f.competitionId))[0].action).toBe("commission.declareImpartiality");

    expect(
      await declareConflict(t.db, member, { competitionId: f.competitionId, offerId: f.offerIds[2], reason: "Członek zarządu" }),
    ).toEqual({ ok: true, value: null });
    expect(await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[2], f.criteria, [5, 5]))).toMatchObject({
      formError: "conflictDeclared",
    });

    const above = await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [11, 5]));
    expect(above).toMatchObject({ ok: false, fieldErrors: { [`points.${f.criteria[0].id}`]: ["scoreAboveMax"] } });
    expect(await t.db.select().from(scores).where(eq(scores.userId, memberId))).toEqual([]);

    await submitScores(t.db, chair, sheet(f.competitionId, f.offerIds[0], f.criteria, [8, 8]));
    expect((await sheetFor(member, f.competitionId, f.offerIds[0])).others).toBeNull();
    expect(await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [6, 4]))).toEqual({
      ok: true,
      value: { total: 10 },
    });
    const afterFirst = await sheetFor(member, f.competitionId, f.offerIds[0]);
    expect(afterFirst.others?.find((o) => o.total === 16)).toBeTruthy();
    // the confirmation leads on: offer B is left (C has her conflict); the sheet before submission offers no next one
    expect(afterFirst.next?.id).toBe(f.offerIds[1]);
    expect((await sheetFor(member, f.competitionId, f.offerIds[1])).next).toBeNull();
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[1], f.criteria, [3, 3]));
    expect((await sheetFor(member, f.competitionId, f.offerIds[1])).next).toBeNull();
    expect(await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [1, 1]))).toMatchObject({
      formError: "alreadySubmitted",
    });
    expect((await auditOf(t.db, f.offerIds[0]))[0].action).toBe("commission.submitScores");
  });

  it("refuses a person who is not on the commission", async () => {
    const f = await scoringFixture(t.db);
    await f.acceptAll();
    const other = await scoringFixture(t.db);
    const outsider = await f.principal(await other.member("member", "city_staff"));
    await expect(submitScores(t.db, outsider, sheet(f.competitionId, f.offerIds[0], f.criteria, [5, 5]))).rejects.toThrow(ForbiddenError);
    await expect(memberDesk(t.db, outsider, f.competitionId)).rejects.toThrow(ForbiddenError);
    // nothing was written for the outsider
    expect(await t.db.select().from(scores).where(eq(scores.userId, outsider.userId))).toEqual([]);
    expect(await t.db.select().from(scoreSubmissions).where(eq(scoreSubmissions.userId, outsider.userId))).toEqual([]);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.actorId, outsider.userId))).toEqual([]);
  });

  it("ranks by the mean without experts and conflicts; only the chair closes; after closing scoring is refused", async () => {
    const f = await scoringFixture(t.db, { min: 12 });
    await f.acceptAll();
    const chair = await f.principal(await f.member("chair", "city_staff"));
    const member = await f.principal(await f.member("member", "city_staff"));
    const expert = await f.principal(await f.member("expert", "expert"));
    await submitScores(t.db, chair, sheet(f.competitionId, f.offerIds[0], f.criteria, [10, 10]));
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [5, 5]));
    await submitScores(t.db, expert, sheet(f.competitionId, f.offerIds[0], f.criteria, [0, 0]));
    await submitScores(t.db, chair, sheet(f.competitionId, f.offerIds[1], f.criteria, [5, 5]));
    await declareConflict(t.db, member, { competitionId: f.competitionId, offerId: f.offerIds[1] });
    const ranking = (await rankingOf(t.db, f.competitionId))!;
    expect(ranking.rows.map((r) => [r.offerId, r.mean, r.votes, r.fundable])).toEqual([
      [f.offerIds[0], 15, 2, true],
      [f.offerIds[1], 10, 1, false],
      [f.offerIds[2], null, 0, false],
    ]);
    expect(ranking.rows[0].outliers.sort()).toEqual([chair.userId, member.userId].sort());

    expect(await closeScoring(t.db, member, { competitionId: f.competitionId })).toMatchObject({ formError: "notChair" });
    expect(await closeScoring(t.db, chair, { competitionId: f.competitionId })).toEqual({ ok: true, value: null });
    const late = await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[2], f.criteria, [5, 5]));
    expect(late).toMatchObject({ ok: false, formError: "scoringClosed" });
    expect(
      await t.db
        .select()
        .from(scoreSubmissions)
        .where(and(eq(scoreSubmissions.offerId, f.offerIds[2]), eq(scoreSubmissions.userId, member.userId))),
    ).toEqual([]);
    expect((await auditOf(t.db, f.competitionId))[0].action).toBe("commission.closeScoring");

    // Decisions: only fundable offers, never above the budget; then publication.
    const admin = await f.principal(f.admin);
    await t.db.update(competitions).set({ budgetGrosze: 30_000_00 }).where(eq(competitions.id, f.competitionId));
    expect(await decideGrant(t.db, admin, { competitionId: f.competitionId, offerId: f.offerIds[1], amount: "100" })).toMatchObject({
      formError: "grantNotFundable",
    });
    const over = await decideGrant(t.db, admin, { competitionId: f.competitionId, offerId: f.offerIds[0], amount: "30 000,01" });
    expect(over).toMatchObject({ ok: false, formError: "grantOverBudget", remaining: 30_000_00 });
    const undecided = await t.db.select().from(offers).where(eq(offers.competitionId, f.competitionId));
    expect(undecided.map((o) => [o.grantedGrosze, o.grantDecidedAt, o.grantDecidedBy])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(await decideGrant(t.db, admin, { competitionId: f.competitionId, offerId: f.offerIds[0], amount: "30 000" })).toMatchObject({
      ok: true,
      value: { remaining: 0 },
    });
    const [granted] = await t.db.select().from(offers).where(eq(offers.id, f.offerIds[0]));
    expect(granted).toMatchObject({ grantedGrosze: 30_000_00, status: "awaiting_update", grantDecidedBy: admin.userId });
    expect(granted.grantDecidedAt).toBeInstanceOf(Date);
    expect((await auditOf(t.db, f.offerIds[0]))[0].action).toBe("grant.decide");

    expect((await publicResults(t.db, f.competitionId))?.offers).toEqual([]);
    expect(await publishResults(t.db, admin, { competitionId: f.competitionId })).toEqual({ ok: true, value: null });
    const [published] = await t.db.select().from(competitions).where(eq(competitions.id, f.competitionId));
    expect(published).toMatchObject({ status: "results_published", resultsPublishedBy: admin.userId });
    expect((await t.db.select().from(offers).where(eq(offers.id, f.offerIds[1])))[0]).toMatchObject({
      grantedGrosze: 0,
      grantDecidedBy: admin.userId,
      status: "not_granted",
    });
    const results = (await publicResults(t.db, f.competitionId))!;
    expect(results.offers.map((o) => [o.title, o.points, o.grantGrosze])).toEqual([
      ["Zadanie A", 15, 30_000_00],
      ["Zadanie B", 10, null],
      ["Zadanie C", null, null],
    ]);
    const mail = (await mailsTo(t.db, f.representatives[0])).at(-1)!;
    expect(mail.text).toContain(`/offers/${f.offerIds[0]}/grant-response`);
    expect(await decideGrant(t.db, admin, { competitionId: f.competitionId, offerId: f.offerIds[0], amount: "1" })).toMatchObject({
      formError: "alreadyPublished",
    });

    // The grant is lower than requested: the budget is updated in lib/budget-updates; here the representative withdraws.
    const rep = await f.principal((await t.db.select().from(users).where(eq(users.email, f.representatives[0])))[0].id);
    const stranger = await f.principal((await t.db.select().from(users).where(eq(users.email, f.representatives[1])))[0].id);
    await expect(respondToGrant(t.db, stranger, { offerId: f.offerIds[0], response: "withdrawn" })).rejects.toThrow(ForbiddenError);
    expect(await respondToGrant(t.db, rep, { offerId: f.offerIds[0], response: "updated", total: "37 500,00" })).toEqual({
      ok: false,
      formError: "invalid",
    });
    expect(await respondToGrant(t.db, rep, { offerId: f.offerIds[0], response: "withdrawn" })).toEqual({
      ok: true,
      value: { response: "withdrawn" },
    });
    expect((await t.db.select().from(offers).where(eq(offers.id, f.offerIds[0])))[0]).toMatchObject({
      status: "withdrawn",
      grantResponse: "withdrawn",
      grantRespondedBy: rep.userId,
    });
    expect((await auditOf(t.db, f.offerIds[0]))[0].action).toBe("grant.withdraw");
    expect(await respondToGrant(t.db, rep, { offerId: f.offerIds[0], response: "withdrawn" })).toMatchObject({
      formError: "noUpdateAwaited",
    });
  });
});
