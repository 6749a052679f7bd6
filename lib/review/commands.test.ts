import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { correctionRequests, offers } from "@/lib/db/schema";
import { declaredContent, OFFER_DEADLINE, scoringFixture } from "@/lib/scoring/testing";
import { auditOf } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { reviewOffer } from "./commands";
import { reviewOfferDetails } from "./queries";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const now = new Date("2026-11-27T12:00:00+01:00");
const allYes = { complete: "yes", eligibleApplicant: "yes", signatures: "yes" };

async function offerOf(id: string) {
  const [row] = await t.db.select().from(offers).where(eq(offers.id, id));
  return row;
}

describe("formal review against the database", () => {
  it("refuses a checklist with unanswered questions, naming each one, and changes nothing", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    const admin = await f.principal(f.admin);
    const result = await reviewOffer(t.db, admin, { offerId: f.offerIds[0], complete: "yes" }, now);
    expect(result).toEqual({ ok: false, fieldErrors: { eligibleApplicant: ["checklistAnswer"], signatures: ["checklistAnswer"] } });
    expect((await offerOf(f.offerIds[0])).status).toBe("submitted");
    expect(await auditOf(t.db, f.offerIds[0])).toEqual([]);
  });

  it("computes on time, limits and declarations itself: a form saying otherwise changes nothing", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    const admin = await f.principal(f.admin);
    const result = await reviewOffer(t.db, admin, { offerId: f.offerIds[0], ...allYes, onTime: "no", withinLimits: "no" }, now);
    expect(result).toEqual({ ok: true, value: { outcome: "passed" } });
    const offer = await offerOf(f.offerIds[0]);
    expect(offer.status).toBe("formally_accepted");
    expect(offer.formalReviewChecklist).toEqual({ ...allYes, onTime: "yes", withinLimits: "yes", declarations: "yes" });
  });

  it("a late offer is rejected (a reason is required) even when every question is answered yes", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    const admin = await f.principal(f.admin);
    await t.db
      .update(offers)
      .set({ submittedAt: new Date(OFFER_DEADLINE.getTime() + 60_000) })
      .where(eq(offers.id, f.offerIds[1]));
    const details = await reviewOfferDetails(t.db, admin, f.competitionId, f.offerIds[1]);
    expect(details?.checks.find((c) => c.item === "onTime")).toMatchObject({ passed: false, explanation: { key: "late" } });
    expect(await reviewOffer(t.db, admin, { offerId: f.offerIds[1], ...allYes }, now)).toEqual({
      ok: false,
      fieldErrors: { reason: ["required"] },
    });
    const rejected = await reviewOffer(t.db, admin, { offerId: f.offerIds[1], ...allYes, reason: "Oferta złożona po terminie." }, now);
    expect(rejected).toEqual({ ok: true, value: { outcome: "rejected" } });
    expect((await offerOf(f.offerIds[1])).status).toBe("formally_rejected");
  });

  it("missing declarations ask for a correction of exactly that item", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    const admin = await f.principal(f.admin);
    const content = declaredContent();
    content.declarations.data = false;
    await t.db.update(offers).set({ content }).where(eq(offers.id, f.offerIds[2]));
    const details = await reviewOfferDetails(t.db, admin, f.competitionId, f.offerIds[2]);
    expect(details?.checks.find((c) => c.item === "declarations")).toMatchObject({ passed: false, missing: ["data"] });
    const result = await reviewOffer(
      t.db,
      admin,
      { offerId: f.offerIds[2], ...allYes, note: "Proszę zaznaczyć oświadczenie o danych osobowych.", deadline: "2026-12-04" },
      now,
    );
    expect(result).toEqual({ ok: true, value: { outcome: "correction" } });
    const [request] = await t.db.select().from(correctionRequests).where(eq(correctionRequests.offerId, f.offerIds[2]));
    expect(request.items).toEqual(["declarations"]);
  });

  it("is refused to a commission member, nothing changed", async () => {
    const f = await scoringFixture(t.db, { status: "formal_review" });
    const member = await f.principal(await f.member("member", "city_staff"));
    await expect(reviewOffer(t.db, member, { offerId: f.offerIds[0], ...allYes }, now)).rejects.toThrow(ForbiddenError);
    await expect(reviewOfferDetails(t.db, member, f.competitionId, f.offerIds[0])).rejects.toThrow(ForbiddenError);
    expect((await offerOf(f.offerIds[0])).status).toBe("submitted");
  });
});
