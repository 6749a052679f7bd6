import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { auditLog } from "@/lib/db/schema";
import { getOffer } from "@/lib/offers/queries";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { createUser } from "@/tests/factories";
import { closeScoring, declareConflict, signDeclaration, submitScores } from "./commands";
import { protocolOf } from "./protocol";
import { memberRanking, offerSheet } from "./queries";
import { commissionStanding, CommissionStepRequired } from "./standing";
import { scoringFixture, sheet } from "./testing";

/*
 * What a commission member sees at each step: nothing of the offers before the impartiality
 * declaration; the others' scores on an offer after her own sheet for it; the ranking and the
 * protocol (every member's totals) after her sheets for every offer, or once scoring closed. The
 * city's staff see everything. Refused reads give no offer content and change nothing.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

async function competitionWithMember() {
  const f = await scoringFixture(t.db);
  await f.acceptAll();
  const chair = await f.principal(await f.member("chair", "city_staff"));
  const memberId = await f.member("member", "city_staff", false);
  // the chair scored the first offer: there is somebody else's sheet to hide
  await submitScores(t.db, chair, sheet(f.competitionId, f.offerIds[0], f.criteria, [8, 8]));
  return { f, chair, memberId, member: await f.principal(memberId) };
}

const auditCount = async () => (await t.db.select().from(auditLog)).length;

describe("commissionStanding", () => {
  it("follows the member through the declaration, one sheet, every sheet (a conflict counts) and the closing", async () => {
    const { f, chair, memberId, member } = await competitionWithMember();
    const standing = (offerId?: string) => commissionStanding(t.db, f.competitionId, memberId, offerId);
    expect(await standing()).toEqual({ declared: false, ownSheetsSubmitted: false, scoringClosed: false });
    await signDeclaration(t.db, member, { competitionId: f.competitionId });
    expect(await standing()).toEqual({ declared: true, ownSheetsSubmitted: false, scoringClosed: false });
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [5, 5]));
    expect(await standing(f.offerIds[0])).toMatchObject({ ownSheetsSubmitted: true });
    expect(await standing(f.offerIds[1])).toMatchObject({ ownSheetsSubmitted: false });
    expect(await standing()).toMatchObject({ ownSheetsSubmitted: false });
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[1], f.criteria, [5, 5]));
    await declareConflict(t.db, member, { competitionId: f.competitionId, offerId: f.offerIds[2], reason: "" });
    expect(await standing()).toMatchObject({ ownSheetsSubmitted: true });
    // a conflict is no sheet of that offer: its others' scores stay hidden until closing
    expect(await standing(f.offerIds[2])).toMatchObject({ ownSheetsSubmitted: false });
    await closeScoring(t.db, chair, { competitionId: f.competitionId });
    expect(await standing(f.offerIds[2])).toEqual({ declared: true, ownSheetsSubmitted: false, scoringClosed: true });
  });

  it("is nothing for a person not on the commission", async () => {
    const { f } = await competitionWithMember();
    const stranger = await createUser(t.db);
    expect(await commissionStanding(t.db, f.competitionId, stranger.id)).toEqual({
      declared: false,
      ownSheetsSubmitted: false,
      scoringClosed: false,
    });
  });
});

describe("an offer (/offers/{id}, the member's sheet page)", () => {
  it("is refused before the declaration with the step to take, and shown after it", async () => {
    const { f, member } = await competitionWithMember();
    const audits = await auditCount();
    const refusal = await getOffer(t.db, member, f.offerIds[0]).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CommissionStepRequired);
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect(refusal).toMatchObject({ step: "declare", competitionId: f.competitionId });
    expect(await offerSheet(t.db, member, f.competitionId, f.offerIds[0])).toEqual({ kind: "locked", step: "declare" });
    expect(await auditCount()).toBe(audits);

    await signDeclaration(t.db, member, { competitionId: f.competitionId });
    expect((await getOffer(t.db, member, f.offerIds[0]))?.offer.id).toBe(f.offerIds[0]);
    expect(await offerSheet(t.db, member, f.competitionId, f.offerIds[0])).toMatchObject({ kind: "sheet", offer: { id: f.offerIds[0] } });
  });

  it("is refused to a member of another competition's commission, declared or not (IDOR)", async () => {
    const { f } = await competitionWithMember();
    const other = await competitionWithMember();
    await signDeclaration(t.db, other.member, { competitionId: other.f.competitionId });
    const refusal = await getOffer(t.db, other.member, f.offerIds[0]).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect(refusal).not.toBeInstanceOf(CommissionStepRequired);
  });

  it("shows the others' sheets of an offer after her own sheet for it, or once scoring closed", async () => {
    const { f, chair, member } = await competitionWithMember();
    await signDeclaration(t.db, member, { competitionId: f.competitionId });
    const othersOf = async (offerId: string) => {
      const shown = await offerSheet(t.db, member, f.competitionId, offerId);
      if (shown?.kind !== "sheet") throw new Error("locked");
      return shown.others;
    };
    expect(await othersOf(f.offerIds[0])).toBeNull();
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [5, 5]));
    expect((await othersOf(f.offerIds[0]))?.map((o) => o.total)).toContain(16);
    expect(await othersOf(f.offerIds[1])).toBeNull();
    await closeScoring(t.db, chair, { competitionId: f.competitionId });
    expect(await othersOf(f.offerIds[1])).not.toBeNull();
  });
});

describe("the protocol and the ranking (every member's totals)", () => {
  it("are refused with the step to take until the member has scored every offer, then shown", async () => {
    const { f, member } = await competitionWithMember();
    expect(await protocolOf(t.db, member, f.competitionId)).toMatchObject({ kind: "locked", step: "declare" });
    expect(await protocolOf(t.db, member, f.competitionId)).not.toHaveProperty("ranking");
    expect(await memberRanking(t.db, member, f.competitionId)).toMatchObject({ ranking: null, step: "declare" });

    await signDeclaration(t.db, member, { competitionId: f.competitionId });
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[0], f.criteria, [5, 5]));
    expect(await protocolOf(t.db, member, f.competitionId)).toMatchObject({ kind: "locked", step: "submit" });
    expect(await memberRanking(t.db, member, f.competitionId)).toMatchObject({ ranking: null, step: "submit" });

    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[1], f.criteria, [5, 5]));
    await submitScores(t.db, member, sheet(f.competitionId, f.offerIds[2], f.criteria, [5, 5]));
    const protocol = await protocolOf(t.db, member, f.competitionId);
    expect(protocol?.kind).toBe("protocol");
    expect((await memberRanking(t.db, member, f.competitionId))?.ranking?.rows).toHaveLength(3);
  });

  it("are shown to a declared member once scoring closed, though she has not finished", async () => {
    const { f, chair, member } = await competitionWithMember();
    await signDeclaration(t.db, member, { competitionId: f.competitionId });
    await closeScoring(t.db, chair, { competitionId: f.competitionId });
    expect((await protocolOf(t.db, member, f.competitionId))?.kind).toBe("protocol");
    expect((await memberRanking(t.db, member, f.competitionId))?.ranking).not.toBeNull();
  });

  it("are shown to the city's administrator at any time, and refused to anybody else", async () => {
    const { f } = await competitionWithMember();
    const admin = await f.principal(f.admin);
    expect((await protocolOf(t.db, admin, f.competitionId))?.kind).toBe("protocol");
    expect((await getOffer(t.db, admin, f.offerIds[0]))?.offer.id).toBe(f.offerIds[0]);
    const resident = await f.principal((await createUser(t.db)).id);
    await expect(protocolOf(t.db, resident, f.competitionId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(protocolOf(t.db, null, f.competitionId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
