import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/accounts/principal";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { competitionToApi } from "@/lib/competitions/api";
import { cancelCompetition } from "@/lib/competitions/commands";
import { getPublicCompetition } from "@/lib/competitions/queries";
import { competitions, offers } from "@/lib/db/schema";
import { reviewOffer, startScoring } from "@/lib/review/commands";
import { scoringFixture } from "@/lib/scoring/testing";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createCompetition, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { publishResults } from "./commands";
import { voidCompetition } from "./ending";

let t: TestDatabase;
let admin: Principal;
const now = new Date("2026-11-20T12:00:00Z");
const rejected = { complete: "yes", onTime: "yes", eligibleApplicant: "no", withinLimits: "yes", signatures: "yes" };

beforeAll(async () => {
  t = await createTestDatabase();
  admin = (await loadPrincipal(t.db, (await createUser(t.db, { isAdmin: true })).id))!;
});
afterAll(() => t?.close());

const competitionOf = async (id: string) => (await t.db.select().from(competitions).where(eq(competitions.id, id)))[0];

/** An announced competition with its deadline `deadlineInDays` from `now` and the given options. */
async function announced(deadlineInDays: number, values: Partial<typeof competitions.$inferInsert> = {}) {
  const id = await createCompetition(t.db);
  await t.db
    .update(competitions)
    .set({
      status: "announced",
      publishedAt: new Date(now.getTime() - 30 * 86_400_000),
      offerDeadline: new Date(now.getTime() + deadlineInDays * 86_400_000),
      ...values,
    })
    .where(eq(competitions.id, id));
  return id;
}

/** A representative of a new organization writing (or having submitted) an offer in the competition. */
async function bidder(competitionId: string, status: "draft" | "submitted") {
  const organizationId = await createOrganization(t.db, `Fundacja ${status}`);
  const user = await createUser(t.db);
  await addOrganizationMember(t.db, organizationId, user.id, "owner");
  await t.db
    .insert(offers)
    .values({ competitionId, organizationId, status, title: "Zadanie", submittedAt: status === "draft" ? null : now });
  return { user, principal: (await loadPrincipal(t.db, user.id))! };
}

describe("art. 18a uodpp: a competition with no offer meeting the requirements ends void, never with results", () => {
  it("art. 18a ust. 1 pkt 2 uodpp: when every offer failed the formal review, scoring and results are refused and the competition is declared void", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    for (const offerId of f.offerIds)
      expect((await reviewOffer(t.db, admin, { offerId, ...rejected, reason: "Oferent nie jest organizacją pozarządową." }, now)).ok).toBe(
        true,
      );
    expect(await startScoring(t.db, admin, { competitionId: f.competitionId })).toEqual({ ok: false, formError: "mustBeVoided" });
    // even with the scoring closed (as an older version allowed), the results are refused
    await t.db.update(competitions).set({ scoringClosedAt: now }).where(eq(competitions.id, f.competitionId));
    expect(await publishResults(t.db, admin, { competitionId: f.competitionId }, now)).toEqual({ ok: false, formError: "mustBeVoided" });
    expect((await competitionOf(f.competitionId)).status).toBe("formal_review");

    const voided = await voidCompetition(
      t.db,
      admin,
      { competitionId: f.competitionId, justification: "Wszystkie oferty odrzucono formalnie." },
      now,
    );
    expect(voided).toEqual({ ok: true, value: { ground: "no_offer_meets_requirements" } });
    expect(await competitionOf(f.competitionId)).toMatchObject({
      status: "voided",
      voidGround: "no_offer_meets_requirements",
      voidJustification: "Wszystkie oferty odrzucono formalnie.",
      voidedBy: admin.userId,
      resultsPublishedAt: null,
    });
    expect((await auditOf(t.db, f.competitionId)).find((a) => a.action === "competition.void")).toMatchObject({
      before: { status: "formal_review" },
      after: { status: "voided", ground: "no_offer_meets_requirements" },
    });
    for (const email of f.representatives) expect((await mailsTo(t.db, email)).map((m) => m.kind)).toContain("competition_ended");
    const [mail] = (await mailsTo(t.db, f.representatives[0])).filter((m) => m.kind === "competition_ended");
    expect(mail.text).toContain("art. 18a ust. 1 pkt 2");

    const published = await getPublicCompetition(t.db, f.competitionId);
    expect(published).toMatchObject({ status: "voided", voidGround: "no_offer_meets_requirements" });
    expect(competitionToApi(published!, now)).toMatchObject({
      status: "voided",
      voidGround: "no_offer_meets_requirements",
      links: { results: null },
    });
    expect(await publishResults(t.db, admin, { competitionId: f.competitionId }, now)).toEqual({
      ok: false,
      formError: "competitionEnded",
    });
    expect(await voidCompetition(t.db, admin, { competitionId: f.competitionId }, now)).toEqual({ ok: false, formError: "cannotVoid" });
  });

  it("art. 18a ust. 1 pkt 1 uodpp: no offer submitted by the deadline (drafts do not count) is a ground; before the deadline there is none", async () => {
    const id = await announced(2);
    const writer = await bidder(id, "draft");
    expect(await voidCompetition(t.db, admin, { competitionId: id }, now)).toEqual({ ok: false, formError: "noVoidGround" });
    const afterDeadline = new Date(now.getTime() + 3 * 86_400_000);
    expect(await voidCompetition(t.db, admin, { competitionId: id }, afterDeadline)).toEqual({ ok: true, value: { ground: "no_offers" } });
    expect(await competitionOf(id)).toMatchObject({ status: "voided", voidGround: "no_offers", voidJustification: null });
    // only organizations that submitted are bidders of a void competition
    expect(await mailsTo(t.db, writer.user.email)).toEqual([]);
  });

  it("art. 18a uodpp: while an offer waits for review, or one passed and reached the minimum, voiding is refused", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    expect(await voidCompetition(t.db, admin, { competitionId: f.competitionId }, now)).toEqual({ ok: false, formError: "noVoidGround" });
    await f.acceptAll();
    await t.db.update(competitions).set({ status: "scoring" }).where(eq(competitions.id, f.competitionId));
    expect(await voidCompetition(t.db, admin, { competitionId: f.competitionId }, now)).toEqual({ ok: false, formError: "noVoidGround" });
    // scoring closed and no offer reached the minimum (nobody scored): none meets the requirements
    await t.db.update(competitions).set({ scoringClosedAt: now }).where(eq(competitions.id, f.competitionId));
    expect(await publishResults(t.db, admin, { competitionId: f.competitionId }, now)).toEqual({ ok: false, formError: "mustBeVoided" });
    expect((await voidCompetition(t.db, admin, { competitionId: f.competitionId }, now)).ok).toBe(true);
  });

  it("art. 18a uodpp: a representative or an anonymous visitor cannot declare a competition void; nothing changes", async () => {
    const id = await announced(-1);
    const rep = await bidder(id, "submitted");
    await expect(voidCompetition(t.db, rep.principal, { competitionId: id }, now)).rejects.toThrow(ForbiddenError);
    await expect(voidCompetition(t.db, null, { competitionId: id }, now)).rejects.toThrow(ForbiddenError);
    expect((await competitionOf(id)).status).toBe("announced");
    expect((await auditOf(t.db, id)).map((a) => a.action)).not.toContain("competition.void");
  });
});

describe("withdrawing a call (odwołanie) is a different act from voiding it", () => {
  it("art. 18a uodpp a contrario: a call is withdrawn only when the announcement reserved it, before the offer deadline, with a reason", async () => {
    const notReserved = await announced(5);
    expect(await cancelCompetition(t.db, admin, { id: notReserved, reason: "Zmiana priorytetów budżetu Miasta." }, now)).toEqual({
      ok: false,
      formError: "cancellationNotReserved",
    });
    const late = await announced(-1, { reservesCancellation: true });
    expect(await cancelCompetition(t.db, admin, { id: late, reason: "Zmiana priorytetów budżetu Miasta." }, now)).toEqual({
      ok: false,
      formError: "cancelAfterDeadline",
    });
    const id = await announced(5, { reservesCancellation: true });
    const writer = await bidder(id, "draft");
    expect(await cancelCompetition(t.db, admin, { id, reason: "krótko" }, now)).toEqual({
      ok: false,
      fieldErrors: { reason: ["reasonRequired"] },
    });
    expect(await cancelCompetition(t.db, admin, { id, reason: "Zmiana priorytetów budżetu Miasta." }, now)).toEqual({
      ok: true,
      value: null,
    });
    expect(await competitionOf(id)).toMatchObject({
      status: "cancelled",
      cancellationReason: "Zmiana priorytetów budżetu Miasta.",
      cancelledBy: admin.userId,
      voidGround: null,
    });
    expect((await auditOf(t.db, id)).find((a) => a.action === "competition.cancel")).toMatchObject({ after: { status: "cancelled" } });
    // an organization still writing its offer is told as well
    expect((await mailsTo(t.db, writer.user.email)).map((m) => m.kind)).toEqual(["competition_ended"]);
    expect(competitionToApi((await getPublicCompetition(t.db, id))!, now)).toMatchObject({ status: "cancelled", voidGround: null });
    expect(await voidCompetition(t.db, admin, { competitionId: id }, now)).toEqual({ ok: false, formError: "cannotVoid" });
  });

  it("art. 18a uodpp: a representative cannot withdraw a call; nothing changes", async () => {
    const id = await announced(5, { reservesCancellation: true });
    const rep = await bidder(id, "submitted");
    await expect(cancelCompetition(t.db, rep.principal, { id, reason: "Zmiana priorytetów budżetu Miasta." }, now)).rejects.toThrow(
      ForbiddenError,
    );
    expect((await competitionOf(id)).status).toBe("announced");
  });
});
