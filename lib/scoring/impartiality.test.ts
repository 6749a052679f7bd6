import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { auditLog, commissionMembers, competitions, offers } from "@/lib/db/schema";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { appointMember } from "./commission";
import { signDeclaration, submitScores } from "./commands";
import { excludeMember, recheckDueCommissions } from "./impartiality";
import { protocolOf } from "./protocol";
import { memberDesk } from "./queries";
import { rankingOf } from "./ranking";
import { OFFER_DEADLINE, scoringFixture, sheet } from "./testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const deadline = new Date("2026-12-15T16:00:00+01:00");
const before = new Date("2026-12-15T15:59:00+01:00");
const after = new Date("2026-12-15T16:00:00+01:00");

/** A competition still open for offers (the fixture's offers already in), with an NGO nominee appointed while it is open. */
async function openWithNominee() {
  const f = await scoringFixture(t.db, { status: "scoring" });
  await t.db.update(competitions).set({ status: "announced", offerDeadline: deadline }).where(eq(competitions.id, f.competitionId));
  const admin = await f.principal(f.admin);
  const nominator = await createOrganization(t.db, "Stowarzyszenie Nominujące");
  const nominee = await createUser(t.db, { name: "Ewa Nominowana" });
  const appointed = await appointMember(
    t.db,
    admin,
    { competitionId: f.competitionId, email: nominee.email, kind: "ngo_nominee", nominatingOrganizationId: nominator },
    new Date("2026-12-01T10:00:00+01:00"),
  );
  expect(appointed.ok).toBe(true);
  return { f, admin, nominator, nominee };
}

/** The nominating organization bids after all, before the deadline. */
async function bid(competitionId: string, organizationId: string, title: string) {
  await t.db.insert(offers).values({ competitionId, organizationId, status: "submitted", title, submittedAt: before });
}

describe("impartiality at the offer deadline", () => {
  it("art. 15 ust. 2b uodpp: a nominee whose organization bids after the appointment is flagged when the offer term ends; the administrators are mailed once", async () => {
    const { f, nominator, nominee } = await openWithNominee();
    await bid(f.competitionId, nominator, "Oferta nominującego");
    const adminEmail = (await f.principal(f.admin)).email;

    expect(await recheckDueCommissions(t.db, before)).toMatchObject({ flagged: 0 });
    const mine = and(eq(commissionMembers.competitionId, f.competitionId), eq(commissionMembers.userId, nominee.id));
    expect((await t.db.select().from(commissionMembers).where(mine))[0].bidderConflict).toBeNull();

    await recheckDueCommissions(t.db, after);
    const [flagged] = await t.db.select().from(commissionMembers).where(mine);
    expect(flagged).toMatchObject({ bidderConflict: "nominatedByBidder", bidderConflictFoundAt: after });
    const [competition] = await t.db.select().from(competitions).where(eq(competitions.id, f.competitionId));
    expect(competition.commissionCheckedAt).toEqual(after);
    const [record] = await auditOf(t.db, f.competitionId);
    expect(record).toMatchObject({ action: "commission.flagBidderConflict", actorSystem: "commission.recheck" });
    const mails = (await mailsTo(t.db, adminEmail)).filter((m) => m.kind === "commission_bidder_conflict");
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("Ewa Nominowana");
    expect(mails[0].text).toContain(`/admin/competitions/${f.competitionId}/commission`);

    // idempotent: a second run changes nothing and mails nobody
    await recheckDueCommissions(t.db, new Date(after.getTime() + 60_000));
    expect((await mailsTo(t.db, adminEmail)).filter((m) => m.kind === "commission_bidder_conflict")).toHaveLength(1);

    // art. 15 ust. 2b: she cannot sit, so she cannot sign
    const result = await signDeclaration(t.db, await f.principal(nominee.id), { competitionId: f.competitionId }, after);
    expect(result).toEqual({ ok: false, formError: "bidderConflict" });
  });

  it("art. 15 ust. 2b uodpp: a member who joined a bidding organization is found when the commission's work starts, before the job ran", async () => {
    const { f } = await openWithNominee();
    const staff = await createUser(t.db);
    await t.db.insert(commissionMembers).values({ competitionId: f.competitionId, userId: staff.id, role: "member", kind: "city_staff" });
    await addOrganizationMember(t.db, f.orgIds[1], staff.id, "editor");
    const result = await signDeclaration(t.db, await f.principal(staff.id), { competitionId: f.competitionId }, after);
    expect(result).toEqual({ ok: false, formError: "bidderConflict" });
    const [row] = await t.db
      .select()
      .from(commissionMembers)
      .where(and(eq(commissionMembers.competitionId, f.competitionId), eq(commissionMembers.userId, staff.id)));
    expect(row).toMatchObject({ bidderConflict: "memberOfBidder", impartialitySignedAt: null });
  });

  it("art. 24 § 1 KPA via art. 15 ust. 2f uodpp: the declaration is signed only after the offer deadline and lists the bidders with their offer titles", async () => {
    const { f, nominee } = await openWithNominee();
    const member = await f.principal(nominee.id);
    const early = await memberDesk(t.db, member, f.competitionId, before);
    expect(early).toMatchObject({ deadlinePassed: false, bidders: [], offers: [] });
    expect(await signDeclaration(t.db, member, { competitionId: f.competitionId }, before)).toEqual({
      ok: false,
      formError: "declarationBeforeDeadline",
    });

    const desk = await memberDesk(t.db, member, f.competitionId, after);
    expect(desk?.deadlinePassed).toBe(true);
    expect(desk?.bidders.map((b) => `${b.organization}: ${b.title}`)).toEqual([
      "Fundacja A: Zadanie A",
      "Fundacja B: Zadanie B",
      "Fundacja C: Zadanie C",
    ]);
    expect(await signDeclaration(t.db, member, { competitionId: f.competitionId }, after)).toEqual({ ok: true, value: null });
  });
});

describe("excluding a member (art. 24 § 3 KPA via art. 15 ust. 2f uodpp)", () => {
  it("art. 24 § 3 KPA: the administrator excludes a member with a reason; her scores stop counting, she cannot score, the protocol lists it, audited and mailed", async () => {
    const f = await scoringFixture(t.db);
    await f.acceptAll();
    const [first, second] = [await f.member("chair", "city_staff"), await f.member("member", "city_staff")];
    const admin = await f.principal(f.admin);
    const now = new Date(OFFER_DEADLINE.getTime() + 86_400_000 * 30);
    expect((await submitScores(t.db, await f.principal(first), sheet(f.competitionId, f.offerIds[0], f.criteria, [8, 8]), now)).ok).toBe(
      true,
    );
    expect((await submitScores(t.db, await f.principal(second), sheet(f.competitionId, f.offerIds[0], f.criteria, [2, 2]), now)).ok).toBe(
      true,
    );
    const meanOf = async () => (await rankingOf(t.db, f.competitionId))!.rows.find((r) => r.offerId === f.offerIds[0])!.mean;
    expect(await meanOf()).toBe(10);

    expect(await excludeMember(t.db, admin, { competitionId: f.competitionId, userId: second, reason: "krótko" }, now)).toEqual({
      ok: false,
      fieldErrors: { reason: ["reasonTooShort"] },
    });
    const reason = "Członek zarządu oferenta B jest jej mężem (art. 24 § 1 pkt 2 KPA).";
    expect(await excludeMember(t.db, admin, { competitionId: f.competitionId, userId: second, reason }, now)).toEqual({
      ok: true,
      value: null,
    });
    expect(await excludeMember(t.db, admin, { competitionId: f.competitionId, userId: second, reason }, now)).toEqual({
      ok: false,
      formError: "alreadyExcluded",
    });

    expect(await meanOf()).toBe(16);
    const refused = await submitScores(t.db, await f.principal(second), sheet(f.competitionId, f.offerIds[1], f.criteria, [5, 5]), now);
    expect(refused).toEqual({ ok: false, formError: "excluded" });

    const [record] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, f.competitionId), eq(auditLog.action, "commission.exclude")));
    expect(record).toMatchObject({ actorId: f.admin, after: { userId: second, reason } });
    const protocol = await protocolOf(t.db, admin, f.competitionId);
    if (protocol?.kind !== "protocol") throw new Error("no protocol");
    expect(protocol.exclusions).toEqual([{ userId: second, name: "Jan Testowy", excludedAt: now, reason }]);
    expect(protocol.members.map((m) => m.userId)).toEqual([first]);
    const [mail] = (await mailsTo(t.db, (await f.principal(second)).email)).filter((m) => m.kind === "commission_excluded");
    expect(mail.text).toContain(reason);
  });

  it("art. 24 § 3 KPA: a commission member (even the chair) and an NGO representative cannot exclude; nothing changes", async () => {
    const f = await scoringFixture(t.db);
    const [chair, member] = [await f.member("chair", "city_staff"), await f.member("member", "city_staff")];
    const representative = await f.principal((await createUser(t.db)).id);
    const input = { competitionId: f.competitionId, userId: member, reason: "Powód wystarczająco długi." };
    await expect(excludeMember(t.db, await f.principal(chair), input)).rejects.toThrow(ForbiddenError);
    await expect(excludeMember(t.db, representative, input)).rejects.toThrow(ForbiddenError);
    await expect(excludeMember(t.db, null, input)).rejects.toThrow(ForbiddenError);
    const rows = await t.db.select().from(commissionMembers).where(eq(commissionMembers.competitionId, f.competitionId));
    expect(rows.every((r) => r.excludedAt === null)).toBe(true);
    expect((await auditOf(t.db, f.competitionId)).filter((a) => a.action === "commission.exclude")).toHaveLength(0);
  });
});
