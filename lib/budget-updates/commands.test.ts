import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Principal } from "@/lib/auth/permissions";
import { createContractFromOffer } from "@/lib/contracts/commands";
import { contractView } from "@/lib/contracts/queries";
import { principalOf } from "@/lib/contracts/testing";
import { offerBudgetUpdates, offers } from "@/lib/db/schema";
import { respondToGrant } from "@/lib/decisions/commands";
import { createTestDatabase, type TestDatabase } from "@/tests/db";
import { addOrganizationMember, auditOf, createOrganization, createUser, mailsTo } from "@/tests/factories";
import { decideBudgetUpdate, saveBudgetUpdate, submitBudgetUpdate } from "./commands";
import { budgetUpdateForEditor, budgetUpdateForReview, budgetUpdatesToDecide } from "./queries";
import { createCutGrantOffer, fittingUpdate } from "./testing";

let t: TestDatabase;
let admin: Principal;
let owner: Principal;
let ownerEmail: string;
let otherNgo: Principal;
let resident: Principal;
let commissionMember: Principal;
let orgId: string;

const rule =
  "a grant lower than requested: the organization updates the budget and schedule or withdraws (DESIGN §3; framework contract, Dz.U. 2018 poz. 2057)";

beforeAll(async () => {
  t = await createTestDatabase();
  const [a, u1, u2, u3, u4] = await Promise.all([
    createUser(t.db, { isAdmin: true }),
    createUser(t.db),
    createUser(t.db),
    createUser(t.db),
    createUser(t.db),
  ]);
  orgId = await createOrganization(t.db, "Fundacja Seniorzy");
  const otherId = await createOrganization(t.db, "Stowarzyszenie Inne");
  await addOrganizationMember(t.db, orgId, u1.id, "editor");
  await addOrganizationMember(t.db, otherId, u2.id, "owner");
  ownerEmail = u1.email;
  admin = principalOf(a, [], true);
  owner = principalOf(u1, [[orgId, "editor"]]);
  otherNgo = principalOf(u2, [[otherId, "owner"]]);
  resident = principalOf(u3);
  commissionMember = principalOf(u4);
});
afterAll(() => t?.close());

const updateRow = async (offerId: string) =>
  (await t.db.select().from(offerBudgetUpdates).where(eq(offerBudgetUpdates.offerId, offerId)))[0];
const offerRow = async (offerId: string) => (await t.db.select().from(offers).where(eq(offers.id, offerId)))[0];

describe(rule, () => {
  it("the organization writes the update (autosaved), submits it with its own checksum; the city accepts it; the contract is built from it", async () => {
    const { offerId } = await createCutGrantOffer(t.db, orgId);
    const editor = await budgetUpdateForEditor(t.db, owner, offerId);
    expect(editor).toMatchObject({ editable: true, update: null, granted: 30_000_00 });
    expect(editor!.content.sources.requestedGrant).toBe("30000,00");

    // a contract cannot be prepared before the update is accepted
    expect(await createContractFromOffer(t.db, admin, { offerId })).toEqual({ ok: false, formError: "budgetUpdateNotAccepted" });

    expect(await saveBudgetUpdate(t.db, owner, { offerId, content: editor!.content })).toMatchObject({ ok: true, value: { version: 1 } });
    const incomplete = await submitBudgetUpdate(t.db, owner, { offerId });
    expect(incomplete).toMatchObject({ ok: false, formError: "budgetUpdateIncomplete", issues: [{ code: "sourcesMismatch" }] });
    expect((await updateRow(offerId)).status).toBe("draft");

    expect(await saveBudgetUpdate(t.db, owner, { offerId, content: fittingUpdate() })).toMatchObject({ ok: true, value: { version: 2 } });
    const submitted = await submitBudgetUpdate(t.db, owner, { offerId });
    expect(submitted.ok).toBe(true);
    const checksum = submitted.ok ? submitted.value.checksum : "";
    expect(checksum).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(await updateRow(offerId)).toMatchObject({
      status: "submitted",
      checksum,
      round: 1,
      totalCostGrosze: 32_000_00,
      grantGrosze: 30_000_00,
    });
    expect(await saveBudgetUpdate(t.db, owner, { offerId, content: fittingUpdate() })).toEqual({
      ok: false,
      formError: "budgetUpdateLocked",
    });
    expect(await submitBudgetUpdate(t.db, owner, { offerId })).toEqual({ ok: true, value: { checksum } });

    expect((await budgetUpdatesToDecide(t.db, admin)).map((u) => u.offerId)).toContain(offerId);
    const review = (await budgetUpdateForReview(t.db, admin, offerId))!;
    expect(review.decidable).toBe(true);
    expect(review.comparison.issues).toEqual([]);
    expect(review.comparison.lines.map((l) => [l.name, l.change])).toEqual([
      ["Warsztaty", "changed"],
      ["Księgowość", "same"],
    ]);
    expect(review.comparison.totals.find((x) => x.key === "totalCost")).toEqual({
      key: "totalCost",
      before: 42_000_00,
      after: 32_000_00,
      difference: -10_000_00,
    });

    expect(await decideBudgetUpdate(t.db, admin, { offerId, decision: "accept" })).toEqual({ ok: true, value: { decision: "accept" } });
    expect(await offerRow(offerId)).toMatchObject({ status: "updated", grantResponse: "updated", grantResponseTotalGrosze: 32_000_00 });
    expect((await updateRow(offerId)).status).toBe("accepted");
    expect((await mailsTo(t.db, ownerEmail)).at(-1)!.subject).toContain("przyjął");
    expect((await auditOf(t.db, offerId)).map((a) => a.action)).toEqual(
      expect.arrayContaining(["grant.startBudgetUpdate", "grant.submitBudgetUpdate", "grant.acceptBudgetUpdate"]),
    );

    const created = await createContractFromOffer(t.db, admin, { offerId }, "2026-12-01");
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const { terms } = (await contractView(t.db, admin, created.value.id))!;
    // the contract's costs and sources are the accepted update's: they agree with the grant
    expect(terms.costLines.map((l) => [l.name, l.units, l.totalGrosze])).toEqual([
      ["Warsztaty", "15.00", 30_000_00],
      ["Księgowość", "1.00", 2_000_00],
    ]);
    expect(terms.costLines.reduce((s, l) => s + l.grantGrosze, 0)).toBe(30_000_00);
    expect(terms.years).toEqual([
      { year: 2027, grantGrosze: 30_000_00, ownFinancialGrosze: 2_000_00, ownNonFinancialGrosze: 0, participantFeesGrosze: 0 },
    ]);
    expect(terms.schedule.map((s) => s.name)).toEqual(["Warsztaty (15 spotkań)"]);
  });

  it("the city returns an update with a reason; the organization corrects and submits it again (a new checksum)", async () => {
    const { offerId } = await createCutGrantOffer(t.db, orgId);
    await saveBudgetUpdate(t.db, owner, { offerId, content: fittingUpdate() });
    const first = await submitBudgetUpdate(t.db, owner, { offerId });
    expect(await decideBudgetUpdate(t.db, admin, { offerId, decision: "return", reason: "" })).toEqual({
      ok: false,
      fieldErrors: { reason: ["required"] },
    });
    expect(await decideBudgetUpdate(t.db, admin, { offerId, decision: "return", reason: "Za mało godzin warsztatów." })).toEqual({
      ok: true,
      value: { decision: "return" },
    });
    expect(await updateRow(offerId)).toMatchObject({ status: "returned", returnReason: "Za mało godzin warsztatów." });
    expect((await offerRow(offerId)).status).toBe("awaiting_update");
    expect((await mailsTo(t.db, ownerEmail)).at(-1)!.text).toContain("Za mało godzin warsztatów.");
    expect(await decideBudgetUpdate(t.db, admin, { offerId, decision: "accept" })).toEqual({
      ok: false,
      formError: "budgetUpdateNotSubmitted",
    });
    expect(await createContractFromOffer(t.db, admin, { offerId })).toEqual({ ok: false, formError: "budgetUpdateNotAccepted" });

    const corrected = fittingUpdate();
    corrected.costs.lines[0].units = "14";
    corrected.costs.lines.push({ kind: "task", year: "2027", name: "Materiały", units: "1", unit: "kpl.", unitCost: "2000" });
    expect((await saveBudgetUpdate(t.db, owner, { offerId, content: corrected })).ok).toBe(true);
    const second = await submitBudgetUpdate(t.db, owner, { offerId });
    expect(second.ok && first.ok && second.value.checksum !== first.value.checksum).toBe(true);
    expect(await updateRow(offerId)).toMatchObject({ status: "submitted", round: 2, returnReason: "Za mało godzin warsztatów." });
  });

  it("instead of updating, the organization may withdraw (rezygnacja) until the city accepts the update", async () => {
    const { offerId } = await createCutGrantOffer(t.db, orgId);
    await saveBudgetUpdate(t.db, owner, { offerId, content: fittingUpdate() });
    await submitBudgetUpdate(t.db, owner, { offerId });
    expect(await respondToGrant(t.db, owner, { offerId, response: "withdrawn" })).toEqual({ ok: true, value: { response: "withdrawn" } });
    expect((await offerRow(offerId)).status).toBe("withdrawn");
    expect(await decideBudgetUpdate(t.db, admin, { offerId, decision: "accept" })).toEqual({
      ok: false,
      formError: "budgetUpdateNotSubmitted",
    });
    expect(await saveBudgetUpdate(t.db, owner, { offerId, content: fittingUpdate() })).toEqual({ ok: false, formError: "noUpdateAwaited" });
    expect((await budgetUpdatesToDecide(t.db, admin)).map((u) => u.offerId)).not.toContain(offerId);
    expect(await createContractFromOffer(t.db, admin, { offerId })).toEqual({ ok: false, formError: "offerNotGranted" });
  });

  it("an offer granted in full has no update to write", async () => {
    const { offerId } = await createCutGrantOffer(t.db, orgId, { grantedGrosze: 38_000_00 });
    expect(await saveBudgetUpdate(t.db, owner, { offerId, content: fittingUpdate() })).toEqual({ ok: false, formError: "noUpdateAwaited" });
  });

  it("refuses another organization, a resident and a commission member, and the organization deciding its own update; nothing changes", async () => {
    const { offerId, competitionId } = await createCutGrantOffer(t.db, orgId);
    const member: Principal = { ...commissionMember, commissions: new Set([competitionId]) };
    for (const who of [otherNgo, resident, member]) {
      await expect(saveBudgetUpdate(t.db, who, { offerId, content: fittingUpdate() })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(budgetUpdateForEditor(t.db, who, offerId)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await updateRow(offerId)).toBeUndefined();
    await saveBudgetUpdate(t.db, owner, { offerId, content: fittingUpdate() });
    for (const who of [otherNgo, resident, member]) {
      await expect(submitBudgetUpdate(t.db, who, { offerId })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(respondToGrant(t.db, who, { offerId, response: "withdrawn" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await updateRow(offerId)).status).toBe("draft");
    await submitBudgetUpdate(t.db, owner, { offerId });
    for (const who of [owner, otherNgo, resident, member]) {
      await expect(decideBudgetUpdate(t.db, who, { offerId, decision: "accept" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(budgetUpdateForReview(t.db, who, offerId)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(saveBudgetUpdate(t.db, null, { offerId, content: fittingUpdate() })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await updateRow(offerId)).status).toBe("submitted");
    expect((await offerRow(offerId)).status).toBe("awaiting_update");
    expect((await auditOf(t.db, offerId)).map((a) => a.action).sort()).toEqual(["grant.startBudgetUpdate", "grant.submitBudgetUpdate"]);
  });

  it("malformed and unknown ids are not found, not errors", async () => {
    expect(await saveBudgetUpdate(t.db, owner, { offerId: "nope", content: {} })).toEqual({ ok: false, formError: "notFound" });
    expect(await submitBudgetUpdate(t.db, owner, { offerId: "nope" })).toEqual({ ok: false, formError: "notFound" });
    expect(await decideBudgetUpdate(t.db, admin, { offerId: "nope", decision: "accept" })).toEqual({ ok: false, formError: "notFound" });
    expect(await budgetUpdateForReview(t.db, admin, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
