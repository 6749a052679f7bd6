import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { warsawToInstant } from "@/lib/dates/warsaw";
import { contractCostLines, contracts, smallGrantComments, smallGrantPools, smallGrants } from "@/lib/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { auditOf, createUser, mailsTo } from "@/tests/factories";
import { createSmallGrant, saveSmallGrantDraft, submitSmallGrant } from "./commands";
import { acceptSmallGrant, answerSmallGrantComment, commentSmallGrant, publishSmallGrant, refuseSmallGrant } from "./review";
import { ensureArea, offerForm, principalOf, representative } from "./testing";

let t: TestDatabase;
let admin: ReturnType<typeof principalOf>;
let resident: ReturnType<typeof principalOf>;
const at = (date: string, time = "12:00") => warsawToInstant(date, time);

beforeAll(async () => {
  t = await createTestDatabase();
  await ensureArea(t.db);
  admin = principalOf(await createUser(t.db, { isAdmin: true }), [], true);
  resident = principalOf(await createUser(t.db));
});
afterAll(() => t?.close());

async function submitted(rep: Awaited<ReturnType<typeof representative>>, form: Record<string, string>, now: Date) {
  const created = await createSmallGrant(t.db, rep.principal, { organizationId: rep.organizationId });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const result = await submitSmallGrant(t.db, rep.principal, { smallGrantId: created.value.id, ...form }, now);
  return { id: created.value.id, result };
}

describe("limits by the submission date", () => {
  it("an offer of 15 000 zł for 3 months submitted on 31 August 2026 is refused under the old limits, at the fields", async () => {
    const rep = await representative(t.db, "Stowarzyszenie Sierpień");
    const form = offerForm({ startDate: "2026-09-15", endDate: "2026-12-15", "lines.0.grant": "15000" });
    const { id, result } = await submitted(rep, form, at("2026-08-31", "23:30"));
    expect(result).toEqual({
      ok: false,
      formError: "limitsExceeded",
      fieldErrors: { grantTotal: ["aboveTaskLimit"], endDate: ["taskTooLong"] },
    });
    const [row] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, id));
    expect(row.status).toBe("draft");
    expect(row.draft["lines.0.grant"]).toBe("15000");
  });

  it("the same offer submitted on 1 September 2026 (Warsaw) passes under the new limits", async () => {
    const rep = await representative(t.db, "Stowarzyszenie Wrzesień");
    const form = offerForm({ startDate: "2026-09-15", endDate: "2026-12-15", "lines.0.grant": "15000" });
    // 00:10 on 1 Sep in Warsaw is still 31 Aug in UTC: the Warsaw date decides
    const { id, result } = await submitted(rep, form, at("2026-09-01", "00:10"));
    expect(result).toEqual({ ok: true, value: { id } });
    const [row] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, id));
    expect(row).toMatchObject({ status: "submitted", grantGrosze: 1_500_000, ownGrosze: 50_000, year: 2026, publishBy: "2026-09-10" });
    expect((await auditOf(t.db, id))[0].action).toBe("smallGrant.submit");
  });

  it("the organization's yearly sum counts its submitted grants but not refused or withdrawn ones", async () => {
    const rep = await representative(t.db, "Fundacja Roczna");
    const now = at("2026-11-27");
    const first = await submitted(rep, offerForm({ "lines.0.grant": "20000" }), now);
    expect(first.result.ok).toBe(true);
    const withdrawn = await submitted(rep, offerForm({ "lines.0.grant": "20000" }), now);
    expect(withdrawn.result.ok).toBe(true);
    await t.db.update(smallGrants).set({ status: "withdrawn" }).where(eq(smallGrants.id, withdrawn.id));
    const second = await submitted(rep, offerForm({ "lines.0.grant": "20000" }), now);
    expect(second.result.ok).toBe(true); // 20 000 + 20 000 = 40 000 zł: at the cap
    const third = await submitted(rep, offerForm({ "lines.0.grant": "0,01" }), now);
    expect(third.result).toEqual({ ok: false, formError: "limitsExceeded", fieldErrors: { grantTotal: ["aboveOrganizationYearLimit"] } });
  });

  it("all small grants of a year stay within the share of the city's planned pool", async () => {
    await t.db.insert(smallGrantPools).values({ year: 2030, plannedPoolGrosze: 10_000_000 }); // 100 000 zł → 30 % = 30 000 zł
    const a = await representative(t.db, "Fundacja Pula A");
    const b = await representative(t.db, "Fundacja Pula B");
    const form = (grant: string) => offerForm({ startDate: "2030-05-01", endDate: "2030-05-02", "lines.0.grant": grant });
    expect((await submitted(a, form("20000"), at("2029-12-01"))).result.ok).toBe(true);
    expect((await submitted(b, form("10000,01"), at("2029-12-01"))).result).toEqual({
      ok: false,
      formError: "limitsExceeded",
      fieldErrors: { grantTotal: ["abovePoolShare"] },
    });
    expect((await submitted(b, form("10000"), at("2029-12-01"))).result.ok).toBe(true);
    const noPool = await submitted(b, offerForm({ startDate: "2031-05-01", endDate: "2031-05-02" }), at("2030-12-01"));
    expect(noPool.result).toMatchObject({ ok: false, fieldErrors: { grantTotal: ["poolNotSet"] } });
  });

  it("concurrent submissions of one organization cannot both pass the yearly cap", async () => {
    const rep = await representative(t.db, "Fundacja Wyścig");
    const now = at("2026-11-27");
    expect((await submitted(rep, offerForm({ "lines.0.grant": "20000" }), now)).result.ok).toBe(true);
    const ids = await Promise.all(
      [1, 2].map(async () => (await createSmallGrant(t.db, rep.principal, { organizationId: rep.organizationId })).ok),
    );
    expect(ids).toEqual([true, true]);
    const drafts = await t.db
      .select({ id: smallGrants.id })
      .from(smallGrants)
      .where(and(eq(smallGrants.organizationId, rep.organizationId), eq(smallGrants.status, "draft")));
    expect(drafts).toHaveLength(2);
    // 20 000 + 15 000 fits the 40 000 zł cap; a second 15 000 would not
    const results = await Promise.all(
      drafts.map((d) => submitSmallGrant(t.db, rep.principal, { smallGrantId: d.id, ...offerForm({ "lines.0.grant": "15000" }) }, now)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe("refusals with the wrong principal change nothing", () => {
  it("a representative cannot create, save or submit for another organization", async () => {
    const mine = await representative(t.db, "Fundacja Moja");
    const other = await representative(t.db, "Fundacja Cudza");
    await expect(createSmallGrant(t.db, mine.principal, { organizationId: other.organizationId })).rejects.toThrow(ForbiddenError);
    const created = await createSmallGrant(t.db, other.principal, { organizationId: other.organizationId });
    if (!created.ok) throw new Error("setup");
    await expect(saveSmallGrantDraft(t.db, mine.principal, { smallGrantId: created.value.id, title: "Przejęte" })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(
      submitSmallGrant(t.db, mine.principal, { smallGrantId: created.value.id, ...offerForm() }, at("2026-11-27")),
    ).rejects.toThrow(ForbiddenError);
    const [row] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, created.value.id));
    expect(row).toMatchObject({ status: "draft", title: "", draft: {} });
  });

  it("a non-verified organization cannot start or submit a small grant", async () => {
    const rep = await representative(t.db, "Stowarzyszenie Niezweryfikowane", false);
    expect(await createSmallGrant(t.db, rep.principal, { organizationId: rep.organizationId })).toEqual({
      ok: false,
      formError: "organizationNotVerified",
    });
    const [n] = await t.db.select({ n: count() }).from(smallGrants).where(eq(smallGrants.organizationId, rep.organizationId));
    expect(n.n).toBe(0);
  });

  it("a resident can neither publish nor accept", async () => {
    const rep = await representative(t.db, "Fundacja Rezydent");
    const { id } = await submitted(rep, offerForm(), at("2026-11-27"));
    await expect(publishSmallGrant(t.db, resident, { smallGrantId: id })).rejects.toThrow(ForbiddenError);
    await expect(acceptSmallGrant(t.db, rep.principal, { smallGrantId: id })).rejects.toThrow(ForbiddenError);
    const [row] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, id));
    expect(row.status).toBe("submitted");
  });
});

describe("comment window, answers and the decision", () => {
  it("comments within the window only; every comment answered before acceptance; exactly one contract", async () => {
    const rep = await representative(t.db, "Fundacja Okno");
    const { id } = await submitted(
      rep,
      offerForm({
        startDate: "2026-12-10",
        endDate: "2026-12-20",
        "lines.1.name": "Materiały",
        "lines.1.grant": "1 500,50",
        "lines.1.own": "",
      }),
      at("2026-11-20"),
    );
    const published = await publishSmallGrant(t.db, admin, { smallGrantId: id }, at("2026-11-23", "10:00"));
    expect(published.ok && published.value.commentsCloseAt.toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect((await mailsTo(t.db, rep.user.email)).map((m) => m.kind)).toEqual(["small_grant_published"]);

    const inWindow = await commentSmallGrant(
      t.db,
      resident,
      { smallGrantId: id, body: "Czy piknik będzie dostępny dla osób na wózkach?" },
      at("2026-11-30", "23:59"),
    );
    expect(inWindow.ok).toBe(true);
    expect(await commentSmallGrant(t.db, resident, { smallGrantId: id, body: "Za późno" }, at("2026-12-01", "00:00"))).toEqual({
      ok: false,
      formError: "windowClosed",
    });
    await expect(commentSmallGrant(t.db, null, { smallGrantId: id, body: "Anonim" }, at("2026-11-25"))).rejects.toThrow(ForbiddenError);
    const [c] = await t.db.select({ n: count() }).from(smallGrantComments).where(eq(smallGrantComments.smallGrantId, id));
    expect(c.n).toBe(1);

    expect(await acceptSmallGrant(t.db, admin, { smallGrantId: id }, at("2026-11-30", "23:00"))).toEqual({
      ok: false,
      formError: "windowOpen",
    });
    expect(await acceptSmallGrant(t.db, admin, { smallGrantId: id }, at("2026-12-01"))).toEqual({
      ok: false,
      formError: "unansweredComments",
    });
    expect(await refuseSmallGrant(t.db, admin, { smallGrantId: id, reason: "x" }, at("2026-12-01"))).toEqual({
      ok: false,
      formError: "unansweredComments",
    });
    if (!inWindow.ok) throw new Error("setup");
    await expect(answerSmallGrantComment(t.db, resident, { commentId: inWindow.value.id, answer: "Tak" })).rejects.toThrow(ForbiddenError);
    expect(
      (
        await answerSmallGrantComment(
          t.db,
          admin,
          { commentId: inWindow.value.id, answer: "Tak, teren jest bez barier." },
          at("2026-12-01"),
        )
      ).ok,
    ).toBe(true);

    const accepted = await acceptSmallGrant(t.db, admin, { smallGrantId: id }, at("2026-12-01", "12:00"));
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    expect(await acceptSmallGrant(t.db, admin, { smallGrantId: id }, at("2026-12-01", "12:01"))).toEqual({
      ok: false,
      formError: "alreadyDecided",
    });
    const made = await t.db.select().from(contracts).where(eq(contracts.smallGrantId, id));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      source: "small_grant",
      status: "draft",
      totalGrantGrosze: 950_050,
      ownFinancialGrosze: 50_000,
      fundingForm: "support",
      startDate: "2026-12-10",
      endDate: "2026-12-20",
      number: accepted.value.contractNumber,
    });
    const lines = await t.db.select().from(contractCostLines).where(eq(contractCostLines.contractId, made[0].id));
    expect(lines.reduce((s, l) => s + l.grantGrosze, 0)).toBe(950_050);
    const [row] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, id));
    expect(row).toMatchObject({ status: "accepted", contractId: made[0].id });
    expect((await mailsTo(t.db, rep.user.email)).map((m) => m.kind)).toEqual(["small_grant_published", "small_grant_accepted"]);
  });

  it("a refusal needs a reason, then closes the offer without a contract", async () => {
    const rep = await representative(t.db, "Fundacja Odmowa");
    const { id } = await submitted(rep, offerForm(), at("2026-11-20"));
    await publishSmallGrant(t.db, admin, { smallGrantId: id }, at("2026-11-20", "15:00"));
    expect(await refuseSmallGrant(t.db, admin, { smallGrantId: id, reason: " " }, at("2026-11-29"))).toEqual({
      ok: false,
      fieldErrors: { reason: ["required"] },
    });
    expect(
      (await refuseSmallGrant(t.db, admin, { smallGrantId: id, reason: "Zadanie nie ma charakteru lokalnego." }, at("2026-11-29"))).ok,
    ).toBe(true);
    const [row] = await t.db.select().from(smallGrants).where(eq(smallGrants.id, id));
    expect(row).toMatchObject({ status: "refused", refusalReason: "Zadanie nie ma charakteru lokalnego.", contractId: null });
    expect(await t.db.select().from(contracts).where(eq(contracts.smallGrantId, id))).toHaveLength(0);
  });
});
